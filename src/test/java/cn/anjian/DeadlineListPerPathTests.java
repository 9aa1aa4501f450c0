package cn.anjian;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.anjian.TestActors.TestActor;
import cn.anjian.calendar.DeadlineKind;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.internal.DeadlineQueries;
import cn.anjian.calendar.internal.DeadlineQueries.Filter;
import cn.anjian.kernel.ListCount;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 20 item 7: a county's deadline list in its default order reads its page per scope path (V24_12). For every scope
 * level (city, county, township; the sibling county has the same due dates), every filter, every order and every page —
 * small pages, so many page boundaries fall inside runs of equal due times — the list gives the rows, the order and the
 * total of the one query it replaced, run here as the reference.
 */
@IntegrationTest
class DeadlineListPerPathTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeadlineQueries deadlines;

    String city;

    @BeforeEach
    void data() {
        city = "/1/9" + (800_000 + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 90_000)) + "/";
        insert(city + "5/", 150);   // the county: on its own path and two townships' (77/, 78/)
        insert(city + "6/", 150);   // its sibling: the same due dates and states
        insert(city, 40);           // the city's own
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM cal_deadline WHERE scope_path LIKE :p").param("p", city + "%").update();
    }

    /** Live and closed, overdue and not; 7 due times for 150 rows (ties the id decides); a third owned by user 1500. */
    private void insert(String under, int n) {
        jdbc.sql("""
                INSERT INTO cal_deadline (version, subject_type, subject_id, rule_id, owner_user_id, owner_unit_id, jurisdiction_id,
                    scope_path, period_kind, period_amount, start_at, due_date, due_at, state, created_at, title)
                SELECT 0, 'case', g::text, (ARRAY['CASE-03', 'LR-11', 'SS-05', 'XX-99'])[1 + g % 4],
                       CASE WHEN g % 3 = 0 THEN 1500 END, CASE WHEN g % 2 = 0 THEN 7 END, 1 + g % 2,
                       :p || (ARRAY['', '', '77/', '78/'])[1 + (g / 5) % 4], 'CALENDAR_DAYS', 10,
                       timestamptz '2026-01-01 08:00+08' + (g % 13) * interval '1 day',
                       DATE '2026-02-01' + (g % 7), timestamptz '2026-02-02 00:00+08' + (g % 7) * interval '1 day',
                       (ARRAY['OPEN', 'OVERDUE', 'MET', 'OPEN', 'WAIVED', 'OVERDUE'])[1 + g % 6], now(), '期限' || g
                FROM generate_series(1, :n) g""").param("p", under).param("n", n).update();
    }

    private record Case(String name, Filter filter, String condition) {
    }

    private static Filter filter(List<DeadlineState> states, String rule, DeadlineKind kind, Long unit, Long jurisdiction,
                                 LocalDate from, LocalDate to) {
        return new Filter(states, rule, kind, unit, jurisdiction, from, to, null);
    }

    private static final String LIVE = " AND state IN ('OPEN', 'OVERDUE')";

    private static final List<Case> CASES = List.of(
            new Case("unfiltered", filter(List.of(), null, null, null, null, null, null), LIVE),
            new Case("overdue", filter(List.of(DeadlineState.OVERDUE), null, null, null, null, null, null), " AND state = 'OVERDUE'"),
            new Case("open", filter(List.of(DeadlineState.OPEN), null, null, null, null, null, null), " AND state = 'OPEN'"),
            new Case("both live", filter(List.of(DeadlineState.OVERDUE, DeadlineState.OPEN), null, null, null, null, null, null), LIVE),
            new Case("met", filter(List.of(DeadlineState.MET), null, null, null, null, null, null), " AND state = 'MET'"),
            new Case("open or waived", filter(List.of(DeadlineState.OPEN, DeadlineState.WAIVED), null, null, null, null, null, null),
                    " AND state IN ('OPEN', 'WAIVED')"),
            new Case("rule", filter(List.of(), "LR-11", null, null, null, null, null), LIVE + " AND rule_id = 'LR-11'"),
            new Case("kind", filter(List.of(), null, DeadlineKind.SUPERVISOR_ANSWER, null, null, null, null), LIVE + " AND rule_id = 'SS-05'"),
            new Case("kind other", filter(List.of(), null, DeadlineKind.OTHER, null, null, null, null), LIVE + " AND rule_id = 'XX-99'"),
            new Case("unit", filter(List.of(), null, null, 7L, null, null, null), LIVE + " AND owner_unit_id = 7"),
            new Case("jurisdiction", filter(List.of(), null, null, null, 2L, null, null), LIVE + " AND jurisdiction_id = 2"),
            new Case("due range", filter(List.of(), null, null, null, null, LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 5)),
                    LIVE + " AND due_date BETWEEN DATE '2026-02-03' AND DATE '2026-02-05'"));

    private static final String[] SORTS = {null, "urgency,desc", "due", "due,desc", "start", "start,desc", "kind", "kind,desc"};

    @Test
    @DisplayName("Issue 20: at every scope level, with every filter and order, every page equals the one query's rows, order and total")
    void sameRowsOrderAndTotal() {
        List<String> scopes = List.of(city, city + "5/", city + "5/77/");
        for (String scope : scopes) {
            TestActor reader = TestActors.actor("perpath" + scope.hashCode(), 1, scope, "deadline:read", "deadline:read-scope");
            TestActor owner = new TestActor(1500, "perpathown", "perpathown", 1, "测试机构", null, 1, new Scope(scope),
                    Set.of("deadline:read"));
            for (Case c : CASES) {
                for (String raw : SORTS) {
                    ListSort.Sort sort = DeadlineQueries.SORT.parse(raw);
                    Filter f = new Filter(c.filter().states(), c.filter().ruleId(), c.filter().kind(), c.filter().unitId(),
                            c.filter().jurisdictionId(), c.filter().dueFrom(), c.filter().dueTo(), sort);
                    assertThat(check(reader, scope, c.condition(), f, sort, "%s · %s · %s".formatted(scope, c.name(), raw)))
                            .as("%s · %s rows", scope, c.name()).isPositive();
                    check(owner, scope, c.condition() + " AND (owner_user_id = 1500 OR party_user_id = 1500)", f, sort,
                            "own · %s · %s · %s".formatted(scope, c.name(), raw));
                }
            }
        }
    }

    /** Pages of 7 up to one past the end: each the reference's slice, together the whole list, each with the reference total. */
    private int check(TestActor actor, String scope, String condition, Filter f, ListSort.Sort sort, String what) {
        List<Long> all = jdbc.sql("SELECT id FROM cal_deadline WHERE scope_path LIKE :p" + condition + sort.orderBy())
                .param("p", scope + "%").query(Long.class).list();
        List<Long> paged = new ArrayList<>();
        for (int page = 0; page * 7 < all.size() + 7; page++) {
            DeadlineQueries.Page p = deadlines.list(actor, f, page, 7, page % 2 == 0 ? ListCount.CAPPED : ListCount.EXACT);
            List<Long> ids = p.items().stream().map(DeadlineView::id).map(id -> id.value()).toList();
            // a page past the end of a total under the cap is the last page (the list clamps it)
            int from = page * 7 < all.size() ? page * 7 : Math.max(0, (all.size() - 1) / 7 * 7);
            assertThat(ids).as("%s, page %d", what, page).containsExactlyElementsOf(all.subList(from, Math.min(from + 7, all.size())));
            assertThat(p.total()).as("%s, page %d total", what, page).isEqualTo(all.size());
            assertThat(p.totalCapped()).isFalse();
            if (page * 7 < all.size()) {
                paged.addAll(ids);
            }
        }
        assertThat(paged).as(what).containsExactlyElementsOf(all);
        return all.size();
    }

    @Test
    @DisplayName("Issue 20: the per-path page of a county is the one query's also past 1,000 live deadlines, capped and exact")
    void largeCounty() {
        String county = city + "5/";
        insert(county, 2_000);   // + 1,000 live
        TestActor reader = TestActors.actor("perpathbig" + city.hashCode(), 1, county, "deadline:read", "deadline:read-scope");
        ListSort.Sort sort = DeadlineQueries.SORT.defaults();
        List<Long> all = jdbc.sql("SELECT id FROM cal_deadline WHERE scope_path LIKE :p" + LIVE + sort.orderBy())
                .param("p", county + "%").query(Long.class).list();
        Map<Integer, List<Long>> pages = new LinkedHashMap<>();
        for (int page : new int[] {0, 1, 25, 70, 71}) {
            DeadlineQueries.Page capped = deadlines.list(reader, CASES.get(0).filter(), page, 20, ListCount.CAPPED);
            DeadlineQueries.Page exact = deadlines.list(reader, CASES.get(0).filter(), page, 20, ListCount.EXACT);
            int from = Math.min(page * 20, all.size());
            pages.put(page, capped.items().stream().map(DeadlineView::id).map(id -> id.value()).toList());
            assertThat(pages.get(page)).as("page %d", page).containsExactlyElementsOf(all.subList(from, Math.min(from + 20, all.size())));
            assertThat(capped.total()).isEqualTo(ListCount.CAP);
            assertThat(capped.totalCapped()).isTrue();
            assertThat(exact.total()).isEqualTo(all.size());
            assertThat(exact.items()).extracting(DeadlineView::id).containsExactlyElementsOf(capped.items().stream().map(DeadlineView::id).toList());
        }
        assertThat(all.size()).isGreaterThan(1_000);
    }
}
