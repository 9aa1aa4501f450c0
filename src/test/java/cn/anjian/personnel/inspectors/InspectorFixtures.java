package cn.anjian.personnel.inspectors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import cn.anjian.TestActors.TestActor;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.Education;
import cn.anjian.personnel.TitleLevel;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test helpers on the demo organisation (泽州县, 晋城市, 山西省, 神池县). Tests share one database: each adds its own rows. */
final class InspectorFixtures {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 100_000_000L);

    private InspectorFixtures() {
    }

    static Agency em(Jurisdictions jurisdictions, Agencies agencies, String code) {
        Jurisdiction j = jurisdictions.findByCode(code).orElseThrow();
        return agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT)
                .orElseGet(() -> agencies.create(j.id(), AgencyKind.EMERGENCY_MANAGEMENT, j.name() + "应急管理部门"));
    }

    /** A staff member of the emergency-management agency of a division, with personnel:read and inspector:manage. */
    static TestActor manager(Jurisdictions jurisdictions, Agencies agencies, String code) {
        Agency a = em(jurisdictions, agencies, code);
        Jurisdiction j = jurisdictions.get(a.jurisdictionId());
        return new TestActor(9000 + Math.abs(code.hashCode() % 900), "ti-" + code, "测试" + code, a.id(), a.name(), null,
                j.id(), j.scope(), Set.of("personnel:read", "personnel:manage", "inspector:manage", "workflow:inbox"));
    }

    static TestActor reader(Jurisdictions jurisdictions, Agencies agencies, String code) {
        Agency a = em(jurisdictions, agencies, code);
        Jurisdiction j = jurisdictions.get(a.jurisdictionId());
        return new TestActor(9900 + Math.abs(code.hashCode() % 90), "tr-" + code, "只读" + code, a.id(), a.name(), null,
                j.id(), j.scope(), Set.of("personnel:read"));
    }

    /** A person record (until the People API: plain SQL on per_person). */
    static long person(JdbcClient jdbc, Agency agency, String name) {
        String card = String.format("140525%012d", SEQ.incrementAndGet() % 1_000_000_000_000L);
        return jdbc.sql("""
                INSERT INTO per_person (name, gender, id_card, birth_date, agency_id, jurisdiction_id, scope_path, created_at, updated_at)
                VALUES (:n, 'MALE', :c, :b, :a, :j, :s, :t, :t) RETURNING id""")
                .param("n", name).param("c", card).param("b", LocalDate.of(1985, 5, 5)).param("a", agency.id())
                .param("j", agency.jurisdictionId()).param("s", agency.scopePath()).param("t", OffsetDateTime.now())
                .query(Long.class).single();
    }

    /** A valid (GB 11643) ID card number, different on every call. */
    static String idCard() {
        long n = SEQ.incrementAndGet();
        String birth = LocalDate.of(1960, 1, 1).plusDays(n % 12000).toString().replace("-", "");
        return InspectorDemoData.card("140525" + birth + String.format("%03d", (n / 12000) % 1000));
    }

    static PlanContent plan(HiringMethod method, String weight) {
        return new PlanContent("测试聘用计划", 2026, 2, 2, EnumSet.of(Specialty.COAL_MINE, Specialty.NON_COAL_MINE), method, 36,
                "岗前培训 32 学时，省厅考核", "县级财政保障", weight == null ? null : new BigDecimal(weight), "煤矿多、风险高", 300,
                "煤矿、非煤矿山", "专业性强", "执法人员专业背景不足");
    }

    /** Approves a plan the way the workflow's completion does (the chain itself is tested with the workflow). */
    static void approve(HiringPlans plans, JdbcClient jdbc, long planId) {
        jdbc.sql("UPDATE ti_hiring_plan SET status = 'SUBMITTED' WHERE id = :id").param("id", planId).update();
        plans.completed(planId, true);
    }

    /** TI-01: an approved plan of the actor's department with {@code places} part-time places. */
    static long partTimePlan(HiringPlans plans, JdbcClient jdbc, cn.anjian.kernel.Actor actor, int places) {
        PlanContent c = plan(HiringMethod.EXAM, "0.60");
        long id = plans.draft(actor, new PlanContent(c.title(), c.year(), c.fullTimeCount(), places, c.specialties(),
                c.hiringMethod(), c.termMonths(), c.trainingAssessment(), c.funding(), c.writtenWeight(), c.riskProfile(),
                c.enterpriseCount(), c.keyEnterpriseTypes(), c.difficulty(), c.capacity())).id();
        approve(plans, jdbc, id);
        return id;
    }

    static Application qualified() {
        return new Application(Education.BACHELOR, true, TitleLevel.NONE, false, null, false, false, 5, false, true, true, true);
    }
}
