package cn.anjian.enforcement.plans;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enforcement.cases.EnforcementSettings;
import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.settings.SettingsTestSupport;
import cn.anjian.settings.internal.SettingStore;
import cn.anjian.settings.internal.SettingsAdministration;
import cn.idev.excel.FastExcel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** CASE-10 分类分级执法: grade frequencies set by the plan (from the settings in force), coverage and its shortfalls. */
@IntegrationTest
class PlanCoverageTests {

    /** Years nobody else uses; the clock is moved into them so the cases opened count for the plan's year. */
    static final AtomicInteger YEAR = new AtomicInteger(2061);
    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired InspectionPlans plans;
    @Autowired Cases cases;
    @Autowired Enterprises enterprises;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired SettingsAdministration admin;
    @Autowired SettingStore store;

    Actor head;
    TestActor web;

    @BeforeEach
    void setUp() {
        head = users.actor("zz_unithead").orElseThrow();
        web = new TestActor(head.userId(), head.username(), head.displayName(), head.agencyId(), head.agencyName(),
                head.unitId(), head.jurisdictionId(), head.scope(),
                Set.of("case:read", "plan:manage", "case:manage", "enterprise:read", "enterprise:manage"));
    }

    @AfterEach
    void cleanUp() {
        for (var s : List.of(EnforcementSettings.INSPECTIONS_A, EnforcementSettings.INSPECTIONS_B,
                EnforcementSettings.INSPECTIONS_C, EnforcementSettings.INSPECTIONS_D)) {
            SettingsTestSupport.reset(jdbc, store, s);
        }
        clock.reset();
    }

    int inYear() {
        int year = YEAR.getAndIncrement();
        clock.set(LocalDateTime.of(year, 3, 2, 10, 0));
        return year;
    }

    long enterprise(String name, RiskGrade grade) {
        String code = CreditCode.complete("91140525MC" + String.format("%07d", (SEQ.incrementAndGet() * 7919L + 4_000_000) % 10_000_000)).value();
        return enterprises.create(web, new EnterpriseForm(name, code, EnterpriseKind.LEGAL_PERSON, Industry.COAL_MINE,
                "泽州县测试镇", new BigDecimal("35.5"), new BigDecimal("112.8"), null, grade, EnterpriseStatus.OPERATING)).id();
    }

    void item(long plan, long enterprise, int count) {
        plans.addItem(head, plan, new InspectionPlans.NewItem(TargetKind.ENTERPRISE, enterprise, null, null, "一通三防检查", "Q2",
                "安全生产执法监督股", count));
    }

    void inspect(long enterprise, CaseKind kind) {
        cases.open(web, new NewCase(kind, CaseSource.SPECIAL_CAMPAIGN, "关于开展专项检查的通知", "泽应急〔2061〕8号",
                LocalDate.now(clock).minusDays(1), enterprise, null, "分级检查测试", "泽州县测试镇", null)
                .withViolation(kind == CaseKind.PENALTY ? new cn.anjian.enforcement.ViolationFacts(LocalDate.now(clock).minusDays(2), false, false, null) : null));
    }

    @Autowired PlanCoverage coverage;

    /** One enterprise's row, read through the query the page uses. */
    PlanCoverage.Row row(long plan, String name) {
        return coverage.page(plans.find(plan).orElseThrow(), new PlanCoverage.Filter(null, null, name, null), 0, 20).rows().stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("CASE-10 a new plan takes the grade frequencies in force on the day it is drafted: the new value from its date, not the day before")
    void frequenciesFromSettingsOnTheDay() {
        int year = inYear();
        LocalDate today = LocalDate.now(clock);
        SettingsTestSupport.schedule(admin, EnforcementSettings.INSPECTIONS_A, "6", today.plusDays(1));
        long before = plans.create(head, year, null);
        assertThat(plans.find(before).orElseThrow().frequencies()).isEqualTo(new GradeFrequencies(4, 2, 1, 0));
        jdbc.sql("DELETE FROM enf_plan WHERE id = :id").param("id", before).update();
        clock.set(LocalDateTime.of(year, 3, 3, 9, 0));
        long after = plans.create(head, year, null);
        assertThat(plans.find(after).orElseThrow().frequencies()).isEqualTo(new GradeFrequencies(6, 2, 1, 0));
    }

    @Test
    @DisplayName("CASE-10 frequencies change only while the plan is editable, within 0 to 52 (53 and -1 refused, nothing changed)")
    void frequenciesGate() throws Exception {
        long id = plans.create(head, inYear(), null);
        plans.changeFrequencies(head, id, new GradeFrequencies(52, 3, 0, 0));
        assertThat(plans.find(id).orElseThrow().frequencies()).isEqualTo(new GradeFrequencies(52, 3, 0, 0));
        assertThatThrownBy(() -> plans.changeFrequencies(head, id, new GradeFrequencies(53, 3, 0, -1)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("A 级").hasMessageContaining("D 级")
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("PLAN-FREQUENCY");
        assertThat(plans.find(id).orElseThrow().frequencies()).isEqualTo(new GradeFrequencies(52, 3, 0, 0));

        // the page: both bad fields at once, inline, 400, nothing saved
        mvc.perform(post("/plans/{id}/frequencies", id).param("a", "x").param("b", "").param("c", "1").param("d", "0")
                        .with(TestActors.as(web)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("须为整数")))
                .andExpect(content().string(containsString("请填写此项")));
        mvc.perform(post("/plans/{id}/frequencies", id).param("a", "99").param("b", "2").param("c", "1").param("d", "0")
                        .with(TestActors.as(web)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("0 到 52")));
        // the API
        mvc.perform(put("/api/v1/plans/{id}/frequencies", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"a\":5,\"b\":2,\"c\":1}").with(TestActors.as(web)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("PLAN-FREQUENCY"));
        mvc.perform(put("/api/v1/plans/{id}/frequencies", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"a\":5,\"b\":2,\"c\":1,\"d\":0}").with(TestActors.as(web)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.a").value(5));
        assertThat(plans.find(id).orElseThrow().frequencies()).isEqualTo(new GradeFrequencies(5, 2, 1, 0));

        // once submitted the plan's frequencies are fixed
        plans.addItem(head, id, new InspectionPlans.NewItem(TargetKind.INDUSTRY, null, Industry.COAL_MINE, null, "检查", "Q1", "股", 1));
        plans.submit(head, id);
        assertThatThrownBy(() -> plans.changeFrequencies(head, id, new GradeFrequencies(4, 2, 1, 0)))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).code()).isEqualTo("PLAN-NOT-EDITABLE");
        assertThat(plans.find(id).orElseThrow().frequencies()).isEqualTo(new GradeFrequencies(5, 2, 1, 0));
    }

    @Test
    @DisplayName("CASE-10 an A-grade enterprise planned 3 times is below a frequency of 4, planned 4 times it is not; inspections opened that year count as actual")
    void coverageBoundary() {
        int year = inYear();
        long id = plans.create(head, year, null);
        String three = "分级覆盖甲煤业" + year;
        String four = "分级覆盖乙煤业" + year;
        String low = "分级覆盖丙商贸" + year;
        long e3 = enterprise(three, RiskGrade.A);
        long e4 = enterprise(four, RiskGrade.A);
        long d = enterprise(low, RiskGrade.D);
        item(id, e3, 3);
        item(id, e4, 2);
        item(id, e4, 2);
        inspect(e4, CaseKind.INSPECTION);
        inspect(e4, CaseKind.PENALTY);        // not an inspection
        clock.set(LocalDateTime.of(year - 1, 12, 31, 15, 0));
        inspect(e4, CaseKind.INSPECTION);     // the year before (Beijing time)
        clock.set(LocalDateTime.of(year, 3, 2, 10, 0));

        PlanCoverage.Row r3 = row(id, three);
        PlanCoverage.Row r4 = row(id, four);
        assertThat(r3.required()).isEqualTo(4);
        assertThat(r3.planned()).isEqualTo(3);
        assertThat(r3.plannedShort()).isTrue();
        assertThat(r4.planned()).isEqualTo(4);
        assertThat(r4.plannedShort()).isFalse();
        assertThat(r4.actual()).isEqualTo(1);
        assertThat(r4.actualShort()).isTrue();
        assertThat(row(id, low).required()).isZero();
        assertThat(row(id, low).plannedShort()).isFalse();

        PlanViews.Plan plan = plans.find(id).orElseThrow();
        List<String> plannedShort = coverage.page(plan, new PlanCoverage.Filter(RiskGrade.A, PlanCoverage.Shortfall.PLANNED,
                "分级覆盖", null), 0, 20).rows().stream().map(PlanCoverage.Row::name).toList();
        assertThat(plannedShort).contains(three).doesNotContain(four, low);
        // lowering A to 3 in the draft moves the boundary with it
        plans.changeFrequencies(head, id, new GradeFrequencies(3, 2, 1, 0));
        assertThat(row(id, three).plannedShort()).isFalse();
        assertThat(d).isPositive();
    }

    @Test
    @DisplayName("CASE-10 the coverage page, API and Excel export list the shortfalls; bad filters are 400s; another county's plan is 404")
    void coverageWeb() throws Exception {
        int year = inYear();
        long id = plans.create(head, year, null);
        String name = "=分级覆盖导出煤业" + year;
        long e = enterprise(name, RiskGrade.B);
        item(id, e, 1);
        mvc.perform(get("/plans/{id}/coverage", id).param("shortfall", "PLANNED").param("q", "分级覆盖导出").with(TestActors.as(web)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("分级覆盖导出煤业")))
                .andExpect(content().string(containsString("计划安排不足")))
                .andExpect(content().string(not(containsString("PLANNED\">"))));
        mvc.perform(get("/plans/{id}/coverage", id).param("grade", "Z").with(TestActors.as(web)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("风险等级")));
        mvc.perform(get("/api/v1/plans/{id}/coverage", id).param("q", "分级覆盖导出").with(TestActors.as(web)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].planned").value(1))
                .andExpect(jsonPath("$.items[0].required").value(2)).andExpect(jsonPath("$.summary.length()").value(4));
        mvc.perform(get("/api/v1/plans/{id}/coverage", id).param("sort", "WRONG").with(TestActors.as(web)))
                .andExpect(status().isBadRequest());
        // the list kit: the old enum values are a 400, sortable headers and page size keep the filters
        mvc.perform(get("/plans/{id}/coverage", id).param("sort", "PLANNED_GAP").with(TestActors.as(web)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("计划缺口")));
        mvc.perform(get("/plans/{id}/coverage", id).param("q", "分级覆盖导出").param("sort", "plannedGap,desc").param("size", "100")
                        .with(TestActors.as(web)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("分级覆盖导出煤业")))
                .andExpect(content().string(containsString("coverage/export?q=%E5%88%86%E7%BA%A7%E8%A6%86%E7%9B%96%E5%AF%BC%E5%87%BA&amp;sort=plannedGap,desc")));
        mvc.perform(get("/plans/{id}/coverage/export", id).param("sort", "nope").with(TestActors.as(web)))
                .andExpect(status().isBadRequest());

        var started = mvc.perform(get("/plans/{id}/coverage/export", id).param("q", "分级覆盖导出").with(TestActors.as(web)))
                .andExpect(request().asyncStarted()).andReturn();
        byte[] xlsx = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        List<java.util.Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).sheet(0).headRowNumber(1).doReadSync();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(0)).isEqualTo("'" + name);   // a leading = never becomes a formula
        assertThat(rows.get(0).get(7)).isEqualTo("是");

        Actor sc = users.actor("sc_unithead").orElseThrow();
        long other = plans.create(sc, year, null);
        mvc.perform(get("/plans/{id}/coverage", other).with(TestActors.as(web))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans/{id}/coverage", other).with(TestActors.as(web))).andExpect(status().isNotFound());
    }
}
