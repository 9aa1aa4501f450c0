package cn.anjian.mines.web;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.experts.pool.ExpertLevel;
import cn.anjian.experts.pool.ExpertRegistry;
import cn.anjian.experts.pool.NewExpert;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.Employment;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.SupervisingLevel;
import cn.anjian.mines.assessment.CommissionerAssessments;
import cn.anjian.mines.registry.MineRegistry;
import cn.anjian.mines.registry.NewCommissioner;
import cn.anjian.mines.registry.NewMine;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.personnel.IdCards;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessment pages (issue 18): the department's list and export, an assessment with every criterion's reason, the
 * override with its reason and the head's approval (four eyes), exemptions, investigations with experts from the pool,
 * decisions with their appeal deadline — and the refusals: another county's assessment is 404 before any field is read,
 * a form's errors show inline, the initiator cannot approve his own override.
 */
@IntegrationTest
class AssessmentPagesTests {

    static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10_000));
    static final String[] PERMS = {"mine:assess", "mine:assessment-read", "mine:read", "mine:manage", "enterprise:read",
            "enterprise:manage", "personnel:read", "personnel:manage", "expert:read", "expert:manage", "expert:draw",
            "workflow:inbox"};

    @Autowired MockMvc mvc;
    @Autowired CommissionerAssessments assessments;
    @Autowired MineRegistry registry;
    @Autowired ExpertRegistry experts;
    @Autowired Enterprises enterprises;
    @Autowired People people;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired Workflows workflows;

    TestActor hq;
    TestActor other;
    int year;
    long mine;
    long enterprise;
    long commissioner;
    long assessment;
    String name;

    TestActor actor(String code, String county) {
        Jurisdiction j = jurisdictions.findByCode(code).orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT)
                .orElseGet(() -> agencies.create(j.id(), AgencyKind.EMERGENCY_MANAGEMENT, county + "应急管理局"));
        return new TestActor(860_000 + j.id(), "ap_" + code, "考核页面" + code, a.id(), a.name(), null, j.id(),
                new Scope(j.path()), Set.of(PERMS));
    }

    @BeforeEach
    void setUp() {
        hq = actor("140930", "河曲县");
        other = actor("140931", "保德县");
        year = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI).getYear();
        String code = CreditCode.complete("91140930MP" + String.format("%07d", SEQ.incrementAndGet() * 7919L % 10_000_000)).value();
        enterprise = enterprises.create(hq, new EnterpriseForm("河曲考核矿业" + SEQ.get(), code, EnterpriseKind.LEGAL_PERSON,
                Industry.COAL_MINE, "河曲县测试镇", new BigDecimal("39.38"), new BigDecimal("111.14"), null, RiskGrade.B,
                EnterpriseStatus.OPERATING)).id();
        mine = registry.register(hq, new NewMine(enterprise, MineKind.COAL, null, null, ProductionStatus.PRODUCING,
                SupervisingLevel.COUNTY, null, null, "一采区", "通风系统"));
        name = "页面专员" + SEQ.incrementAndGet();
        long person = people.create(hq, NewPerson.basic(name, IdCards.next(true), "13800006666")).id();
        commissioner = registry.select(hq, new NewCommissioner(person, Employment.IN_BUDGET, true, LocalDate.of(2026, 3, 1),
                EnumSet.of(Specialty.MINING), new BigDecimal("39.38"), new BigDecimal("111.14")));
        jdbc.sql("INSERT INTO mine_interim_posting (commissioner_id, mine_id, year) VALUES (:c, :m, :y)")
                .param("c", commissioner).param("m", mine).param("y", year).update();
        jdbc.sql("INSERT INTO mine_interim_completion (commissioner_id, year, required, done) VALUES (:c, :y, 100, 93)")
                .param("c", commissioner).param("y", year).update();
        jdbc.sql("""
                INSERT INTO mine_interim_check (commissioner_id, mine_id, check_ref, checked_on, missed_mandatory, missed_spot)
                VALUES (:c, :m, :r, :d, 0, 2)""")
                .param("c", commissioner).param("m", mine).param("r", "补录检查" + SEQ.incrementAndGet())
                .param("d", Date.valueOf(LocalDate.of(year, 2, 10))).update();
        assessments.computeAll(hq, year);
        assessment = jdbc.sql("SELECT id FROM mine_assessment WHERE commissioner_id = :c AND year = :y")
                .param("c", commissioner).param("y", year).query(Long.class).single();
    }

    String url(String tail) {
        return "/mines/assessments/" + assessment + tail;
    }

    @Test
    @DisplayName("MA-01 MA-03 the list shows the grade; the detail gives every criterion's reason and the ladder")
    void listAndDetail() throws Exception {
        mvc.perform(get("/mines/assessments").param("year", String.valueOf(year)).with(TestActors.as(hq)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("合格")));
        mvc.perform(get("/mines/assessments/export").param("year", String.valueOf(year)).with(TestActors.as(hq)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("attachment")));
        mvc.perform(get(url("")).with(TestActors.as(hq))).andExpect(status().isOk())
                .andExpect(content().string(containsString("必查任务完成率 93.0%（≥90%）")))
                .andExpect(content().string(containsString("未达到优秀所需 100%")))
                .andExpect(content().string(containsString("谈话提醒")))
                .andExpect(content().string(not(containsString("MA-0"))));
    }

    @Test
    @DisplayName("MA-01 another county's assessment is 404 on the page and on every form, before any field is read")
    void otherCountyIsNotFound() throws Exception {
        mvc.perform(get(url("")).with(TestActors.as(other))).andExpect(status().isNotFound());
        mvc.perform(post(url("/override")).with(TestActors.as(other)).with(csrf()).param("grade", "NOPE"))
                .andExpect(status().isNotFound());
        mvc.perform(post(url("/exemptions")).with(TestActors.as(other)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(url("/investigations")).with(TestActors.as(other)).with(csrf()).param("mineId", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post(url("/investigations/1/experts/draw")).with(TestActors.as(other)).with(csrf()).param("count", "999"))
                .andExpect(status().isNotFound());
        mvc.perform(post(url("/decisions")).with(TestActors.as(other)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("MA-01 an override without a reason shows the error inline; the initiator cannot approve his own override (four eyes)")
    void overrideNeedsReasonAndFourEyes() throws Exception {
        mvc.perform(post(url("/override")).with(TestActors.as(hq)).with(csrf()).param("grade", "EXCELLENT").param("reason", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("invalid-feedback")))
                .andExpect(content().string(containsString("调整考核等次")));
        assertThat(state()).isEqualTo("DRAFT");
        mvc.perform(post(url("/override")).with(TestActors.as(hq)).with(csrf()).param("grade", "EXCELLENT")
                .param("reason", "年内在暴雨期间连续驻矿，经单位研究调整")).andExpect(status().is3xxRedirection());
        assertThat(state()).isEqualTo("OVERRIDING");
        long flow = jdbc.sql("SELECT flow_id FROM mine_assessment WHERE id = :id").param("id", assessment).query(Long.class).single();
        mvc.perform(post("/workflow/flows/" + flow + "/decide").with(TestActors.as(hq)).with(csrf())
                .param("decision", "APPROVE").param("opinion", "同意")).andExpect(status().isForbidden());
        // refused for being the initiator (checked before whether he holds the step's role)
        assertThatThrownBy(() -> workflows.decide(new FlowId(flow), hq, Decision.APPROVE, "同意"))
                .isInstanceOf(BusinessException.class).extracting("code").isEqualTo("WF-FOUR-EYES");
        assertThat(state()).isEqualTo("OVERRIDING");
        assertThat(jdbc.sql("SELECT grade FROM mine_assessment WHERE id = :id").param("id", assessment).query(String.class).single())
                .isEqualTo("QUALIFIED");
    }

    @Test
    @DisplayName("MA-09 an exemption for a check without missed items is refused next to the field; empty fields all show inline")
    void exemptions() throws Exception {
        mvc.perform(post(url("/exemptions")).with(TestActors.as(hq)).with(csrf()).param("checkRef", "不存在的检查")
                        .param("ground", "FORCE_MAJEURE").param("note", "暴雨"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("该检查在本年度没有漏查记录")));
        mvc.perform(post(url("/exemptions")).with(TestActors.as(hq)).with(csrf()).param("checkRef", "")
                        .param("ground", "").param("note", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("invalid-feedback")));
    }

    @Test
    @DisplayName("MA-11 a decision shows its 30-day appeal deadline on the page; MA-10 an investigation takes experts from the pool")
    void decisionAndInvestigationWithExperts() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        mvc.perform(post(url("/decisions")).with(TestActors.as(hq)).with(csrf()).param("measure", "NOTICE")
                .param("reason", "漏查抽查内容").param("issuedOn", today.minusDays(3).toString())
                .param("receivedOn", today.minusDays(2).toString())).andExpect(status().is3xxRedirection());
        mvc.perform(get(url("")).with(TestActors.as(hq))).andExpect(status().isOk())
                .andExpect(content().string(containsString("书面申诉期限至")));

        mvc.perform(post(url("/investigations")).with(TestActors.as(hq)).with(csrf()).param("ground", "OTHER")
                .param("facts", "应发现未发现").param("higherLevel", "false").param("mineId", String.valueOf(mine)))
                .andExpect(status().is3xxRedirection());
        long investigation = jdbc.sql("SELECT id FROM mine_investigation WHERE commissioner_id = :c").param("c", commissioner)
                .query(Long.class).single();
        // the pool: two law experts free, one employed by the mine's enterprise (EXP-08)
        String free1 = expert(null);
        String free2 = expert(null);
        String conflicted = expert(enterprise);
        mvc.perform(post(url("/investigations/" + investigation + "/experts/pick")).with(TestActors.as(hq)).with(csrf())
                        .param("name", conflicted))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("应当回避")));
        mvc.perform(post(url("/investigations/" + investigation + "/experts/pick")).with(TestActors.as(hq)).with(csrf())
                .param("name", "")).andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写专家姓名")));
        mvc.perform(post(url("/investigations/" + investigation + "/experts/draw")).with(TestActors.as(hq)).with(csrf())
                .param("field", "LAW").param("count", "2")).andExpect(status().is3xxRedirection());
        List<String> joined = jdbc.sql("SELECT name FROM mine_investigation_expert WHERE investigation_id = :i ORDER BY name")
                .param("i", investigation).query(String.class).list();
        assertThat(joined).doesNotContain(conflicted).contains(free1, free2);
        mvc.perform(get(url("")).with(TestActors.as(hq))).andExpect(status().isOk())
                .andExpect(content().string(containsString("从专家库随机抽取")))
                .andExpect(content().string(containsString("/experts/draws/")));
        mvc.perform(post(url("/investigations/" + investigation + "/experts/pick")).with(TestActors.as(hq)).with(csrf())
                .param("name", free1)).andExpect(status().is4xxClientError()).andExpect(content().string(containsString("已参与本次调查")));
    }

    @Test
    @DisplayName("MA-10 MA-11 a decision concluding the investigation names it on the page; an investigation not of this commissioner is refused next to the field, nothing stored")
    void decisionConcludingInvestigation() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        mvc.perform(post(url("/investigations")).with(TestActors.as(hq)).with(csrf()).param("ground", "MAJOR_HAZARD_UNHANDLED")
                .param("facts", "隐患未督促整改").param("higherLevel", "false").param("mineId", "")).andExpect(status().is3xxRedirection());
        long investigation = jdbc.sql("SELECT id FROM mine_investigation WHERE commissioner_id = :c").param("c", commissioner)
                .query(Long.class).single();
        long foreign = jdbc.sql("SELECT coalesce(max(id), 0) + 1000 FROM mine_investigation").query(Long.class).single();
        mvc.perform(post(url("/decisions")).with(TestActors.as(hq)).with(csrf()).param("measure", "ADMONISHMENT")
                        .param("reason", "倒查结论").param("issuedOn", today.toString()).param("receivedOn", today.toString())
                        .param("investigationId", String.valueOf(foreign)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择该监管专员的责任倒查调查")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(jdbc.sql("SELECT count(*) FROM mine_decision WHERE commissioner_id = :c").param("c", commissioner)
                .query(Long.class).single()).isZero();
        mvc.perform(post(url("/decisions")).with(TestActors.as(hq)).with(csrf()).param("measure", "ADMONISHMENT")
                .param("reason", "倒查结论：未督促整改").param("issuedOn", today.toString()).param("receivedOn", today.toString())
                .param("investigationId", String.valueOf(investigation))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT investigation_id FROM mine_decision WHERE commissioner_id = :c").param("c", commissioner)
                .query(Long.class).single()).isEqualTo(investigation);
        mvc.perform(get(url("")).with(TestActors.as(hq))).andExpect(status().isOk())
                .andExpect(content().string(containsString("责任倒查调查（")))
                .andExpect(content().string(containsString("启动）的处理决定")))
                .andExpect(content().string(containsString("书面申诉期限至")));
    }

    @Test
    @DisplayName("MA-10 MA-11 the demo holds an investigation that experts drawn from the pool joined, concluded by a decision whose 30-day appeal deadline is open")
    void demoInvestigationWithPoolExperts() throws Exception {
        Long decision = jdbc.sql("""
                        SELECT min(d.id) FROM mine_decision d JOIN mine_investigation i ON i.id = d.investigation_id
                        WHERE d.created_by = 'zz_officer' AND d.appeal_status = 'NONE'
                          AND EXISTS (SELECT 1 FROM mine_investigation_expert x WHERE x.investigation_id = i.id AND x.draw_id IS NOT NULL)""")
                .query(Long.class).single();
        assertThat(decision).as("the demo's investigation with pool experts and its decision").isNotNull();
        Long deadline = jdbc.sql("SELECT deadline_id FROM mine_decision WHERE id = :d").param("d", decision).query(Long.class).single();
        assertThat(deadline).isNotNull();
    }

    String state() {
        return jdbc.sql("SELECT status FROM mine_assessment WHERE id = :id").param("id", assessment).query(String.class).single();
    }

    String expert(Long employer) {
        int n = SEQ.incrementAndGet();
        String expertName = "调查专家" + n;
        experts.admit(hq, new NewExpert(expertName, IdCardNumber.complete("14093019760101" + String.format("%03d", n % 1000)).value(),
                "13800007777", "律师", ExpertLevel.SENIOR, employer == null ? "某律师事务所" : "河曲考核矿业", employer, "LAW",
                List.of("LW_ADMIN"), null, null));
        return expertName;
    }
}
