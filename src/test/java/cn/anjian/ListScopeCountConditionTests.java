package cn.anjian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import cn.anjian.TestActors.TestActor;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.internal.DeadlineQueries;
import cn.anjian.kernel.ListCount;
import cn.anjian.mines.work.CheckStatus;
import cn.anjian.mines.work.MineCheckQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 20 item 7: tables of counts that count only the rows their list counts (V1_2's condition): the live deadlines
 * (V24_11) and the flagged checks (V21_74). After inserts of many rows in one statement, state flips in bulk (OPEN →
 * OVERDUE, which moves no count; closing, reopening, reviewing), moves to a sibling county, updates that change both and
 * deletes, the table equals {@code count(*)} of the counted rows for every touched prefix, and every list total — API
 * capped, page exact, filtered, an actor who reads only his own deadlines — equals the rows.
 */
@IntegrationTest
class ListScopeCountConditionTests {

    private static final String LIVE = "state IN ('OPEN', 'OVERDUE')";
    private static final String FLAGGED = "status = 'FLAGGED'";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    DeadlineQueries deadlineQueries;
    @Autowired
    MineCheckQueries checkQueries;

    String county;
    String township;
    String sibling;
    long tag;

    @BeforeEach
    void paths() {
        tag = 100_000 + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 800_000);
        county = "/1/43/8" + tag + "/";
        township = county + "5/";
        sibling = "/1/43/9" + tag + "/";
    }

    @AfterEach
    void cleanUp() {
        for (String table : new String[] {"cal_deadline", "mine_check"}) {
            for (String p : new String[] {county, sibling}) {
                jdbc.sql("DELETE FROM " + table + " WHERE scope_path LIKE :p").param("p", p + "%").update();
            }
        }
    }

    private long rows(String table, String condition, String prefix) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE scope_path LIKE :p AND " + condition).param("p", prefix + "%")
                .query(Long.class).single();
    }

    private long counted(String countTable, String prefix) {
        return jdbc.sql("SELECT coalesce(sum(n), 0) FROM " + countTable + " WHERE prefix = :p").param("p", prefix)
                .query(Long.class).single();
    }

    private void countsMatch(String table, String condition, String countTable) {
        for (String p : new String[] {"/1/", "/1/43/", county, township, sibling}) {
            assertThat(counted(countTable, p)).as("%s %s", countTable, p).isEqualTo(rows(table, condition, p));
        }
    }

    private void deadlinesMatch() {
        countsMatch("cal_deadline", LIVE, "cal_deadline_scope_count");
    }

    /** {@code n} deadlines in {@code path}, one in five of them closed (MET, WAIVED), owned by user {@code owner} when even. */
    private void deadlines(String path, int n, long owner) {
        jdbc.sql("""
                INSERT INTO cal_deadline (version, subject_type, subject_id, rule_id, owner_user_id, jurisdiction_id, scope_path,
                    period_kind, period_amount, start_at, due_date, due_at, state, created_at, title)
                SELECT 0, 'case', :t || '-' || g, (ARRAY['CASE-03', 'LR-11'])[1 + g % 2], CASE WHEN g % 2 = 0 THEN :o END, 1, :p,
                       'CALENDAR_DAYS', 10, timestamptz '2026-01-01 08:00+08', DATE '2026-02-01', timestamptz '2026-02-02 00:00+08',
                       (ARRAY['OPEN', 'OVERDUE', 'MET', 'OPEN', 'WAIVED'])[1 + g % 5], now(), '期限' || g
                FROM generate_series(1, :n) g""").param("t", tag).param("p", path).param("n", n).param("o", owner).update();
    }

    private void deadlineApiTotal(String path, String state, long total, boolean capped) throws Exception {
        TestActor reader = TestActors.actor("condcount" + Math.abs(path.hashCode()), 1, path, "deadline:read", "deadline:read-scope");
        var req = get("/api/v1/calendar/deadlines").with(TestActors.as(reader));
        if (state != null) {
            req = req.param("state", state);
        }
        mvc.perform(req).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(total))
                .andExpect(jsonPath("$.totalCapped").value(capped));
    }

    private long deadlinePageTotal(TestActor actor, List<DeadlineState> states) {
        return deadlineQueries.list(actor, new DeadlineQueries.Filter(states, null, null, null, null, null, null, null), 0, 20,
                ListCount.EXACT).total();
    }

    @Test
    @DisplayName("Issue 20: the deadline list's unfiltered total from its table of live deadlines equals the rows, after flips, closes, moves and deletes")
    void deadlines() throws Exception {
        TestActor own = TestActors.actor("condcountown" + tag, 1, county, "deadline:read");
        deadlines(county, 50, own.userId());     // 30 live
        deadlines(township, 20, own.userId());   // 12 live
        deadlines(sibling, 10, own.userId());    // 6 live
        deadlinesMatch();
        deadlineApiTotal(county, null, 42, false);
        deadlineApiTotal(township, null, 12, false);
        deadlineApiTotal(county, "OVERDUE", rows("cal_deadline", "state = 'OVERDUE'", county), false);
        TestActor head = TestActors.actor("condcounthead" + tag, 1, county, "deadline:read", "deadline:read-scope");
        assertThat(deadlinePageTotal(head, List.of())).isEqualTo(42);
        assertThat(deadlinePageTotal(head, List.of(DeadlineState.OVERDUE, DeadlineState.OPEN))).isEqualTo(42);
        // without the jurisdiction's deadlines: only his own live ones, never the scope's count
        assertThat(deadlinePageTotal(own, List.of())).isEqualTo(rows("cal_deadline", LIVE + " AND owner_user_id = " + own.userId(), county));

        // the overdue scan's statement (OPEN → OVERDUE in bulk: both live, no count moves), closing, reopening
        jdbc.sql("UPDATE cal_deadline SET state = 'OVERDUE', was_overdue = true, overdue_at = now(), version = version + 1"
                + " WHERE state = 'OPEN' AND scope_path LIKE :p").param("p", county + "%").update();
        deadlinesMatch();
        jdbc.sql("UPDATE cal_deadline SET state = 'MET', met_at = now() WHERE id IN (SELECT id FROM cal_deadline"
                + " WHERE scope_path = :c AND state = 'OVERDUE' LIMIT 7)").param("c", county).update();
        jdbc.sql("UPDATE cal_deadline SET state = 'OPEN' WHERE id IN (SELECT id FROM cal_deadline"
                + " WHERE scope_path = :s AND state = 'WAIVED' LIMIT 2)").param("s", sibling).update();
        deadlinesMatch();
        deadlineApiTotal(county, null, 35, false);
        deadlineApiTotal(sibling, null, 8, false);

        // moves: live and closed rows to the sibling; one statement that moves some rows and closes others; an update of
        // neither path nor state; deletes of live and closed rows
        jdbc.sql("UPDATE cal_deadline SET scope_path = :s WHERE id IN (SELECT id FROM cal_deadline WHERE scope_path = :t LIMIT 6)")
                .param("s", sibling).param("t", township).update();
        jdbc.sql("UPDATE cal_deadline SET scope_path = CASE WHEN id % 2 = 0 THEN :s ELSE scope_path END,"
                + " state = CASE WHEN id % 2 = 1 THEN 'WAIVED' ELSE state END WHERE scope_path = :c AND id % 3 = 0")
                .param("s", sibling).param("c", county).update();
        jdbc.sql("UPDATE cal_deadline SET title = title || '改' WHERE scope_path LIKE :p").param("p", county + "%").update();
        jdbc.sql("DELETE FROM cal_deadline WHERE id IN (SELECT id FROM cal_deadline WHERE scope_path = :c LIMIT 9)")
                .param("c", county).update();
        deadlinesMatch();
        deadlineApiTotal(county, null, rows("cal_deadline", LIVE, county), false);
        deadlineApiTotal(sibling, null, rows("cal_deadline", LIVE, sibling), false);
        assertThat(deadlinePageTotal(head, List.of())).isEqualTo(rows("cal_deadline", LIVE, county));

        deadlines(township, 1_700, own.userId());   // 1,020 more live
        deadlinesMatch();
        long live = rows("cal_deadline", LIVE, county);
        assertThat(live).isGreaterThan(1_000);
        deadlineApiTotal(county, null, 1_000, true);
        assertThat(deadlinePageTotal(head, List.of())).isEqualTo(live);
        deadlineApiTotal(county, "MET", rows("cal_deadline", "state = 'MET'", county), false);
        assertThat(deadlineQueries.list(head, new DeadlineQueries.Filter(List.of(), "LR-11", null, null, null, null, null, null),
                0, 20, ListCount.EXACT).total()).isEqualTo(rows("cal_deadline", LIVE + " AND rule_id = 'LR-11'", county));
    }

    private void checksMatch() {
        countsMatch("mine_check", FLAGGED, "mine_check_flagged_scope_count");
    }

    /** {@code n} checks in {@code path}: one in four flagged for review (MW-10), the others accepted. */
    private void checks(String path, int n, long mine, long commissioner) {
        jdbc.sql("""
                INSERT INTO mine_check (id, version, mine_id, commissioner_id, scope_path, mode, unannounced, night, started_at,
                    finished_at, check_day, iso_week, geofence_meters, recorded_offline, status, checklist_version_id, note,
                    missed_mandatory, missed_spot, hazards, request_hash, received_at, recorded_by)
                SELECT gen_random_uuid(), 0, :m, :c, :p, 'ONSITE', TRUE, FALSE, timestamptz '2026-03-01 09:00+08' + g * interval '1 minute',
                       timestamptz '2026-03-01 10:00+08' + g * interval '1 minute', DATE '2026-03-01', '2026-W09', 1000, TRUE,
                       CASE WHEN g % 4 = 0 THEN 'FLAGGED' ELSE 'ACCEPTED' END, (SELECT min(id) FROM mine_checklist_version),
                       '计数', 0, 0, 0, repeat('0', 64), now(), 'test'
                FROM generate_series(1, :n) g""").param("m", mine).param("c", commissioner).param("p", path).param("n", n).update();
    }

    private void flaggedApiTotal(String path, long total, boolean capped) throws Exception {
        TestActor reviewer = TestActors.actor("condcountchk" + Math.abs(path.hashCode()), 1, path, "mine:check-review");
        mvc.perform(get("/api/v1/mines/checks/flagged").with(TestActors.as(reviewer))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(total)).andExpect(jsonPath("$.totalCapped").value(capped));
    }

    private long flaggedPageTotal(String path, Long mine) {
        TestActor reviewer = TestActors.actor("condcountchkp" + Math.abs(path.hashCode()), 1, path, "mine:check-review");
        return checkQueries.list(reviewer, new MineCheckQueries.Filter(mine, null, null, CheckStatus.FLAGGED, null),
                MineCheckQueries.SORT.defaults(), 0, 20, ListCount.EXACT).total();
    }

    @Test
    @DisplayName("Issue 20: the flagged checks' unfiltered total from its table of counts equals the rows, after reviews, moves and deletes")
    void flaggedChecks() throws Exception {
        long mine = jdbc.sql("SELECT min(id) FROM mine_mine").query(Long.class).single();
        long otherMine = jdbc.sql("SELECT max(id) FROM mine_mine").query(Long.class).single();
        long commissioner = jdbc.sql("SELECT min(id) FROM mine_commissioner").query(Long.class).single();
        checks(county, 80, mine, commissioner);     // 20 flagged
        checks(township, 40, otherMine, commissioner);   // 10 flagged
        checks(sibling, 16, mine, commissioner);    // 4 flagged
        checksMatch();
        flaggedApiTotal(county, 30, false);
        flaggedApiTotal(township, 10, false);
        assertThat(flaggedPageTotal(county, null)).isEqualTo(30);
        assertThat(flaggedPageTotal(county, mine)).isEqualTo(mine == otherMine ? 30 : 20);   // filtered: counted

        // reviews in bulk (FLAGGED → CLEARED / REJECTED), a re-flag, moves, an update of neither, deletes
        jdbc.sql("UPDATE mine_check SET status = 'CLEARED', reviewed_at = now(), reviewed_by = 'test' WHERE id IN"
                + " (SELECT id FROM mine_check WHERE scope_path = :c AND status = 'FLAGGED' LIMIT 5)").param("c", county).update();
        jdbc.sql("UPDATE mine_check SET status = 'FLAGGED' WHERE id IN"
                + " (SELECT id FROM mine_check WHERE scope_path = :s AND status = 'ACCEPTED' LIMIT 3)").param("s", sibling).update();
        jdbc.sql("UPDATE mine_check SET scope_path = :s WHERE scope_path = :t AND id IN"
                + " (SELECT id FROM mine_check WHERE scope_path = :t ORDER BY status DESC LIMIT 8)").param("s", sibling).param("t", township).update();
        jdbc.sql("UPDATE mine_check SET note = note || '改' WHERE scope_path LIKE :p").param("p", county + "%").update();
        jdbc.sql("DELETE FROM mine_check WHERE id IN (SELECT id FROM mine_check WHERE scope_path = :c ORDER BY status DESC LIMIT 12)")
                .param("c", county).update();
        checksMatch();
        flaggedApiTotal(county, rows("mine_check", FLAGGED, county), false);
        flaggedApiTotal(sibling, rows("mine_check", FLAGGED, sibling), false);
        assertThat(flaggedPageTotal(township, null)).isEqualTo(rows("mine_check", FLAGGED, township));

        checks(township, 4_400, mine, commissioner);   // 1,100 more flagged
        checksMatch();
        flaggedApiTotal(county, 1_000, true);
        assertThat(flaggedPageTotal(county, null)).isEqualTo(rows("mine_check", FLAGGED, county));
    }
}
