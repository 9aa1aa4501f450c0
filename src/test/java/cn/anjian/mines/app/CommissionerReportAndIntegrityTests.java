package cn.anjian.mines.app;

import cn.anjian.mines.FixturePlans;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.Deadlines;
import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.files.Files;
import cn.anjian.identity.UserAdministration;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.mines.SupervisingLevel;
import cn.anjian.mines.registry.MineRegistry;
import cn.anjian.mines.registry.NewMine;
import cn.anjian.personnel.PersonAccounts;
import cn.anjian.personnel.People;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** MW-13 (art. 31) the half-year work report and MW-14 (art. 28) the integrity pledge and supervision card. */
@IntegrationTest
class CommissionerReportAndIntegrityTests {

    @Autowired WorkReports reports;
    @Autowired Pledges pledges;
    @Autowired IntegrityCards cards;
    @Autowired Deadlines deadlines;
    @Autowired Files files;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;
    @Autowired ActingUsers users;
    @Autowired UserAdministration accountsAdmin;
    @Autowired People people;
    @Autowired PersonAccounts accounts;
    @Autowired MineRegistry registry;
    @Autowired Enterprises enterprises;

    CommissionerFixture fixture;
    CommissionerFixture.Made me;
    TestActor office;

    @BeforeEach
    void setUp() {
        fixture = new CommissionerFixture(users, accountsAdmin, people, accounts, registry);
        me = fixture.withAccount("述职测试专员" + CommissionerFixture.SEQ.incrementAndGet());
        var hr = fixture.hr();
        office = new TestActor(hr.userId(), hr.username(), hr.displayName(), hr.agencyId(), hr.agencyName(), null,
                hr.jurisdictionId(), hr.scope(), Set.of("mine:work-read", "mine:manage", "mine:read", "enterprise:manage",
                "enterprise:read"));
    }

    private String text(long fileId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.copyVerified(files.find(fileId, office), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    @Test
    @DisplayName("MW-13 opening the report prefills it and opens a deadline on the half-year's last day; submitting needs items one to four, meets the deadline and generates the .docx")
    void halfYearReport() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        HalfYear half = HalfYear.of(today);
        long id = reports.openCurrent(me.actor());
        assertThat(reports.openCurrent(me.actor())).isEqualTo(id);
        WorkReports.View v = reports.get(me.actor(), id);
        assertThat(v.period()).isEqualTo(half);
        assertThat(v.due()).isEqualTo(half.last());
        assertThat(v.facts()).contains("所监管企业").contains("现场检查");
        assertThat(v.accidents()).isNotBlank();
        long deadline = jdbc.sql("SELECT deadline_id FROM mine_work_report WHERE id = :id").param("id", id).query(Long.class).single();
        assertThat(deadlines.find(new DeadlineId(deadline)).orElseThrow().ruleId()).isEqualTo("MW-13");

        assertThatThrownBy(() -> reports.submit(me.actor(), id)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("（二）").hasMessageContaining("（四）").hasMessageNotContaining("（三）");
        assertThat(reports.get(me.actor(), id).status()).isEqualTo(WorkReportStatus.DRAFT);

        reports.edit(me.actor(), id, new WorkReports.Narrative(v.accidents(), "各项制度执行到位，安全风险总体可控",
                v.discipline(), "建议配备便携式气体检测仪", ""));
        reports.submit(me.actor(), id);
        WorkReports.View done = reports.get(me.actor(), id);
        assertThat(done.status()).isEqualTo(WorkReportStatus.SUBMITTED);
        assertThat(done.docNumber()).isNotBlank();
        assertThat(deadlines.find(new DeadlineId(deadline)).orElseThrow().state()).isEqualTo(DeadlineState.MET);
        assertThat(text(done.fileId())).contains("建议配备便携式气体检测仪").contains(me.actor().displayName()).contains(half.label());
        assertThatThrownBy(() -> reports.edit(me.actor(), id, new WorkReports.Narrative("a", "b", "c", "d", "e")))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).code()).isEqualTo("MW-13-STATE");

        mvc.perform(get("/mines/reports/" + id).with(TestActors.as(office)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("建议配备便携式气体检测仪")));
        CommissionerFixture.Made other = fixture.withAccount("另一测试专员" + CommissionerFixture.SEQ.incrementAndGet());
        mvc.perform(get("/m/reports/" + id).with(TestActors.as(other.actor()))).andExpect(status().isNotFound());
        mvc.perform(get("/mines/reports/" + id).with(TestActors.as(TestActors.actor("mcw-sc", 999_999L, "/1/99999/", "mine:work-read"))))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("MW-13 a later half-year cannot be reported in advance; the form shows the missing items")
    void reportBoundaries() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        HalfYear next = HalfYear.of(today.plusMonths(6).withDayOfMonth(1));
        assertThatThrownBy(() -> reports.open(me.actor(), next)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("MW-13-PERIOD");
        long id = reports.openCurrent(me.actor());
        mvc.perform(post("/m/reports/" + id + "/submit").with(csrf()).with(TestActors.as(me.actor()))
                        .param("accidents", "无").param("implementation", "").param("discipline", "遵守").param("problems", ""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("述职报告尚未填写")));
    }

    @Test
    @DisplayName("MW-14 the pledge is signed once per text version, with who and when")
    void pledge() throws Exception {
        assertThat(pledges.signed(me.actor())).isEmpty();
        mvc.perform(post("/m/pledge").with(csrf()).with(TestActors.as(me.actor()))).andExpect(status().is3xxRedirection());
        Pledges.Signed s = pledges.signed(me.actor()).orElseThrow();
        assertThat(s.version()).isEqualTo(Pledges.VERSION);
        assertThat(jdbc.sql("SELECT count(*) FROM mine_pledge WHERE commissioner_id = :c").param("c", me.commissionerId())
                .query(Long.class).single()).isEqualTo(1L);
        assertThatThrownBy(() -> pledges.sign(me.actor())).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("MW-14-SIGNED");
        mvc.perform(get("/m/pledge").with(TestActors.as(me.actor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已于")));
    }

    private long mine(String name) {
        String code = CreditCode.complete("91140525MW" + String.format("%07d", CommissionerFixture.SEQ.incrementAndGet() * 7919L % 10_000_000)).value();
        long e = enterprises.create(office, new EnterpriseForm(name, code, EnterpriseKind.LEGAL_PERSON, Industry.NON_COAL_MINE,
                "泽州县测试镇", new BigDecimal("35.5"), new BigDecimal("112.8"), null, RiskGrade.B, EnterpriseStatus.OPERATING)).id();
        return registry.register(office, new NewMine(e, MineKind.UNDERGROUND_NON_COAL, null, null, ProductionStatus.PRODUCING,
                SupervisingLevel.COUNTY, null, null, "一采区", "通风系统"));
    }

    @Test
    @DisplayName("MW-14 the supervision card names the mine's commissioners, the department's phone and 12345; refused without either")
    void supervisionCard() throws Exception {
        long mineId = mine("廉政卡测试铁矿" + CommissionerFixture.SEQ.incrementAndGet());
        assertThatThrownBy(() -> cards.setPhone(office, "12345")).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("MW-14-PHONE");
        cards.setPhone(office, "0356-2021234");
        assertThatThrownBy(() -> cards.issue(office, mineId)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("MW-14-COMMISSIONERS");
        int year = LocalDate.now(clock.withZone(Zones.SHANGHAI)).getYear();
        long plan = FixturePlans.approved(jdbc, office.jurisdictionId(), year);
        jdbc.sql("INSERT INTO mine_plan_assignment (plan_id, mine_id, commissioner_id) VALUES (:p, :m, :c)")
                .param("p", plan).param("m", mineId).param("c", me.commissionerId()).update();
        assertThat(cards.card(office, mineId).commissioners()).containsExactly(me.actor().displayName());

        mvc.perform(post("/mines/integrity/" + mineId + "/card").with(csrf()).with(TestActors.as(office)))
                .andExpect(status().is3xxRedirection());
        IntegrityCards.Card card = cards.card(office, mineId);
        assertThat(card.lastNumber()).isNotBlank();
        assertThat(text(card.lastFileId())).contains(me.actor().displayName()).contains("0356-2021234").contains("12345");
        mvc.perform(get("/mines/integrity/" + mineId).with(TestActors.as(office)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("0356-2021234")))
                .andExpect(content().string(containsString(me.actor().displayName())));
        mvc.perform(get("/mines/integrity/" + mineId + "/document").with(TestActors.as(office)))
                .andExpect(status().isOk());
        mvc.perform(get("/mines/integrity/export").with(TestActors.as(office)).param("name", "廉政卡测试铁矿"))
                .andExpect(status().isOk());
        mvc.perform(get("/mines/integrity").with(TestActors.as(office)).param("sort", "nonsense,asc"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/mines/integrity/" + mineId + "/card").with(csrf())
                        .with(TestActors.as(TestActors.actor("mcw-sc2", 999_998L, "/1/99998/", "mine:manage", "mine:work-read"))))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("the phone app's shell, worker and manifest are the commissioner's; an officer gets 403")
    void shell() throws Exception {
        mvc.perform(get("/m/").with(TestActors.as(me.actor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("manifest.webmanifest")))
                .andExpect(content().string(containsString("id=\"sync-banner\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/m/sw.js").with(TestActors.as(me.actor())))
                .andExpect(status().isOk()).andExpect(header().string("Service-Worker-Allowed", "/m/"))
                .andExpect(content().string(containsString("caches")));
        mvc.perform(get("/m/manifest.webmanifest").with(TestActors.as(me.actor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"scope\": \"/m/\"")));
        mvc.perform(get("/m").with(TestActors.as(me.actor()))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/m/").with(TestActors.as(office))).andExpect(status().isForbidden());
        mvc.perform(get("/mines/leaves").with(TestActors.as(me.actor()))).andExpect(status().isForbidden());
    }
}
