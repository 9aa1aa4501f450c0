package cn.anjian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.anjian.TestActors.TestActor;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 20 item 7: {@code GET /api/v1/recordings}, the records of the cases in scope as {@code /recordings} lists them:
 * another jurisdiction's records, destroyed ones and classified ones without the clearance (REC-12) are not listed; the
 * keyset pages (newest first) and the sorted pages give exactly the rows of the reference query, in its order.
 */
@IntegrationTest
class RecordListApiTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    String path;
    String other;
    TestActor reader;

    @BeforeEach
    void records() {
        long n = 900_000 + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 90_000);
        path = "/1/8" + n + "/3/";   // a county: its default order merges a walk per scope path
        other = "/1/7" + n + "/";
        reader = TestActors.actor("reclist" + n, 1, path, "record:read");
        // 70 records in scope (a quarter in a sub-jurisdiction), every 10th classified, every 15th destroyed, every 7th a gap;
        // 30 of another jurisdiction
        jdbc.sql("""
                INSERT INTO rec_record (case_id, scope_path, stage, category, kind, title, classification, gap_seconds,
                                        destroyed_at, created_at, created_by)
                SELECT 1000 + g % 9, CASE WHEN g > 70 THEN :o WHEN g % 4 = 0 THEN :p || '5/' ELSE :p END, 'INVESTIGATION',
                       CASE WHEN g % 2 = 0 THEN 'AV' ELSE 'TEXT' END, CASE WHEN g % 2 = 0 THEN 'VIDEO' ELSE 'INVESTIGATION_DOCUMENT' END,
                       '记录' || (g % 11), CASE WHEN g % 10 = 0 THEN 'STATE_SECRET' ELSE 'NONE' END,
                       CASE WHEN g % 7 = 0 THEN 12 END, CASE WHEN g % 15 = 0 THEN now() END,
                       timestamptz '2026-03-01 08:00+08' + (g % 13) * interval '1 hour', 'test'
                FROM generate_series(1, 100) g""").param("p", path).param("o", other).update();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM rec_record WHERE scope_path LIKE :p OR scope_path LIKE :o")
                .param("p", path + "%").param("o", other + "%").update();
    }

    /** The reference: every visible record of the scope in the order. */
    private List<Long> reference(String extra, String order) {
        return reference(path, extra, order);
    }

    private List<Long> reference(String scope, String extra, String order) {
        return jdbc.sql("SELECT id FROM rec_record WHERE scope_path LIKE :p AND classification = 'NONE' AND destroyed_at IS NULL"
                + extra + " ORDER BY " + order).param("p", scope + "%").query(Long.class).list();
    }

    private List<Long> walk(String query) throws Exception {
        List<Long> ids = new ArrayList<>();
        String next = "";
        boolean keyset = !query.contains("sort=");
        for (int i = 0; next != null && i < 20; i++) {
            String url = "/api/v1/recordings?size=20" + query + (next.isEmpty() ? "" : (keyset ? "&after=" : "&page=") + next);
            String body = mvc.perform(get(url).with(TestActors.as(reader))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            List<Number> page = JsonPath.read(body, "$.items[*].id");
            page.forEach(x -> ids.add(x.longValue()));
            next = JsonPath.read(body, "$.next");
        }
        return ids;
    }

    @Test
    @DisplayName("REC-12 issue 20: the record list API lists the scope's records only, classified ones left out, on keyset pages newest first")
    void keysetPages() throws Exception {
        List<Long> expected = reference("", "id DESC");
        assertThat(expected).hasSize(61);   // 70 in scope, minus 7 classified and 4 destroyed (2 are both)
        assertThat(walk("")).containsExactlyElementsOf(expected);
        assertThat(walk("&gaps=true")).containsExactlyElementsOf(reference(" AND gap_seconds IS NOT NULL", "id DESC"));
        assertThat(walk("&kind=VIDEO")).containsExactlyElementsOf(reference(" AND kind = 'VIDEO'", "id DESC"));
        List<Long> others = jdbc.sql("SELECT id FROM rec_record WHERE scope_path LIKE :o").param("o", other + "%")
                .query(Long.class).list();
        assertThat(others).hasSize(30).doesNotContainAnyElementsOf(walk(""));
        // the city above it walks the primary key: the same rows
        String city = path.substring(0, path.length() - 2);
        reader = TestActors.actor(reader.username() + "city", 1, city, "record:read");
        assertThat(walk("")).containsExactlyElementsOf(reference(city, "", "id DESC")).containsAll(expected);
    }

    @Test
    @DisplayName("Issue 20: the record list API's sorted pages give the rows of the reference query in its order")
    void sortedPages() throws Exception {
        assertThat(walk("&sort=title")).containsExactlyElementsOf(reference("", "title ASC, id ASC"));
        assertThat(walk("&sort=time,desc")).containsExactlyElementsOf(reference("", "coalesce(captured_start, created_at) DESC, id DESC"));
        mvc.perform(get("/api/v1/recordings?sort=nope").with(TestActors.as(reader))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/recordings?kind=NOPE").with(TestActors.as(reader))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/recordings?after=x").with(TestActors.as(reader))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/recordings?size=7").with(TestActors.as(reader))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/recordings").with(TestActors.as(TestActors.actor("reclistnone", 1, path, "case:read"))))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("REC-12 issue 20: a reader cleared for state secrets sees the classified records of his scope too")
    void cleared() throws Exception {
        reader = TestActors.actor(reader.username() + "c", 1, path, "record:read", "record:clearance-state-secret");
        List<Long> expected = jdbc.sql("SELECT id FROM rec_record WHERE scope_path LIKE :p AND destroyed_at IS NULL ORDER BY id DESC")
                .param("p", path + "%").query(Long.class).list();
        assertThat(walk("")).containsExactlyElementsOf(expected).hasSize(66);
    }
}
