package cn.anjian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import cn.anjian.TestActors.TestActor;
import cn.anjian.enterprises.EnterpriseFilter;
import cn.anjian.enterprises.EnterprisePage;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.kernel.ListCount;
import cn.anjian.personnel.OfficerRow;
import cn.anjian.personnel.PageResult;
import cn.anjian.personnel.officers.OfficerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 20 item 7: the officer and submission lists count an unfiltered scope from the tables of counts their triggers
 * keep (V7_97, V8_35). After inserts of many rows in one statement, moves to another county, updates that move nothing
 * and deletes, every list total equals the count of the rows (exact or capped at 1,000), a filtered list still counts its
 * rows, and the table of counts equals {@code count(*) … LIKE prefix%} for every prefix touched.
 */
@IntegrationTest
class ListScopeCountTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    OfficerService officers;
    @Autowired
    Enterprises enterprises;

    String county;
    String township;
    String sibling;
    String tag;
    int batch;

    @BeforeEach
    void paths() {
        long n = 100_000 + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 800_000);
        tag = String.valueOf(n);
        county = "/1/43/7" + n + "/";
        township = county + "5/";
        sibling = "/1/43/6" + n + "/";
    }

    @AfterEach
    void cleanUp() {
        for (String table : new String[] {"cmp_submission", "off_officer", "per_person", "ent_enterprise"}) {
            for (String p : new String[] {county, sibling}) {   // officers first: a moved officer's person stays in the county
                jdbc.sql("DELETE FROM " + table + " WHERE scope_path LIKE :p").param("p", p + "%").update();
            }
        }
    }

    private long rows(String table, String prefix) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE scope_path LIKE :p").param("p", prefix + "%").query(Long.class).single();
    }

    private long counted(String table, String prefix) {
        return jdbc.sql("SELECT coalesce(sum(n), 0) FROM " + table + "_scope_count WHERE prefix = :p").param("p", prefix)
                .query(Long.class).single();
    }

    private void countsMatch(String table) {
        for (String p : new String[] {"/1/", "/1/43/", county, township, sibling}) {
            assertThat(counted(table, p)).as("%s %s", table, p).isEqualTo(rows(table, p));
        }
    }

    private void submissions(String path, int n, String status) {
        jdbc.sql("""
                INSERT INTO cmp_submission (tracking_code, channel, kind, title, content, agency_id, jurisdiction_id, scope_path,
                                            status, due_date, submitted_at)
                SELECT 'SC' || :t || '-' || g, 'PUBLIC_PORTAL', 'COMPLAINT', '计数' || g, '内容', 1, 1, :p, :st, DATE '2026-03-01',
                       timestamptz '2026-02-01 09:00+08' + g * interval '1 minute'
                FROM generate_series(1, :n) g""").param("t", tag + ++batch).param("p", path).param("n", n).param("st", status).update();
    }

    private void submissionTotal(String path, String status, long total, boolean capped) throws Exception {
        TestActor reader = TestActors.actor("scopecount" + Math.abs(path.hashCode()), 1, path, "submission:handle");
        var req = get("/api/v1/complaints/submissions").with(TestActors.as(reader));
        if (status != null) {
            req = req.param("status", status);
        }
        mvc.perform(req).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(total))
                .andExpect(jsonPath("$.totalCapped").value(capped));
    }

    @Test
    @DisplayName("Issue 20: the submission list's unfiltered total from its table of counts equals the rows, after inserts, moves and deletes")
    void submissions() throws Exception {
        submissions(county, 30, "SUBMITTED");
        submissions(township, 12, "ACCEPTED");
        submissions(sibling, 7, "SUBMITTED");
        countsMatch("cmp_submission");
        submissionTotal(county, null, 42, false);
        submissionTotal(township, null, 12, false);
        submissionTotal(county, "ACCEPTED", 12, false);

        jdbc.sql("UPDATE cmp_submission SET scope_path = :s WHERE id IN (SELECT id FROM cmp_submission WHERE scope_path = :t LIMIT 5)")
                .param("s", sibling).param("t", township).update();
        jdbc.sql("UPDATE cmp_submission SET title = title || '改' WHERE scope_path LIKE :p").param("p", county + "%").update();
        jdbc.sql("DELETE FROM cmp_submission WHERE id IN (SELECT id FROM cmp_submission WHERE scope_path = :c LIMIT 3)")
                .param("c", county).update();
        countsMatch("cmp_submission");
        submissionTotal(county, null, 34, false);
        submissionTotal(township, null, 7, false);
        submissionTotal(sibling, null, 12, false);

        submissions(township, 1_000, "SUBMITTED");
        countsMatch("cmp_submission");
        submissionTotal(county, null, 1_000, true);
        submissionTotal(county, "ACCEPTED", 7, false);
    }

    private void officers(String path, int n) {
        jdbc.sql("""
                INSERT INTO per_person (name, gender, id_card, birth_date, agency_id, jurisdiction_id, scope_path, created_at, updated_at)
                SELECT '计数' || :t || '-' || g, 'MALE', lpad((:t::bigint * 10000 + g)::text, 18, '9'), DATE '1980-01-01', 1, 1, :p, now(), now()
                FROM generate_series(1, :n) g""").param("t", tag + ++batch).param("p", path).param("n", n).update();
        jdbc.sql("""
                INSERT INTO off_officer (person_id, name, agency_id, scope_path, post_status, post_since, created_at)
                SELECT p.id, p.name, 1, p.scope_path, 'ON_POST', DATE '2020-01-01', now() FROM per_person p
                WHERE p.scope_path = :p AND p.name LIKE :batch""").param("p", path).param("batch", "计数" + tag + batch + "-%").update();
    }

    private PageResult<OfficerRow> officerList(String path) {
        return officers.list(TestActors.actor("scopecountoff" + Math.abs(path.hashCode()), 1, path, "personnel:read"), null, 0, 20);
    }

    private void officerApiTotal(String path, long total, boolean capped) throws Exception {
        TestActor reader = TestActors.actor("scopecountapi" + Math.abs(path.hashCode()), 1, path, "personnel:read");
        mvc.perform(get("/api/v1/personnel/officers").with(TestActors.as(reader))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(total)).andExpect(jsonPath("$.totalCapped").value(capped));
    }

    @Test
    @DisplayName("Issue 20: the officer list's unfiltered total (page: exact, API: capped) from its table of counts equals the rows")
    void officers() throws Exception {
        officers(county, 25);
        officers(township, 9);
        officers(sibling, 4);
        countsMatch("off_officer");
        assertThat(officerList(county).total()).isEqualTo(34);
        assertThat(officerList(township).total()).isEqualTo(9);
        officerApiTotal(county, 34, false);

        jdbc.sql("UPDATE off_officer SET scope_path = :s WHERE person_id IN (SELECT person_id FROM off_officer WHERE scope_path = :c LIMIT 6)")
                .param("s", sibling).param("c", county).update();
        jdbc.sql("UPDATE off_officer SET post_since = DATE '2021-01-01' WHERE scope_path LIKE :p").param("p", county + "%").update();
        jdbc.sql("DELETE FROM off_officer WHERE person_id IN (SELECT person_id FROM off_officer WHERE scope_path = :t LIMIT 2)")
                .param("t", township).update();
        countsMatch("off_officer");
        assertThat(officerList(county).total()).isEqualTo(26);
        assertThat(officerList(sibling).total()).isEqualTo(10);
        officerApiTotal(township, 7, false);

        officers(township, 1_000);
        countsMatch("off_officer");
        assertThat(officerList(county).total()).isEqualTo(1_026);
        assertThat(officerList(county).totalCapped()).isFalse();
        officerApiTotal(county, 1_000, true);
        assertThat(officerList("/1/").total()).isEqualTo(rows("off_officer", "/1/"));
    }

    private void enterprises(String path, int n) {
        jdbc.sql("""
                INSERT INTO ent_enterprise (name, credit_code, kind, industry, jurisdiction_id, scope_path, risk_grade, status,
                                            created_at, updated_at)
                SELECT '计数单位' || g, NULL, 'CITIZEN', 'OTHER', 1, :p, 'A', (ARRAY['OPERATING', 'CLOSED'])[1 + g % 2], now(), now()
                FROM generate_series(1, :n) g""").param("p", path).param("n", n).update();
    }

    private EnterprisePage enterpriseList(String path, ListCount count) {
        return enterprises.search(TestActors.actor("scopecountent" + Math.abs(path.hashCode()), 1, path, "enterprise:read"),
                EnterpriseFilter.none(), Enterprises.SORT.defaults(), 0, 20, count);
    }

    @Test
    @DisplayName("Issue 20: the enterprise list's unfiltered total (exact and capped) from its table of counts equals the rows")
    void enterprises() {
        enterprises(county, 21);
        enterprises(township, 8);
        enterprises(sibling, 3);
        countsMatch("ent_enterprise");
        assertThat(enterpriseList(county, ListCount.EXACT).total()).isEqualTo(29);
        assertThat(enterpriseList(township, ListCount.CAPPED).total()).isEqualTo(8);

        jdbc.sql("UPDATE ent_enterprise SET scope_path = :s WHERE id IN (SELECT id FROM ent_enterprise WHERE scope_path = :t LIMIT 5)")
                .param("s", sibling).param("t", township).update();
        jdbc.sql("UPDATE ent_enterprise SET risk_grade = 'B' WHERE scope_path LIKE :p").param("p", county + "%").update();
        jdbc.sql("DELETE FROM ent_enterprise WHERE id IN (SELECT id FROM ent_enterprise WHERE scope_path = :c LIMIT 4)")
                .param("c", county).update();
        countsMatch("ent_enterprise");
        assertThat(enterpriseList(county, ListCount.EXACT).total()).isEqualTo(20);
        assertThat(enterpriseList(sibling, ListCount.CAPPED).total()).isEqualTo(8);

        enterprises(township, 1_000);
        countsMatch("ent_enterprise");
        assertThat(enterpriseList(county, ListCount.EXACT).total()).isEqualTo(1_020);
        EnterprisePage capped = enterpriseList(county, ListCount.CAPPED);
        assertThat(capped.total()).isEqualTo(1_000);
        assertThat(capped.totalCapped()).isTrue();
    }
}
