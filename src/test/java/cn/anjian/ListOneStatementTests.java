package cn.anjian;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.anjian.TestActors.TestActor;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.internal.DeadlineQueries;
import cn.anjian.kernel.ListCount;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.personnel.OfficerRow;
import cn.anjian.personnel.PageResult;
import cn.anjian.personnel.officers.OfficerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 20 item 7: a list's page and its count in one statement ({@link ListCount#page}) give the rows, the page number
 * and the total that counting first gave: pages inside the list, an empty list, a page past the end (clamped to the last
 * page where the list clamped, kept and empty where it did not), exact and capped counts.
 */
@IntegrationTest
class ListOneStatementTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeadlineQueries deadlines;
    @Autowired
    OfficerService officers;

    String path = "/1/9" + (800_000 + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 90_000)) + "/";

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM cal_deadline WHERE scope_path LIKE :p").param("p", path + "%").update();
    }

    private void deadlines(int n) {
        jdbc.sql("""
                INSERT INTO cal_deadline (version, subject_type, subject_id, rule_id, owner_unit_id, jurisdiction_id, scope_path,
                    period_kind, period_amount, start_at, due_date, due_at, state, created_at, title)
                SELECT 0, 'case', g::text, 'CASE-03', NULL, 1, :p, 'CALENDAR_DAYS', 10, timestamptz '2026-01-01 08:00+08',
                       DATE '2026-02-01' + (g % 7), timestamptz '2026-02-02 00:00+08' + (g % 7) * interval '1 day',
                       (ARRAY['OPEN', 'OVERDUE'])[1 + g % 2], now(), '期限' || g
                FROM generate_series(1, :n) g""").param("p", path).param("n", n).update();
    }

    private List<Long> reference(ListSort.Sort sort, int page) {
        return jdbc.sql("SELECT id FROM cal_deadline WHERE scope_path LIKE :p AND state IN ('OPEN', 'OVERDUE')" + sort.orderBy()
                + " LIMIT 20 OFFSET :o").params(Map.of("p", path + "%", "o", page * 20)).query(Long.class).list();
    }

    private DeadlineQueries.Page page(int page, ListCount count) {
        return deadlines.list(TestActors.actor("onestmt" + path.hashCode(), 1, path, "deadline:read", "deadline:read-scope"),
                new DeadlineQueries.Filter(List.of(), null, null, null, null, null, null, null), page, 20, count);
    }

    @Test
    @DisplayName("Issue 20: one statement for page and count: same rows, page and total, a page past the end clamped as before")
    void deadlinesPastTheEnd() {
        ListSort.Sort sort = DeadlineQueries.SORT.defaults();
        assertThat(page(0, ListCount.EXACT).items()).isEmpty();
        assertThat(page(3, ListCount.EXACT).page()).isZero();
        assertThat(page(3, ListCount.CAPPED).total()).isZero();
        deadlines(47);
        for (ListCount count : ListCount.values()) {
            for (int p = 0; p < 3; p++) {
                DeadlineQueries.Page result = page(p, count);
                assertThat(result.items()).extracting(DeadlineView::id).extracting(id -> id.value()).containsExactlyElementsOf(reference(sort, p));
                assertThat(result.page()).isEqualTo(p);
                assertThat(result.total()).isEqualTo(47);
            }
            DeadlineQueries.Page past = page(9, count);   // as PageSlice.of: the last page, its rows
            assertThat(past.page()).isEqualTo(2);
            assertThat(past.items()).extracting(DeadlineView::id).extracting(id -> id.value()).containsExactlyElementsOf(reference(sort, 2));
            assertThat(past.total()).isEqualTo(47);
        }
    }

    @Test
    @DisplayName("Issue 20: the officer list's page and count in one statement: same rows and total, a page past the end kept and empty")
    void officers() {
        TestActor province = TestActors.actor("onestmtoff", 1, "/1/", "personnel:read");
        long total = jdbc.sql("SELECT count(*) FROM off_officer WHERE scope_path LIKE '/1/%'").query(Long.class).single();
        for (int p = 0; p < 2; p++) {
            PageResult<OfficerRow> r = officers.list(province, null, p, 20);
            List<Long> expected = jdbc.sql("SELECT o.person_id FROM off_officer o WHERE o.scope_path LIKE '/1/%'"
                    + " ORDER BY o.name ASC NULLS LAST, o.person_id ASC LIMIT 20 OFFSET :o").param("o", p * 20).query(Long.class).list();
            assertThat(r.items()).extracting(OfficerRow::personId).containsExactlyElementsOf(expected);
            assertThat(r.total()).isEqualTo(total);
            assertThat(r.page()).isEqualTo(p);
        }
        int past = (int) (total / 20) + 5;
        PageResult<OfficerRow> r = officers.list(province, null, past, 20);
        assertThat(r.items()).isEmpty();
        assertThat(r.page()).isEqualTo(past);
        assertThat(r.total()).isEqualTo(total);
        assertThat(new PageSlice(past, 20).window()).isEqualTo(" LIMIT 20 OFFSET " + past * 20L);
    }
}
