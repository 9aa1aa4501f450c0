package cn.anjian.experts.draws;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.experts.draws.DrawRule.Candidate;
import cn.anjian.experts.pool.ExpertLevel;
import cn.anjian.experts.pool.ExpertRegistry;
import cn.anjian.experts.pool.ExpertSettings;
import cn.anjian.experts.pool.NewExpert;
import cn.anjian.experts.pool.Pools;
import cn.anjian.kernel.Scope;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draw's in-memory copy of a pool (issue 15, performance): it answers exactly what the SQL it replaced answered,
 * a draw selects what the SQL-fed rule selected, and a change committed just before a draw — through the registry or
 * by plain SQL as another node would — is seen by that draw (the revision of V20_90).
 */
@IntegrationTest
class ExpertDrawCopyTests {

    static final String[] PERMS = {"expert:read", "expert:manage", "expert:draw", "enterprise:read", "enterprise:manage"};
    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired ExpertRegistry registry;
    @Autowired Draws draws;
    @Autowired DrawCopies copies;
    @Autowired Avoidance avoidance;
    @Autowired Pools pools;
    @Autowired Enterprises enterprises;
    @Autowired Settings settings;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager tx;
    @Autowired java.time.Clock clock;

    TestActor gp;
    long target;
    String targetName;
    LocalDate today;
    List<Long> experts = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Jurisdiction j = jurisdictions.findByCode("140581").orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT)
                .orElseGet(() -> agencies.create(j.id(), AgencyKind.EMERGENCY_MANAGEMENT, j.name() + "应急管理局"));
        gp = new TestActor(880_000 + j.id(), "copy_" + j.code(), "测试高平", a.id(), a.name(), null, j.id(), new Scope(j.path()), Set.of(PERMS));
        targetName = "高平抽取测试煤业" + SEQ.incrementAndGet();
        String code = CreditCode.complete("91140581MC" + String.format("%07d", (System.nanoTime() / 1000 + SEQ.get() * 7919L) % 10_000_000)).value();
        target = enterprises.create(gp, new EnterpriseForm(targetName, code, EnterpriseKind.LEGAL_PERSON, Industry.COAL_MINE,
                "高平市测试镇", new BigDecimal("35.8"), new BigDecimal("112.9"), null, RiskGrade.B, EnterpriseStatus.OPERATING)).id();
        today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        // 24 experts: LAW (even) and COAL (odd), two levels, one or two sub-specialties, #12 employed by the target
        for (int i = 0; i < 24; i++) {
            boolean law = i % 2 == 0;
            List<String> subs = law ? (i % 3 == 0 ? List.of("LW_ADMIN", "LW_ACCIDENT") : List.of("LW_ACCIDENT"))
                    : (i % 3 == 0 ? List.of("COAL_GAS") : List.of("COAL_WATER", "COAL_GAS"));
            experts.add(registry.admit(gp, new NewExpert("高平专家" + i, IdCardNumber.complete("14058119700101" + String.format("%03d", i)).value(),
                    "13800005555", "高级工程师", i % 4 == 1 ? ExpertLevel.INTERMEDIATE : ExpertLevel.SENIOR,
                    i == 12 ? targetName : "某研究院", i == 12 ? target : null, law ? "LAW" : "COAL", subs, null, null)));
        }
        registry.suspend(gp, experts.get(20));
        LocalDate windowStart = today.minusMonths(settings.value(ExpertSettings.ROTATION_WINDOW_MONTHS, today));
        // dispatches at the window's and the day's edges, two on one day, one in the future, and a request without a date
        LocalDate[][] on = {{windowStart}, {windowStart.plusDays(1)}, {today}, {today.plusDays(1)}, {today, today},
                {today.minusDays(40), today.minusMonths(20)}, {}, {windowStart.minusDays(1), today.minusDays(3)}};
        for (int i = 0; i < on.length; i++) {
            for (LocalDate d : on[i]) {
                registry.recordDispatch(gp, experts.get(i), null, d, "测试任务");
            }
            registry.recordDispatch(gp, experts.get(i + 8), null, today.minusDays(10L * i), "测试任务");
        }
        jdbc.sql("INSERT INTO exp_dispatch (expert_id, dispatched_on, status, task) VALUES (:e, NULL, 'REQUESTED', '待应答')")
                .param("e", experts.get(6)).update();
        // declared relations at the look-back's edges; #18 has two, kept in order of their start
        int years = settings.value(ExpertSettings.CONFLICT_LOOK_BACK_YEARS, today);
        LocalDate start = today.minusYears(years);
        registry.declareConflict(gp, experts.get(14), target, "从今日起任顾问", today, null);
        registry.declareConflict(gp, experts.get(16), target, "明日起任顾问", today.plusDays(1), null);
        registry.declareConflict(gp, experts.get(18), target, "曾任技术负责人", today.minusYears(10), start);
        registry.declareConflict(gp, experts.get(18), target, "配偶在该单位任职", today.minusYears(1), null);
        registry.declareConflict(gp, experts.get(22), target, "早已结束的评价服务", today.minusYears(10), start.minusDays(1));
    }

    @AfterEach
    void clean() {
        jdbc.sql("DELETE FROM exp_draw WHERE agency_id = :a").param("a", gp.agencyId()).update();
        for (String t : List.of("exp_dispatch", "exp_conflict", "exp_expert_sub")) {
            jdbc.sql("DELETE FROM " + t + " WHERE expert_id IN (SELECT id FROM exp_expert WHERE agency_id = :a)").param("a", gp.agencyId()).update();
        }
        jdbc.sql("DELETE FROM exp_expert WHERE agency_id = :a").param("a", gp.agencyId()).update();
    }

    /** The candidate query the copy replaced (one probe of exp_dispatch per expert), kept as the reference. */
    List<Avoidance.Matched> sqlMatching(String field, String sub, ExpertLevel level, LocalDate windowStart, LocalDate day) {
        return jdbc.sql("""
                        SELECT e.id, e.name, e.employer_enterprise_id, e.person_id, r.dispatches, r.last_dispatched
                        FROM exp_expert e
                        CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE d.dispatched_on > :windowStart) AS dispatches,
                                                   max(d.dispatched_on) AS last_dispatched
                                            FROM exp_dispatch d WHERE d.expert_id = e.id AND d.dispatched_on <= :day) r
                        WHERE e.agency_id = :agency AND e.status = 'ACTIVE' AND e.field_code = :field
                          AND (CAST(:sub AS varchar) IS NULL OR EXISTS (SELECT 1 FROM exp_expert_sub x WHERE x.expert_id = e.id AND x.sub_code = :sub))
                          AND (CAST(:level AS varchar) IS NULL OR e.level = :level)
                        ORDER BY e.id""")
                .param("agency", gp.agencyId()).param("field", field).param("sub", sub).param("level", level == null ? null : level.name())
                .param("windowStart", Draws.sqlDate(windowStart)).param("day", Draws.sqlDate(day))
                .query((rs, n) -> new Avoidance.Matched(rs.getLong("id"), rs.getString("name"), rs.getInt("dispatches"),
                        rs.getObject("last_dispatched", LocalDate.class), rs.getObject("employer_enterprise_id", Long.class),
                        rs.getObject("person_id", Long.class)))
                .list();
    }

    PoolCopy copy() {
        return avoidance.copy(pools.of(gp));
    }

    @Test
    @DisplayName("EXP-07 EXP-08 the pool's copy gives the same candidates, dispatch counts, last dispatches and exclusion reasons as the SQL it replaced, at every edge")
    void sameAsSql() {
        int months = settings.value(ExpertSettings.ROTATION_WINDOW_MONTHS, today);
        int years = settings.value(ExpertSettings.CONFLICT_LOOK_BACK_YEARS, today);
        Avoidance.Target t = avoidance.target(gp, target);
        int compared = 0;
        for (LocalDate day : List.of(today, today.plusDays(1), today.minusDays(3), today.minusMonths(13))) {
            for (String[] fs : new String[][] {{"LAW", null}, {"LAW", "LW_ADMIN"}, {"COAL", "COAL_WATER"}, {"COAL", null}, {"FLOOD", null}}) {
                for (ExpertLevel level : new ExpertLevel[] {null, ExpertLevel.SENIOR, ExpertLevel.INTERMEDIATE}) {
                    List<Avoidance.Matched> sql = sqlMatching(fs[0], fs[1], level, day.minusMonths(months), day);
                    List<Avoidance.Matched> mine = copy().matching(fs[0], fs[1], level, day.minusMonths(months), day);
                    assertThat(mine).as("%s %s %s %s", day, fs[0], fs[1], level).isEqualTo(sql);
                    assertThat(avoidance.reasons(copy(), mine, t, day, years)).isEqualTo(avoidance.reasons(sql, t, day, years));
                    compared += sql.size();
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
        // the edges are really in the data: today's two dispatches count, the window's first day does not, #18's two reasons in order
        Map<Long, Avoidance.Matched> law = new HashMap<>();
        copy().matching("LAW", null, null, today.minusMonths(months), today).forEach(m -> law.put(m.expertId(), m));
        assertThat(law.get(experts.get(4)).dispatches()).isEqualTo(2);
        assertThat(law.get(experts.get(0)).dispatches()).isZero();
        assertThat(law.get(experts.get(0)).lastDispatched()).isEqualTo(today.minusMonths(months));
        assertThat(law.get(experts.get(20))).isNull();
        Map<Long, String> reasons = avoidance.reasons(copy(), List.copyOf(law.values()), t, today, years);
        assertThat(reasons.get(experts.get(12))).isEqualTo("任职单位为任务对象单位：" + targetName);
        assertThat(reasons.get(experts.get(14))).startsWith("申报利害关系：从今日起任顾问");
        assertThat(reasons).doesNotContainKeys(experts.get(16), experts.get(22));
        assertThat(reasons.get(experts.get(18))).startsWith("申报利害关系：曾任技术负责人（").contains("；申报利害关系：配偶在该单位任职（");
    }

    @Test
    @DisplayName("EXP-07 EXP-08 every seed selects what the rule selects from the SQL's candidates, with and without a target; the replay is identical")
    void sameSelection() {
        int months = settings.value(ExpertSettings.ROTATION_WINDOW_MONTHS, today);
        int years = settings.value(ExpertSettings.CONFLICT_LOOK_BACK_YEARS, today);
        for (long seed = 0; seed < 25; seed++) {
            for (Long ent : new Long[] {null, target}) {
                List<Avoidance.Matched> sql = sqlMatching("LAW", null, null, today.minusMonths(months), today);
                Map<Long, String> excluded = avoidance.reasons(sql, ent == null ? null : avoidance.target(gp, ent), today, years);
                List<Candidate> eligible = sql.stream().filter(m -> !excluded.containsKey(m.expertId()))
                        .map(m -> new Candidate(m.expertId(), m.name(), m.dispatches(), m.lastDispatched())).toList();
                List<Long> expected = DrawRule.select(eligible, seed, 4).stream().map(Candidate::expertId).toList();
                DrawView d = draws.draw(gp, new DrawRequest("LAW", null, null, 4, ent, seed));
                assertThat(d.selected()).extracting(DrawView.Pick::expertId).as("seed %d", seed).isEqualTo(expected);
                assertThat(d.excluded()).extracting(DrawView.Exclusion::expertId).containsExactlyInAnyOrderElementsOf(excluded.keySet());
                if (seed % 5 == 0) {
                    assertThat(draws.replay(gp, d.id()).same()).isTrue();
                }
            }
        }
    }

    List<Long> candidates(Long ent) {
        return draws.draw(gp, new DrawRequest("LAW", null, null, 1, ent, 1L)).candidates().stream().map(DrawView.Candidate::expertId).toList();
    }

    @Test
    @DisplayName("EXP-07 EXP-08 a change committed just before a draw is seen by it: by plain SQL as on another node, through the registry, and not when rolled back")
    void revision() {
        long x = experts.get(2);
        assertThat(candidates(null)).contains(x);
        // another node suspends him: no event reaches this node, the revision row does
        jdbc.sql("UPDATE exp_expert SET status = 'SUSPENDED' WHERE id = :id").param("id", x).update();
        assertThat(candidates(null)).doesNotContain(x);
        jdbc.sql("UPDATE exp_expert SET status = 'ACTIVE' WHERE id = :id").param("id", x).update();
        assertThat(candidates(null)).contains(x);
        // a relation declared just now excludes him from the next draw against the target
        registry.declareConflict(gp, x, target, "刚申报的利害关系", today, null);
        assertThat(candidates(target)).doesNotContain(x);
        assertThat(draws.draw(gp, new DrawRequest("LAW", null, null, 1, target, 1L)).excluded())
                .filteredOn(e -> e.expertId() == x).singleElement().satisfies(e -> assertThat(e.reason()).contains("刚申报的利害关系"));
        // the relation ended long ago (changed by SQL): no longer excluded
        jdbc.sql("UPDATE exp_conflict SET from_date = :f, to_date = :t WHERE expert_id = :id AND relation = '刚申报的利害关系'")
                .param("f", Draws.sqlDate(today.minusYears(20))).param("t", Draws.sqlDate(today.minusYears(19))).param("id", x).update();
        assertThat(candidates(target)).contains(x);
        // a dispatch recorded just now counts for rotation in the next draw
        int before = dispatches(x);
        registry.recordDispatch(gp, x, null, today, "刚完成的任务");
        assertThat(dispatches(x)).isEqualTo(before + 1);
        // a change inside a transaction is seen by a draw in it, and forgotten with its rollback
        TransactionTemplate t = new TransactionTemplate(tx);
        t.executeWithoutResult(s -> {
            jdbc.sql("UPDATE exp_expert SET status = 'SUSPENDED' WHERE id = :id").param("id", x).update();
            assertThat(candidates(null)).doesNotContain(x);
            s.setRollbackOnly();
        });
        assertThat(candidates(null)).contains(x);
        // a column the draw does not read does not move the revision
        long r = copies.revision();
        jdbc.sql("UPDATE exp_expert SET phone = '13800006666' WHERE id = :id").param("id", x).update();
        jdbc.sql("UPDATE exp_dispatch SET task = '改过的任务' WHERE expert_id = :id").param("id", x).update();
        assertThat(copies.revision()).isEqualTo(r);
        jdbc.sql("UPDATE exp_expert SET name = '高平专家改名' WHERE id = :id").param("id", x).update();
        assertThat(copies.revision()).isNotEqualTo(r);
        assertThat(draws.draw(gp, new DrawRequest("LAW", null, null, 1, null, 1L)).candidates())
                .filteredOn(c -> c.expertId() == x).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("高平专家改名"));
    }

    private int dispatches(long expertId) {
        return draws.draw(gp, new DrawRequest("LAW", null, null, 1, null, 1L)).candidates().stream()
                .filter(c -> c.expertId() == expertId).findFirst().orElseThrow().dispatches();
    }
}
