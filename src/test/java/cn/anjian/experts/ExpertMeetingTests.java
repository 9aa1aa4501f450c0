package cn.anjian.experts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.Deadlines;
import cn.anjian.experts.meetings.EvaluationGrade;
import cn.anjian.experts.meetings.Evaluations;
import cn.anjian.experts.meetings.MeetingKind;
import cn.anjian.experts.meetings.Meetings;
import cn.anjian.experts.pool.ExpertLevel;
import cn.anjian.experts.pool.ExpertRegistry;
import cn.anjian.experts.pool.NewExpert;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCardNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Roster forms (EXP-01, EXP-02), meetings and the yearly evaluation (EXP-17), the pool facts (CAP-06) on 140922. */
@IntegrationTest
class ExpertMeetingTests {

    static final String[] PERMS = {"expert:read", "expert:manage", "expert:draw", "enterprise:read", "file:upload"};

    @Autowired MockMvc mvc;
    @Autowired ExpertRegistry registry;
    @Autowired Meetings meetings;
    @Autowired Evaluations evaluations;
    @Autowired ExpertPoolFacts facts;
    @Autowired cn.anjian.personnel.ExpertCandidates candidates;
    @Autowired Deadlines deadlines;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    TestActor hr;

    TestActor actor(String code, String... perms) {
        Jurisdiction j = jurisdictions.findByCode(code).orElseThrow();
        // the test owns these counties' agencies (no demo agency there): made once per database
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT)
                .orElseGet(() -> agencies.create(j.id(), AgencyKind.EMERGENCY_MANAGEMENT, j.name() + "应急管理局"));
        return new TestActor(860_000 + j.id(), "meet_" + code, "测试" + code, a.id(), a.name(), null, j.id(),
                new Scope(j.path()), Set.of(perms));
    }

    static NewExpert expert(int n, String field, String sub) {
        return new NewExpert("会议专家" + n, IdCardNumber.complete("14092219790101" + String.format("%03d", n)).value(),
                "13900003333", "高级工程师", ExpertLevel.SENIOR, "某研究院", null, field, List.of(sub), null, null);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
    }

    @BeforeEach
    void setUp() {
        hr = actor("140922", PERMS);
    }

    @AfterEach
    void clean() {
        long a = hr.agencyId();
        jdbc.sql("DELETE FROM exp_meeting_attendance WHERE meeting_id IN (SELECT id FROM exp_meeting WHERE agency_id = :a)").param("a", a).update();
        for (String t : List.of("exp_meeting", "exp_evaluation", "exp_commendation", "exp_field_leader")) {
            jdbc.sql("DELETE FROM " + t + " WHERE agency_id = :a").param("a", a).update();
        }
        for (String t : List.of("exp_dispatch", "exp_conflict", "exp_expert_sub")) {
            jdbc.sql("DELETE FROM " + t + " WHERE expert_id IN (SELECT id FROM exp_expert WHERE agency_id = :a)").param("a", a).update();
        }
        jdbc.sql("DELETE FROM exp_expert WHERE agency_id = :a").param("a", a).update();
    }

    @Test
    @DisplayName("EXP-02 admit form: every error at once next to its field; a sub-specialty of another field refused inline; the cap refuses the 251st with nothing stored")
    void admitForm() throws Exception {
        mvc.perform(post("/experts").with(TestActors.as(hr)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请填写身份证号码"), containsString("请填写手机号码"),
                        containsString("请至少选择一个专业小类"), containsString("请更正标出的 8 处填写内容"))));
        mvc.perform(post("/experts").with(TestActors.as(hr)).with(csrf()).param("name", "张三")
                        .param("idCard", expert(1, "LAW", "LW_ADMIN").idCard()).param("phone", "13900003333").param("title", "律师")
                        .param("level", "SENIOR").param("employerName", "某所").param("field", "LAW").param("subCodes", "COAL_GAS"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("专业小类不属于“法律”领域")));
        jdbc.sql("""
                INSERT INTO exp_expert (version, agency_id, scope_path, name, id_card, phone, title, level, employer_name,
                                        field_code, status, created_at, created_by)
                SELECT 0, :a, :p, '批量专家' || g, lpad(g::text, 18, '0'), '13900000000', '工程师', 'SENIOR', '某单位',
                       'COAL', 'ACTIVE', now(), 'test'
                FROM generate_series(1, 249) g""").param("a", hr.agencyId()).param("p", hr.scope().path()).update();
        String location = mvc.perform(post("/experts").with(TestActors.as(hr)).with(csrf()).param("name", "第二百五十")
                        .param("idCard", expert(250, "LAW", "LW_ADMIN").idCard()).param("phone", "13900003333").param("title", "律师")
                        .param("level", "SENIOR").param("employerName", "某所").param("field", "LAW").param("subCodes", "LW_ADMIN"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/experts/");
        mvc.perform(post("/experts").with(TestActors.as(hr)).with(csrf()).param("name", "第二百五十一")
                        .param("idCard", expert(251, "LAW", "LW_ADMIN").idCard()).param("phone", "13900003333").param("title", "律师")
                        .param("level", "SENIOR").param("employerName", "某所").param("field", "LAW").param("subCodes", "LW_ADMIN"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("在库专家已达上限 250 人")));
        assertThat(jdbc.sql("SELECT count(*) FROM exp_expert WHERE agency_id = :a").param("a", hr.agencyId()).query(Long.class).single())
                .isEqualTo(250);
        // without expert:manage the form is 403
        mvc.perform(post("/experts").with(TestActors.as(actor("140922", "expert:read"))).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("EXP-01 detail and forms: appoint a leader, a second leader refused, deputies, relieve; edit keeps the masked ID card; remove with a reason; the page masks ID card and phone")
    void rosterForms() throws Exception {
        long a = registry.admit(hr, expert(1, "LAW", "LW_ADMIN"));
        long b = registry.admit(hr, expert(2, "LAW", "LW_ADMIN"));
        mvc.perform(post("/experts/" + a + "/appoint").with(TestActors.as(hr)).with(csrf()).param("role", "LEADER"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/experts/" + b + "/appoint").with(TestActors.as(hr)).with(csrf()).param("role", "LEADER"))
                .andExpect(status().is3xxRedirection()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .flash().attribute("flashError", containsString("已有组长")));
        mvc.perform(get("/experts/" + a).with(TestActors.as(hr))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("组长"), containsString("1409**"), not(containsString("13900003333")),
                        not(containsString(expert(1, "LAW", "LW_ADMIN").idCard())))));
        registry.relieve(hr, a);
        registry.appoint(hr, b, true);
        mvc.perform(post("/experts/" + a).with(TestActors.as(hr)).with(csrf()).param("name", "改名专家").param("idCard", "")
                        .param("phone", "").param("title", "教授").param("level", "INTERMEDIATE").param("employerName", "某大学")
                        .param("field", "LAW").param("subCodes", "LW_ACCIDENT"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT name || '|' || id_card || '|' || level FROM exp_expert WHERE id = :id").param("id", a)
                .query(String.class).single()).isEqualTo("改名专家|" + expert(1, "LAW", "LW_ADMIN").idCard() + "|INTERMEDIATE");
        mvc.perform(post("/experts/" + b).with(TestActors.as(hr)).with(csrf()).param("name", "组长").param("title", "教授")
                        .param("level", "SENIOR").param("employerName", "某大学").param("field", "COAL").param("subCodes", "COAL_GAS"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("请先免去职务")));
        mvc.perform(post("/experts/" + b + "/remove").with(TestActors.as(hr)).with(csrf()).param("reason", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写出库原因")));
        mvc.perform(post("/experts/" + b + "/remove").with(TestActors.as(hr)).with(csrf()).param("reason", "本人申请退出"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status || '|' || removal_reason FROM exp_expert WHERE id = :id").param("id", b).query(String.class)
                .single()).isEqualTo("REMOVED|本人申请退出");
        assertThat(jdbc.sql("SELECT count(*) FROM exp_field_leader WHERE expert_id = :id").param("id", b).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action IN ('experts.expert.edited', 'experts.leader.relieved') AND subject_id = :id")
                .param("id", String.valueOf(a)).query(Long.class).single()).isEqualTo(2);
        // another county's expert is 404
        mvc.perform(get("/experts/" + a).with(TestActors.as(actor("140927", PERMS)))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("EXP-17 a quarterly meeting opens the quarter's deadline; holding it needs the minutes, records present and absent experts, meets the deadline; twice refused")
    void meetings() throws Exception {
        long a = registry.admit(hr, expert(1, "COAL", "COAL_GAS"));
        long b = registry.admit(hr, expert(2, "COAL", "COAL_WATER"));
        registry.admit(hr, expert(3, "LAW", "LW_ADMIN"));
        long id = meetings.plan(hr, new Meetings.NewMeeting(MeetingKind.QUARTERLY, "COAL", today(), "煤矿专家组会商", "一、形势研判"));
        Long deadline = jdbc.sql("SELECT deadline_id FROM exp_meeting WHERE id = :id").param("id", id).query(Long.class).single();
        assertThat(deadline).isNotNull();
        LocalDate quarterEnd = LocalDate.of(today().getYear(), ((today().getMonthValue() - 1) / 3) * 3 + 1, 1).plusMonths(3).minusDays(1);
        assertThat(deadlines.find(new DeadlineId(deadline)).orElseThrow().dueDate()).isBetween(quarterEnd, quarterEnd.plusDays(1));
        // a second meeting of the same field and quarter does not open another deadline
        long second = meetings.plan(hr, new Meetings.NewMeeting(MeetingKind.QUARTERLY, "COAL", today(), "临时会商", "议程"));
        assertThat(jdbc.sql("SELECT deadline_id FROM exp_meeting WHERE id = :id").param("id", second).query(Long.class).optional()).isEmpty();
        assertThatThrownBy(() -> meetings.plan(hr, new Meetings.NewMeeting(MeetingKind.QUARTERLY, null, today(), "无领域", "议程")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("EXP-FIELD"));
        // without minutes refused, nothing changed
        mvc.perform(multipart("/experts/meetings/" + id + "/hold").with(TestActors.as(hr)).with(csrf())
                        .param("heldOn", today().toString()).param("present", String.valueOf(a)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请上传会议纪要")));
        MockMultipartFile minutes = new MockMultipartFile("minutes", "纪要.txt", "text/plain", "会议纪要正文".getBytes());
        mvc.perform(multipart("/experts/meetings/" + id + "/hold").file(minutes).with(TestActors.as(hr)).with(csrf())
                        .param("heldOn", today().toString()).param("note", "研判了雨季防治水").param("present", String.valueOf(a)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT expert_id || ':' || present FROM exp_meeting_attendance WHERE meeting_id = :id ORDER BY expert_id")
                .param("id", id).query(String.class).list()).containsExactly(a + ":true", b + ":false");
        assertThat(deadlines.find(new DeadlineId(deadline)).orElseThrow().state()).isEqualTo(DeadlineState.MET);
        mvc.perform(get("/experts/meetings/" + id).with(TestActors.as(hr))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("出席"), containsString("缺席"), containsString("下载会议纪要"))));
        mvc.perform(get("/experts/meetings/" + id + "/minutes").with(TestActors.as(hr))).andExpect(status().isOk());
        assertThatThrownBy(() -> meetings.hold(hr, id, today(), null, null, Set.of(a)))
                .isInstanceOf(BusinessException.class);
        mvc.perform(get("/experts/meetings").with(TestActors.as(hr))).andExpect(status().isOk())
                .andExpect(content().string(containsString("煤矿专家组会商")));
        mvc.perform(get("/experts/meetings").param("year", "abc").with(TestActors.as(hr))).andExpect(status().isBadRequest());
        mvc.perform(get("/experts/meetings/" + id).with(TestActors.as(actor("140927", PERMS)))).andExpect(status().isNotFound());
        // the plenary records every active expert
        long plenary = meetings.plan(hr, new Meetings.NewMeeting(MeetingKind.PLENARY, null, today(), "年度全体会议", "年度报告"));
        assertThat(jdbc.sql("SELECT deadline_id FROM exp_meeting WHERE id = :id").param("id", plenary).query(Long.class).optional()).isEmpty();
    }

    @Test
    @DisplayName("EXP-17 yearly evaluation: once per year with reasons; unqualified removes the expert through the registry; commendations recorded; a future year refused")
    void evaluation() throws Exception {
        long good = registry.admit(hr, expert(1, "LAW", "LW_ADMIN"));
        long bad = registry.admit(hr, expert(2, "LAW", "LW_ADMIN"));
        int year = today().getYear();
        registry.recordDispatch(hr, good, null, today(), "年度任务");
        evaluations.evaluate(hr, good, year, EvaluationGrade.EXCELLENT, "全年技术支撑表现突出");
        assertThat(jdbc.sql("SELECT dispatches FROM exp_evaluation WHERE expert_id = :e").param("e", good).query(Integer.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> evaluations.evaluate(hr, good, year, EvaluationGrade.QUALIFIED, "再次"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("EXP-17"));
        assertThatThrownBy(() -> evaluations.evaluate(hr, good, year + 1, EvaluationGrade.QUALIFIED, "明年"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("EXP-17-YEAR"));
        mvc.perform(post("/experts/" + bad + "/evaluations").with(TestActors.as(hr)).with(csrf()).param("year", "").param("grade", "")
                        .param("reason", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请更正标出的")))
                .andExpect(content().string(containsString("须为四位数字的年份"))).andExpect(content().string(containsString("请填写此项")));
        mvc.perform(post("/experts/" + bad + "/evaluations").with(TestActors.as(hr)).with(csrf()).param("year", String.valueOf(year))
                        .param("grade", "UNQUALIFIED").param("reason", "两次拒绝派遣且报告敷衍"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status || '|' || removal_reason FROM exp_expert WHERE id = :id").param("id", bad).query(String.class)
                .single()).isEqualTo("REMOVED|" + year + " 年度考核不称职：两次拒绝派遣且报告敷衍");
        evaluations.commend(hr, good, year, "汛期抢险技术支撑突出");
        mvc.perform(get("/experts/" + good).with(TestActors.as(hr))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("年度考核：优秀"), containsString("汛期抢险技术支撑突出"))));
        mvc.perform(get("/experts/evaluations").param("grade", "UNQUALIFIED").with(TestActors.as(hr))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("会议专家2"), not(containsString("会议专家1")))));
        mvc.perform(get("/experts/evaluations/export").with(TestActors.as(hr))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("CAP-06 pool facts: no committee without experts; a led field with a deputy and every sub-specialty at the minimum is staffed")
    void poolFacts() {
        ExpertPoolFacts.Facts empty = facts.of(hr.agencyId());
        assertThat(empty.committeeExists()).isFalse();
        assertThat(empty.activeExperts()).isZero();
        assertThat(empty.fields()).hasSize(10).noneMatch(ExpertPoolFacts.FieldFacts::staffed);
        int n = 0;
        long leader = 0;
        long deputy = 0;
        for (String sub : List.of("LW_ADMIN", "LW_ACCIDENT")) {
            for (int i = 0; i < 3; i++) {
                long id = registry.admit(hr, expert(++n, "LAW", sub));
                if (n == 1) {
                    leader = id;
                } else if (n == 2) {
                    deputy = id;
                }
            }
        }
        registry.appoint(hr, leader, true);
        ExpertPoolFacts.FieldFacts law = facts.of(hr.agencyId()).fields().stream().filter(f -> f.code().equals("LAW")).findFirst().orElseThrow();
        assertThat(law.staffed()).isFalse(); // no deputy yet
        registry.appoint(hr, deputy, false);
        ExpertPoolFacts.Facts f = facts.of(hr.agencyId());
        assertThat(f.committeeExists()).isTrue();
        assertThat(f.activeExperts()).isEqualTo(6);
        assertThat(f.fieldsStaffed()).isEqualTo(1);
        assertThat(f.cap()).isEqualTo(250);
        registry.suspend(hr, deputy); // LW_ADMIN falls to 2 active experts: short of the minimum
        assertThat(facts.of(hr.agencyId()).fields().stream().filter(x -> x.code().equals("LAW")).findFirst().orElseThrow())
                .satisfies(x -> assertThat(x.shortSubSpecialties()).isEqualTo(1)).satisfies(x -> assertThat(x.staffed()).isFalse());
    }

    @Test
    @DisplayName("TI-07 inspector hiring picks from the expert pool: the picker lists the actor's active experts (ID card masked), the SPI gives the full card to register")
    void inspectorFromPool() throws Exception {
        long a = registry.admit(hr, expert(7, "COAL", "COAL_GAS"));
        long gone = registry.admit(hr, expert(8, "COAL", "COAL_GAS"));
        registry.remove(hr, gone, "测试出库");
        TestActor hiring = actor("140922", "inspector:manage", "personnel:read");
        mvc.perform(get("/personnel/inspectors/expert-candidates").param("q", "会议专家").with(TestActors.as(hiring)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.length()").value(1))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].expertId").value(a))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].titleLevel").value("ASSOCIATE_SENIOR"))
                .andExpect(content().string(not(containsString(expert(7, "COAL", "COAL_GAS").idCard()))));
        assertThat(candidates.idCard(hiring, a)).contains(expert(7, "COAL", "COAL_GAS").idCard());
        assertThat(candidates.idCard(hiring, gone)).isEmpty();
        assertThat(candidates.idCard(actor("140927", "inspector:manage"), a)).isEmpty(); // another county's pool
        mvc.perform(get("/personnel/inspectors/expert-candidates").with(TestActors.as(actor("140922", "personnel:read"))))
                .andExpect(status().isForbidden());
    }
}
