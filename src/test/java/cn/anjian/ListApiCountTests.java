package cn.anjian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.anjian.TestActors.TestActor;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.internal.DeadlineQueries;
import cn.anjian.enterprises.EnterpriseFilter;
import cn.anjian.enterprises.EnterprisePage;
import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.kernel.ListCount;
import cn.anjian.kernel.ListSort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 20 item 7: the list APIs count up to {@link ListCount#CAP} (a capped total says so), and the deadline and
 * enterprise lists, which now read a page's ids from an index first, give the same rows in the same order as the one
 * query they replaced (run here as the reference), in every order and on every page.
 */
@IntegrationTest
class ListApiCountTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeadlineQueries deadlines;
    @Autowired
    Enterprises enterprises;
    @Autowired
    MockMvc mvc;

    String path;
    TestActor reader;

    @BeforeEach
    void scope() {
        long n = 900_000 + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 90_000);
        path = "/1/9" + n + "/";
        reader = TestActors.actor("listcount" + n, 1, path, "deadline:read", "deadline:read-scope", "enterprise:read",
                "submission:handle");
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM cal_deadline WHERE scope_path LIKE :p").param("p", path + "%").update();
        jdbc.sql("DELETE FROM ent_enterprise WHERE scope_path LIKE :p").param("p", path + "%").update();
        jdbc.sql("DELETE FROM cmp_submission WHERE scope_path LIKE :p").param("p", path + "%").update();
    }

    /** {@code n} deadlines: live and closed, overdue and not, with equal due dates (the tiebreaker decides). */
    private void deadlines(int n) {
        deadlines(path, n);
    }

    private void deadlines(String under, int n) {
        jdbc.sql("""
                INSERT INTO cal_deadline (version, subject_type, subject_id, rule_id, owner_unit_id, jurisdiction_id, scope_path,
                    period_kind, period_amount, start_at, due_date, due_at, state, created_at, title)
                SELECT 0, 'case', g::text, (ARRAY['CASE-03', 'LR-11', 'SS-05'])[1 + g % 3], NULL, 1,
                       :p || CASE WHEN g % 4 = 0 THEN '77/' ELSE '' END, 'CALENDAR_DAYS', 10,
                       timestamptz '2026-01-01 08:00+08' + (g % 13) * interval '1 day',
                       DATE '2026-02-01' + (g % 7), timestamptz '2026-02-02 00:00+08' + (g % 7) * interval '1 day',
                       (ARRAY['OPEN', 'OVERDUE', 'MET', 'OPEN', 'WAIVED'])[1 + g % 5], now(), '期限' || g
                FROM generate_series(1, :n) g""").param("p", under).param("n", n).update();
    }

    /** The deadline list as one query (before V24_15), the reference for the rows and their order. */
    private List<Long> deadlinesAsOneQuery(ListSort.Sort sort, int page, int size) {
        return deadlinesAsOneQuery(path, sort, page, size);
    }

    private List<Long> deadlinesAsOneQuery(String under, ListSort.Sort sort, int page, int size) {
        return jdbc.sql("SELECT id FROM cal_deadline WHERE scope_path LIKE :p AND state IN ('OPEN', 'OVERDUE')"
                        + sort.orderBy() + " LIMIT :n OFFSET :o")
                .params(Map.of("p", under + "%", "n", size, "o", page * size)).query(Long.class).list();
    }

    @Test
    @DisplayName("Issue 20: a county's deadline list (its scope's index entries first) gives the one query's rows, never a sibling county's")
    void countyDeadlinesSameRowsNoSibling() {
        String county = path + "5/";
        deadlines(county, 120);      // 72 live, a quarter of them in a unit below the county
        deadlines(path + "6/", 120); // the sibling county: same due dates, smaller or larger ids
        TestActor countyReader = TestActors.actor("listcounty" + path.hashCode(), 1, county, "deadline:read", "deadline:read-scope");
        for (String raw : new String[] {null, "urgency,desc", "due", "due,desc", "start", "kind,desc"}) {
            ListSort.Sort sort = DeadlineQueries.SORT.parse(raw);
            for (int page = 0; page < 4; page++) {
                DeadlineQueries.Page p = deadlines.list(countyReader, new DeadlineQueries.Filter(List.of(), null, null, null, null,
                        null, null, sort), page, 20, ListCount.CAPPED);
                assertThat(p.items()).extracting(DeadlineView::id).extracting(id -> id.value()).as("sort %s, page %d", raw, page)
                        .containsExactlyElementsOf(deadlinesAsOneQuery(county, sort, Math.min(page, 3), 20));
                assertThat(p.items()).allSatisfy(d -> assertThat(d.scopePath()).startsWith(county));
                assertThat(p.total()).isEqualTo(72);
            }
        }
    }

    @Test
    @DisplayName("Issue 20: the deadline list gives the rows of the one query it replaced, in every order, on every page")
    void deadlinesSameRowsSameOrder() {
        deadlines(120);   // 72 live
        for (String raw : new String[] {null, "urgency,desc", "due", "due,desc", "start", "start,desc", "kind", "kind,desc"}) {
            ListSort.Sort sort = DeadlineQueries.SORT.parse(raw);
            for (int page = 0; page < 4; page++) {
                DeadlineQueries.Page p = deadlines.list(reader, new DeadlineQueries.Filter(List.of(), null, null, null, null,
                        null, null, sort), page, 20, ListCount.CAPPED);
                assertThat(p.items()).extracting(DeadlineView::id).extracting(id -> id.value())
                        .as("sort %s, page %d", raw, page).containsExactlyElementsOf(deadlinesAsOneQuery(sort, Math.min(page, 3), 20));
                assertThat(p.total()).isEqualTo(72);
                assertThat(p.totalCapped()).isFalse();
            }
        }
    }

    @Test
    @DisplayName("Issue 20: a capped count stops above 1,000 and says so; an exact one counts every row; pages past a capped total are not clamped")
    void cappedCount() throws Exception {
        deadlines(2_000);   // 1,200 live
        DeadlineQueries.Filter all = new DeadlineQueries.Filter(List.of(), null, null, null, null, null, null, null);
        DeadlineQueries.Page exact = deadlines.list(reader, all, 0, 20, ListCount.EXACT);
        assertThat(exact.total()).isEqualTo(1_200);
        assertThat(exact.totalCapped()).isFalse();
        DeadlineQueries.Page capped = deadlines.list(reader, all, 0, 20, ListCount.CAPPED);
        assertThat(capped.total()).isEqualTo(ListCount.CAP);
        assertThat(capped.totalCapped()).isTrue();
        assertThat(capped.items()).extracting(DeadlineView::id).containsExactlyElementsOf(exact.items().stream().map(DeadlineView::id).toList());
        DeadlineQueries.Page deep = deadlines.list(reader, all, 55, 20, ListCount.CAPPED);
        assertThat(deep.page()).isEqualTo(55);
        assertThat(deep.items()).extracting(DeadlineView::id).extracting(id -> id.value())
                .containsExactlyElementsOf(deadlinesAsOneQuery(DeadlineQueries.SORT.defaults(), 55, 20));
        assertThat(ListCount.CAPPED.slice(70, 20, 1_001).page()).isEqualTo(70);
        assertThat(ListCount.EXACT.slice(70, 20, 1_001).page()).isEqualTo(50);

        mvc.perform(get("/api/v1/calendar/deadlines").with(TestActors.as(reader))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(ListCount.CAP)).andExpect(jsonPath("$.totalCapped").value(true))
                .andExpect(jsonPath("$.items.length()").value(20));
        mvc.perform(get("/api/v1/calendar/deadlines?state=MET").with(TestActors.as(reader))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(400)).andExpect(jsonPath("$.totalCapped").value(false));
    }

    @Test
    @DisplayName("Issue 20: the enterprise list gives the rows of the one query it replaced, in every order, on every page")
    void enterprisesSameRowsSameOrder() throws Exception {
        long jurisdiction = jdbc.sql("SELECT min(id) FROM org_jurisdiction").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO ent_enterprise (name, credit_code, kind, industry, jurisdiction_id, scope_path, risk_grade, status,
                                            created_at, updated_at)
                SELECT '排序单位' || (g % 9), NULL, 'CITIZEN', (ARRAY['OTHER', 'FIREWORKS'])[1 + g % 2], :j,
                       :p || CASE WHEN g % 3 = 0 THEN '5/' ELSE '' END, (ARRAY['A', 'B', 'C'])[1 + g % 3],
                       (ARRAY['OPERATING', 'CLOSED'])[1 + g % 2], now(), now()
                FROM generate_series(1, 55) g""").param("j", jurisdiction).param("p", path).update();
        for (String raw : new String[] {null, "name,desc", "riskGrade", "industry,desc", "status", "jurisdiction", "creditCode"}) {
            ListSort.Sort sort = Enterprises.SORT.parse(raw);
            for (int page = 0; page < 4; page++) {
                EnterprisePage p = enterprises.search(reader, EnterpriseFilter.none(), sort, page, 20, ListCount.CAPPED);
                List<Long> expected = new ArrayList<>(jdbc.sql("SELECT e.id FROM ent_enterprise e JOIN org_jurisdiction_view j"
                                + " ON j.id = e.jurisdiction_id WHERE e.scope_path LIKE :p" + sort.orderBy() + " LIMIT 20 OFFSET :o")
                        .param("p", path + "%").param("o", page * 20).query(Long.class).list());
                assertThat(p.items()).extracting(EnterpriseView::id).as("sort %s, page %d", raw, page).containsExactlyElementsOf(expected);
                assertThat(p.total()).isEqualTo(55);
                assertThat(p.totalCapped()).isFalse();
            }
        }
        mvc.perform(get("/api/v1/enterprises").with(TestActors.as(reader))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(55)).andExpect(jsonPath("$.totalCapped").value(false));
    }

    @Test
    @DisplayName("Issue 20: the submission list API gives the rows of the one query it replaced, in every order, on every page")
    void submissionsSameRowsSameOrder() throws Exception {
        long agency = jdbc.sql("SELECT min(id) FROM org_agency").query(Long.class).single();
        long jurisdiction = jdbc.sql("SELECT jurisdiction_id FROM org_agency WHERE id = :a").param("a", agency).query(Long.class).single();
        String tag = path.replaceAll("\\D", "");
        jdbc.sql("""
                INSERT INTO cmp_submission (tracking_code, channel, kind, title, content, enterprise_name, agency_id, jurisdiction_id,
                                            scope_path, status, due_date, submitted_at)
                SELECT 'LC' || :t || g, 'PUBLIC_PORTAL', 'COMPLAINT', '排序事项' || (g % 6), '内容', CASE WHEN g % 4 > 0 THEN '单位' || (g % 5) END,
                       :a, :j, :p || CASE WHEN g % 3 = 0 THEN '5/' ELSE '' END, (ARRAY['SUBMITTED', 'ACCEPTED'])[1 + g % 2],
                       DATE '2026-03-01' + (g % 8), timestamptz '2026-02-01 09:00+08' + (g % 11) * interval '1 day'
                FROM generate_series(1, 47) g""").param("t", tag).param("a", agency).param("j", jurisdiction).param("p", path).update();
        for (String raw : new String[] {null, "received,asc", "submitted", "submitted,desc", "due", "title,desc", "enterprise", "status"}) {
            ListSort.Sort sort = cn.anjian.kernel.ListSort.by("s.id")
                    .keyNotNull("submitted", "", "s.submitted_at").key("due", "", "s.due_date").keyNotNull("title", "", "s.title")
                    .key("enterprise", "", "s.enterprise_name").keyNotNull("status", "", "s.status")
                    .keyNotNull("received", "", "s.id").byDefault("received", false).parse(raw);
            for (int page = 0; page < 3; page++) {
                List<Long> expected = jdbc.sql("SELECT s.id FROM cmp_submission s WHERE s.scope_path LIKE :p" + sort.orderBy()
                        + " LIMIT 20 OFFSET :o").param("p", path + "%").param("o", page * 20).query(Long.class).list();
                String body = mvc.perform(get("/api/v1/complaints/submissions").param("page", String.valueOf(page))
                                .param("sort", raw == null ? "" : raw).with(TestActors.as(reader)))
                        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(47))
                        .andExpect(jsonPath("$.totalCapped").value(false)).andReturn().getResponse().getContentAsString();
                List<Long> ids = new ArrayList<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"id\":(\\d+)").matcher(body);
                while (m.find()) {
                    ids.add(Long.valueOf(m.group(1)));
                }
                assertThat(ids).as("sort %s, page %d", raw, page).containsExactlyElementsOf(expected);
            }
        }
    }
}
