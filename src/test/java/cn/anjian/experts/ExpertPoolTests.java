package cn.anjian.experts;

import java.util.List;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.experts.pool.ExpertLevel;
import cn.anjian.experts.pool.ExpertRegistry;
import cn.anjian.experts.pool.NewExpert;
import cn.anjian.experts.pool.PoolQueries;
import cn.anjian.experts.pool.Pools;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCardNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** EXP-01 / EXP-02: structure, cap, leaders, shortfall, roster scope and masking, the demo pool. */
@IntegrationTest
class ExpertPoolTests {

    static final String[] PERMS = {"expert:read", "expert:manage", "expert:draw", "enterprise:read"};

    @Autowired MockMvc mvc;
    @Autowired ExpertRegistry registry;
    @Autowired PoolQueries queries;
    @Autowired Pools pools;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;

    /** An actor of the emergency-management agency of that division. */
    TestActor actor(String code, String... perms) {
        Jurisdiction j = jurisdictions.findByCode(code).orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow();
        return new TestActor(880_000 + j.id(), "exp_" + code, "测试" + code, a.id(), a.name(), null, j.id(),
                new Scope(j.path()), Set.of(perms));
    }

    static NewExpert expert(int n, String field, String sub) {
        return new NewExpert("测试专家" + n, IdCardNumber.complete("14092719800101" + String.format("%03d", n % 1000)).value(),
                "13900001111", "高级工程师", ExpertLevel.SENIOR, "某研究院", null, field, List.of(sub), null, null);
    }

    @AfterEach
    void clean() {
        Agency sc = agencies.findAgency(jurisdictions.findByCode("140927").orElseThrow().id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow();
        jdbc.sql("DELETE FROM exp_field_leader WHERE agency_id = :a").param("a", sc.id()).update();
        jdbc.sql("DELETE FROM exp_expert_sub WHERE expert_id IN (SELECT id FROM exp_expert WHERE agency_id = :a)").param("a", sc.id()).update();
        jdbc.sql("DELETE FROM exp_expert WHERE agency_id = :a").param("a", sc.id()).update();
    }

    long active(long agencyId) {
        return jdbc.sql("SELECT count(*) FROM exp_expert WHERE agency_id = :a AND status = 'ACTIVE'").param("a", agencyId)
                .query(Long.class).single();
    }

    @Test
    @DisplayName("EXP-02 the 250th active expert of a county pool is admitted, the 251st refused with nothing stored; a suspended one frees a place")
    void cap() {
        TestActor sc = actor("140927", PERMS);
        jdbc.sql("""
                INSERT INTO exp_expert (version, agency_id, scope_path, name, id_card, phone, title, level, employer_name,
                                        field_code, status, created_at, created_by)
                SELECT 0, :a, :p, '批量专家' || g, lpad(g::text, 18, '0'), '13900000000', '工程师', 'SENIOR', '某单位',
                       'COAL', 'ACTIVE', now(), 'test'
                FROM generate_series(1, 249) g""").param("a", sc.agencyId()).param("p", sc.scope().path()).update();
        long the250th = registry.admit(sc, expert(250, "COAL", "COAL_GAS"));
        assertThat(active(sc.agencyId())).isEqualTo(250);
        assertThatThrownBy(() -> registry.admit(sc, expert(251, "COAL", "COAL_GAS")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("EXP-02");
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.RULE);
                    assertThat(e.getMessage()).contains("250");
                });
        assertThat(jdbc.sql("SELECT count(*) FROM exp_expert WHERE agency_id = :a").param("a", sc.agencyId())
                .query(Long.class).single()).isEqualTo(250);
        registry.suspend(sc, the250th);
        long again = registry.admit(sc, expert(252, "COAL", "COAL_GAS"));
        assertThat(again).isPositive();
        assertThatThrownBy(() -> registry.reinstate(sc, the250th)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("EXP-02"));
    }

    @Test
    @DisplayName("EXP-01 one leader and at most two deputies per field; a sub-specialty of another field is refused")
    void leaders() {
        TestActor sc = actor("140927", PERMS);
        long a = registry.admit(sc, expert(1, "LAW", "LW_ADMIN"));
        long b = registry.admit(sc, expert(2, "LAW", "LW_ADMIN"));
        long c = registry.admit(sc, expert(3, "LAW", "LW_ACCIDENT"));
        long d = registry.admit(sc, expert(4, "LAW", "LW_ACCIDENT"));
        registry.appoint(sc, a, true);
        assertThatThrownBy(() -> registry.appoint(sc, b, true)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("EXP-01"));
        registry.appoint(sc, b, false);
        registry.appoint(sc, c, false);
        assertThatThrownBy(() -> registry.appoint(sc, d, false)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.getMessage()).contains("2 名副组长"));
        assertThatThrownBy(() -> registry.admit(sc, expert(5, "LAW", "COAL_GAS"))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("EXP-SUB"));
    }

    @Test
    @DisplayName("EXP-01 GET /api/v1/experts/fields: the ten default fields in order, each with code, name and sub-specialties")
    void fieldsApi() throws Exception {
        mvc.perform(get("/api/v1/experts/fields").with(TestActors.as(actor("140525", "expert:read"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(10))
                .andExpect(jsonPath("$[0].code").value("COAL"))
                .andExpect(jsonPath("$[0].name").value("煤矿"))
                .andExpect(jsonPath("$[0].subSpecialties[0].code").value("COAL_GAS"))
                .andExpect(jsonPath("$[0].subSpecialties[0].name").value("通风与瓦斯防治"))
                .andExpect(jsonPath("$[9].name").value("法律"));
        mvc.perform(get("/api/v1/experts/fields").with(TestActors.as(actor("140525", "case:read"))))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("EXP-02 shortfall: the demo pool's sub-specialties with fewer than 3 active experts, with how many are missing")
    void shortfall() throws Exception {
        TestActor zz = actor("140525", PERMS);
        List<PoolQueries.Shortfall> rows = queries.shortfall(zz, pools.of(zz));
        assertThat(rows).extracting(PoolQueries.Shortfall::subName).containsExactly("地震监测", "救灾物资与安置", "事故调查");
        assertThat(rows).allSatisfy(r -> assertThat(r.experts()).isLessThan(3));
        mvc.perform(get("/experts/shortfall").with(TestActors.as(zz)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("地震监测")));
    }

    @Test
    @DisplayName("ORG-03 / IAM-06 the roster: a county sees its own pool only, ID card and phone masked on the page, API and export")
    void roster() throws Exception {
        TestActor zz = actor("140525", PERMS);
        TestActor sc = actor("140927", PERMS);
        // the 150 demo experts, plus any another test class admitted to this pool in the same database
        assertThat(queries.list(zz, PoolQueries.Filter.none(), PoolQueries.SORT.defaults(), 0, 20).total()).isGreaterThanOrEqualTo(150);
        assertThat(queries.list(sc, PoolQueries.Filter.none(), PoolQueries.SORT.defaults(), 0, 20).total()).isZero();
        mvc.perform(get("/api/v1/experts").param("field", "COAL").param("sort", "name,asc").with(TestActors.as(zz)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].phone").value(org.hamcrest.Matchers.matchesPattern("139\\*{4}\\d{4}")))
                .andExpect(jsonPath("$.items[0].idCard").value(org.hamcrest.Matchers.containsString("**********")));
        mvc.perform(get("/experts").param("level", "nonsense").with(TestActors.as(zz)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("高级专家")));
        mvc.perform(get("/experts/export").param("sub", "COAL_GAS").with(TestActors.as(zz)))
                .andExpect(status().isBadRequest());
        var rows = cn.anjian.ExportDownloads.rows(mvc, get("/experts/export").param("field", "COAL").with(TestActors.as(zz)));
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get(1)).contains("**********");
            assertThat(r.get(2)).matches("139\\*{4}\\d{4}");
            assertThat(r.get(6)).isEqualTo("煤矿");
        });
        mvc.perform(get("/experts").with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(">SENIOR<"))));
    }

    @Test
    @DisplayName("EXP-01 demo: 150 experts across all ten fields, zz_expert linked to one of them, a leader appointed")
    void demo() {
        TestActor zz = actor("140525", PERMS);
        assertThat(jdbc.sql("SELECT count(DISTINCT field_code) FROM exp_expert WHERE agency_id = :a").param("a", zz.agencyId())
                .query(Long.class).single()).isEqualTo(10);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM exp_expert e JOIN iam_user u ON u.id = e.user_id WHERE u.username = 'zz_expert'""")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM exp_dispatch").query(Long.class).single()).isPositive();
    }
}
