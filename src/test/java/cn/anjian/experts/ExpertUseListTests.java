package cn.anjian.experts;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import cn.anjian.ExportDownloads;
import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.experts.draws.DrawRequest;
import cn.anjian.experts.draws.Draws;
import cn.anjian.experts.pool.ExpertLevel;
import cn.anjian.experts.pool.ExpertRegistry;
import cn.anjian.experts.pool.NewExpert;
import cn.anjian.experts.pool.QualityGrade;
import cn.anjian.kernel.Scope;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.personnel.PageForms;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The expert-use pages on the list kit with inline form errors (EXP-11, EXP-12, EXP-15, EXP-16); the decline flag in
 * the pool list and the draw page (EXP-14); the grade the quality registers point to (EXP-13, EXP-17).
 */
@IntegrationTest
class ExpertUseListTests {

    static final String[] PERMS = {"expert:read", "expert:manage", "expert:draw", "expert:dispatch", "expert:budget"};

    @Autowired MockMvc mvc;
    @Autowired ExpertRegistry registry;
    @Autowired Draws draws;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    /** 长子县 and 武乡县: counties this test owns (no demo pool there). */
    TestActor actor(String code) {
        Jurisdiction j = jurisdictions.findByCode(code).orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT)
                .orElseGet(() -> agencies.create(j.id(), AgencyKind.EMERGENCY_MANAGEMENT, j.name() + "应急管理局"));
        return new TestActor(870_000 + j.id(), "use_" + code, "测试" + code, a.id(), a.name(), null, j.id(),
                new Scope(j.path()), Set.of(PERMS));
    }

    static final java.util.concurrent.atomic.AtomicInteger SEQ = new java.util.concurrent.atomic.AtomicInteger((int) (System.nanoTime() % 5000));

    long admit(TestActor hr, String name) {
        String birth = LocalDate.of(1970, 1, 1).plusDays(SEQ.incrementAndGet() % 12000).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String card = IdCardNumber.complete("140428" + birth + "123").value();
        return registry.admit(hr, new NewExpert(name, card, "13900005555", "高级工程师", ExpertLevel.SENIOR, "某研究院", null,
                "COAL", List.of("COAL_GAS"), null, null));
    }

    /** A dispatch record as the flows leave it: declined at {@code responded}, or with a quality register. */
    void dispatch(TestActor hr, long expert, String status, ZonedDateTime responded, String overall) {
        jdbc.sql("""
                INSERT INTO exp_dispatch (expert_id, dispatched_on, status, task, agency_id, scope_path, responded_at, q_overall)
                VALUES (:e, :d, :s, '测试任务', :a, :p, :r, :q)""")
                .param("e", expert).param("d", Date.valueOf(responded.toLocalDate())).param("s", status).param("a", hr.agencyId())
                .param("p", hr.scope().path()).param("r", Timestamp.from(responded.toInstant())).param("q", overall).update();
    }

    /** The candidates table of a draw page (the selected experts are listed above it whatever the filter). */
    static String candidates(String html) {
        return html.substring(html.indexOf("id=\"draw-candidates\""));
    }

    ZonedDateTime now() {
        return clock.instant().atZone(Zones.SHANGHAI);
    }

    String html(TestActor a, MockHttpServletRequestBuilder r) throws Exception {
        return mvc.perform(r.with(TestActors.as(a))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    @DisplayName("EXP-14 the pool list and the draw page flag experts who declined in the last twelve months, and filter them; an older decline is not flagged")
    void declineFlag() throws Exception {
        TestActor hr = actor("140428");
        long recent = admit(hr, "拒绝标记甲");
        long old = admit(hr, "拒绝标记乙");
        dispatch(hr, recent, "DECLINED", now().minusMonths(2), null);
        dispatch(hr, old, "DECLINED", now().minusMonths(12).minusDays(1), null);

        String all = html(hr, get("/experts").param("q", "拒绝标记"));
        assertThat(all).contains("拒绝标记甲", "拒绝标记乙", "近一年拒绝委派 1 次");
        String only = html(hr, get("/experts").param("q", "拒绝标记").param("declined", "true"));
        assertThat(only).contains("拒绝标记甲").doesNotContain("拒绝标记乙");
        mvc.perform(get("/experts").param("declined", "maybe").with(TestActors.as(hr))).andExpect(status().isBadRequest());

        long draw = draws.draw(hr, new DrawRequest("COAL", "COAL_GAS", null, 1, null, 42L)).id();
        assertThat(candidates(html(hr, get("/experts/draws/" + draw)))).contains("拒绝标记甲", "拒绝标记乙", "近一年拒绝委派 1 次");
        assertThat(candidates(html(hr, get("/experts/draws/" + draw).param("declined", "true"))))
                .contains("拒绝标记甲").doesNotContain("拒绝标记乙");
    }

    @Test
    @DisplayName("EXP-17 the grade the quality registers point to: one unqualified register is 不称职, half excellent is 优秀, else 称职, none is no grade")
    void gradeBoundaries() {
        assertThat(QualityGrade.of(0, 0, 0)).isNull();
        assertThat(QualityGrade.of(4, 4, 1)).isEqualTo(QualityGrade.UNQUALIFIED);
        assertThat(QualityGrade.of(2, 1, 0)).isEqualTo(QualityGrade.EXCELLENT);
        assertThat(QualityGrade.of(3, 1, 0)).isEqualTo(QualityGrade.QUALIFIED);
        assertThat(QualityGrade.of(1, 0, 0)).isEqualTo(QualityGrade.QUALIFIED);
    }

    @Test
    @DisplayName("EXP-13/EXP-17 this year's quality registers grade the expert in the pool list (and its filter) and on his page")
    void gradeShown() throws Exception {
        TestActor hr = actor("140429");
        long good = admit(hr, "质量评价甲");
        long poor = admit(hr, "质量评价乙");
        ZonedDateTime day = now().withDayOfYear(1).plusHours(12);
        dispatch(hr, good, "COMPLETED", day, "EXCELLENT");
        dispatch(hr, good, "COMPLETED", day, "QUALIFIED");
        dispatch(hr, poor, "COMPLETED", day, "GOOD");
        dispatch(hr, poor, "COMPLETED", day, "UNQUALIFIED");

        assertThat(html(hr, get("/experts").param("q", "质量评价"))).contains("优秀（2 份登记表）", "不称职（2 份登记表）");
        assertThat(html(hr, get("/experts").param("q", "质量评价").param("grade", "EXCELLENT")))
                .contains("质量评价甲").doesNotContain("质量评价乙");
        mvc.perform(get("/experts").param("grade", "XYZ").with(TestActors.as(hr))).andExpect(status().isBadRequest());
        assertThat(html(hr, get("/experts/" + poor))).contains("服务质量评价", "不称职", "2 份");
        assertThat(ExportDownloads.rows(mvc, get("/experts/export").param("q", "质量评价甲").with(TestActors.as(hr))).get(0))
                .containsValue("优秀");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("EXP-11/EXP-12/EXP-15/EXP-16 the expert-use lists: sort, 20/50/100, filter and export on the kit; bad input 400")
    @CsvSource(delimiter = '|', value = {
            "/experts/budgets          | /api/v1/experts/budgets/export          | 股室   | year=abc    | unit",
            "/experts/fixed            | /api/v1/experts/fixed/export            | 专家   | status=XYZ  | expert",
            "/experts/use-applications | /api/v1/experts/use-applications/export | 申请单位 | status=XYZ | applicant",
            "/experts/dismissals       | /api/v1/experts/dismissals/export       | 专家   | ground=XYZ  | expert"})
    void listKit(String page, String api, String firstHeader, String badFilter, String sortKey) throws Exception {
        TestActor hr = actor("140428");
        String[] bad = badFilter.split("=");
        mvc.perform(get(page).param("sort", "nope,asc").with(TestActors.as(hr))).andExpect(status().isBadRequest());
        mvc.perform(get(page).param("size", "7").with(TestActors.as(hr))).andExpect(status().isBadRequest());
        mvc.perform(get(page).param(bad[0], bad[1]).with(TestActors.as(hr))).andExpect(status().isBadRequest());
        assertThat(html(hr, get(page).param("size", "50").param("sort", sortKey + ",desc"))).contains("导出Excel", "每页");
        for (String path : List.of(page + "/export", api)) {
            assertThat(ExportDownloads.header(mvc, get(path).with(TestActors.as(hr))).get(0)).isEqualTo(firstHeader);
            mvc.perform(get(path).param(bad[0], bad[1]).with(TestActors.as(hr))).andExpect(status().isBadRequest());
            mvc.perform(get(path).param("sort", "nope,asc").with(TestActors.as(hr))).andExpect(status().isBadRequest());
        }
    }

    String refused(TestActor a, MockHttpServletRequestBuilder r) throws Exception {
        return mvc.perform(r.with(TestActors.as(a)).with(csrf())).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    @DisplayName("EXP-16/EXP-11/EXP-12/EXP-15 the expert-use forms show every error at once, inline, the input kept, nothing stored")
    void formsInline() throws Exception {
        TestActor hr = actor("140428");
        long before = jdbc.sql("SELECT count(*) FROM exp_use_application").query(Long.class).single();
        String budget = refused(hr, post("/experts/budgets").param("unitId", "").param("year", "26").param("amount", "一千"));
        assertThat(PageForms.invalidFields(budget)).containsExactly("unitId", "year", "amount");
        assertThat(PageForms.inlineMessages(budget)).isEqualTo(3);

        String fixed = refused(hr, post("/experts/fixed").param("expertId", "").param("from", "2026-02-30").param("to", "")
                .param("reason", "为什么"));
        assertThat(PageForms.invalidFields(fixed)).contains("expertId", "from", "to").doesNotContain("reason");
        assertThat(fixed).contains("value=\"为什么\"");

        String app = refused(hr, post("/experts/use-applications").param("applicant", "某外单位").param("contact", "")
                .param("phone", "").param("task", "评审").param("content", "").param("place", "某地").param("taskStart", "2026-13-01")
                .param("taskEnd", "2026-06-02").param("field", "").param("experts", "三"));
        assertThat(PageForms.invalidFields(app)).containsExactlyInAnyOrder("contact", "phone", "content", "taskStart", "field", "experts");
        assertThat(PageForms.inlineMessages(app)).isEqualTo(6);
        assertThat(app).contains("value=\"某外单位\"");
        assertThat(jdbc.sql("SELECT count(*) FROM exp_use_application").query(Long.class).single()).isEqualTo(before);

        String dismissal = refused(hr, post("/experts/dismissals").param("expertId", "").param("ground", "")
                .param("evidence", "").param("confidentialityOn", ""));
        assertThat(PageForms.invalidFields(dismissal)).containsExactlyInAnyOrder("expertId", "ground", "evidence", "confidentialityOn");
        assertThat(PageForms.inlineMessages(dismissal)).isEqualTo(4);
    }

    @Test
    @DisplayName("EXP-12 a domain refusal of the application form (an invalid phone number) shows next to its field (400), input kept")
    void domainRefusalInline() throws Exception {
        TestActor hr = actor("140428");
        String app = refused(hr, post("/experts/use-applications").param("applicant", "某外单位").param("contact", "张三")
                .param("phone", "12345").param("task", "评审").param("content", "内容").param("place", "某地")
                .param("taskStart", LocalDate.now(clock).plusDays(3).toString()).param("taskEnd", LocalDate.now(clock).plusDays(4).toString())
                .param("field", "COAL").param("experts", "2"));
        assertThat(PageForms.invalidFields(app)).containsExactly("phone");
        assertThat(app).contains("value=\"张三\"");
    }
}
