package cn.anjian;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.anjian.TestActors.TestActor;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Period;
import cn.anjian.calendar.PeriodKind;
import cn.anjian.calendar.internal.DeadlineQueries;
import cn.anjian.kernel.ListCount;
import cn.anjian.kernel.ListSort;
import cn.anjian.mines.work.CheckMode;
import cn.anjian.mines.work.CheckStatus;
import cn.anjian.mines.work.MineCheckQueries;
import cn.anjian.mines.work.RemoteMeans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 20 item 7: the deadline and flagged-check lists read their rows by column position (a named column list, not
 * {@code *}); every field of every row equals the one query of the table's columns read by name, for a reader of the
 * province, of a city-level scope and of a county (each list's own id plan), every order, several pages — with values
 * that differ per column (nulls and non-nulls, both booleans, every kind), so a column read from the wrong position
 * fails here.
 */
@IntegrationTest
class ListRowsByPositionTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeadlineQueries deadlines;
    @Autowired
    MineCheckQueries checks;

    String city;
    String county;
    long base;

    @BeforeEach
    void data() {
        long n = 100_000 + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 800_000);
        city = "/1/7" + n + "/";
        county = city + "5/";
        base = 3_000_000_000L + n * 100;
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM cal_deadline WHERE scope_path LIKE :p").param("p", city + "%").update();
        jdbc.sql("DELETE FROM mine_check WHERE scope_path LIKE :p").param("p", city + "%").update();
    }

    private TestActor reader(String scope) {
        return TestActors.actor("bypos" + Math.abs((scope + base).hashCode()), 1, scope, "deadline:read", "deadline:read-scope",
                "mine:check-review");
    }

    @Test
    @DisplayName("Issue 20: every field of the deadline list's rows equals the table's columns read by name")
    void deadlineRows() {
        jdbc.sql("""
                INSERT INTO cal_deadline (version, subject_type, subject_id, rule_id, owner_user_id, owner_unit_id, jurisdiction_id,
                    scope_path, period_kind, period_amount, start_at, due_date, due_at, state, suspended, was_overdue, overdue_at,
                    met_at, waive_reason, created_at, title)
                SELECT g % 3, (ARRAY['case', 'review'])[1 + g % 2], 'S' || g, (ARRAY['CASE-03', 'LR-11', 'SS-05'])[1 + g % 3],
                       CASE WHEN g % 2 = 0 THEN 100 + g END, CASE WHEN g % 3 = 0 THEN 200 + g END, 40 + g % 5,
                       CASE g % 3 WHEN 0 THEN :city WHEN 1 THEN :county ELSE :county || '9/' END,
                       (ARRAY['WORKING_DAYS', 'CALENDAR_DAYS', 'HOURS'])[1 + g % 3], 5 + g % 11,
                       timestamptz '2026-01-01 08:00+08' + g * interval '7 hours', DATE '2026-02-01' + (g % 9),
                       timestamptz '2026-02-02 00:00+08' + (g % 9) * interval '1 day', (ARRAY['OPEN', 'OVERDUE'])[1 + g % 2],
                       g % 4 = 0, g % 5 = 0, CASE WHEN g % 2 = 1 THEN timestamptz '2026-02-10 09:30+08' + g * interval '1 minute' END,
                       CASE WHEN g % 7 = 0 THEN timestamptz '2026-02-11 10:00+08' END, CASE WHEN g % 6 = 0 THEN '理由' || g END,
                       now(), CASE WHEN g % 8 <> 0 THEN '期限' || g END
                FROM generate_series(1, 90) g""").param("city", city).param("county", county).update();
        for (String scope : new String[] {"/1/", city, county}) {
            TestActor reader = reader(scope);
            for (String raw : new String[] {null, "due,desc", "start", "kind,desc"}) {
                ListSort.Sort sort = DeadlineQueries.SORT.parse(raw);
                for (int page = 0; page < 3; page++) {
                    DeadlineQueries.Page p = deadlines.list(reader, new DeadlineQueries.Filter(List.of(), null, null, null, null,
                            null, null, sort), page, 20, ListCount.CAPPED);
                    assertThat(p.items()).as("%s sort %s page %d", scope, raw, page)
                            .containsExactlyElementsOf(jdbc.sql("SELECT * FROM cal_deadline WHERE scope_path LIKE :p"
                                            + " AND state IN ('OPEN', 'OVERDUE')" + sort.orderBy() + " LIMIT 20 OFFSET :o")
                                    .params(Map.of("p", scope + "%", "o", page * 20)).query((rs, i) -> deadlineByName(rs)).list());
                }
            }
        }
        assertThat(deadlines.list(reader(city), new DeadlineQueries.Filter(List.of(), null, null, null, null, null, null, null),
                0, 100, ListCount.EXACT).items()).hasSize(90).anySatisfy(d -> assertThat(d.ownerUnitId()).isNotNull())
                .anySatisfy(d -> assertThat(d.ownerUserId()).isNotNull()).anySatisfy(d -> assertThat(d.ownerUnitId()).isNull())
                .anySatisfy(d -> assertThat(d.metAt()).isNotNull()).anySatisfy(d -> assertThat(d.waiveReason()).isNotNull())
                .anySatisfy(d -> assertThat(d.title()).isNull()).anySatisfy(d -> assertThat(d.suspended()).isTrue());
    }

    /** The reference: every column by its name, as the map read them before. */
    private static DeadlineView deadlineByName(ResultSet rs) throws SQLException {
        return new DeadlineView(new DeadlineId(rs.getLong("id")), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("rule_id"), (Long) rs.getObject("owner_user_id"), (Long) rs.getObject("owner_unit_id"),
                rs.getLong("jurisdiction_id"), rs.getString("scope_path"),
                new Period(PeriodKind.valueOf(rs.getString("period_kind")), rs.getInt("period_amount")),
                instant(rs, "start_at"), rs.getObject("due_date", LocalDate.class), instant(rs, "due_at"),
                DeadlineState.valueOf(rs.getString("state")), rs.getBoolean("suspended"), rs.getBoolean("was_overdue"),
                instant(rs, "overdue_at"), instant(rs, "met_at"), rs.getString("waive_reason"), rs.getInt("version"),
                rs.getString("title"));
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    @Test
    @DisplayName("Issue 20: every field of the flagged checks' rows (list, one check, export) equals the columns read by name")
    void flaggedCheckRows() {
        long mine = jdbc.sql("SELECT min(id) FROM mine_mine").query(Long.class).single();
        long other = jdbc.sql("SELECT max(id) FROM mine_mine").query(Long.class).single();
        long commissioner = jdbc.sql("SELECT min(id) FROM mine_commissioner").query(Long.class).single();
        for (int i = 0; i < 50; i++) {
            jdbc.sql("""
                    INSERT INTO mine_check (id, version, mine_id, commissioner_id, scope_path, mode, remote_means, unannounced, night,
                        started_at, finished_at, check_day, iso_week, latitude, longitude, accuracy_meters, distance_meters,
                        geofence_meters, recorded_offline, status, checklist_version_id, note, missed_mandatory, missed_spot, hazards,
                        request_hash, received_at, recorded_by, review_note)
                    VALUES (:id, 0, :m, :c, :p, :mode, :means, :i % 2 = 0, :i % 3 = 0,
                        timestamptz '2026-03-01 09:00+08' + :i * interval '1 hour' - (:i % 4) * interval '30 minutes',
                        timestamptz '2026-03-01 11:00+08' + :i * interval '1 hour', DATE '2026-03-01', '2026-W09',
                        CASE WHEN :i % 5 <> 0 THEN 36.5 + :i * 0.001 END, CASE WHEN :i % 5 <> 0 THEN 112.25 + :i * 0.002 END,
                        CASE WHEN :i % 3 <> 0 THEN 10 + :i END, CASE WHEN :i % 6 <> 0 THEN 1000 + 37 * :i END, 500 + :i,
                        :i % 4 <> 1, CASE WHEN :i % 9 = 8 THEN 'ACCEPTED' ELSE 'FLAGGED' END,
                        (SELECT min(id) FROM mine_checklist_version), '备注' || :i, :i % 3, :i % 4, :i % 5, :hash, now(), 'test',
                        CASE WHEN :i % 7 = 0 THEN '复核' || :i END)""")
                    .param("id", new UUID(base, i)).param("m", i % 2 == 0 ? mine : other).param("c", commissioner)
                    .param("p", switch (i % 3) { case 0 -> city; case 1 -> county; default -> county + "9/"; })
                    .param("mode", i % 4 == 3 ? "REMOTE" : "ONSITE").param("means", i % 4 == 3 ? RemoteMeans.values()[i / 4 % 4].name() : null)
                    .param("i", i).param("hash", "0".repeat(64)).update();
        }
        MineCheckQueries.Filter flagged = new MineCheckQueries.Filter(null, null, null, CheckStatus.FLAGGED, null);
        for (String scope : new String[] {"/1/", city, county}) {
            TestActor reader = reader(scope);
            for (String raw : new String[] {null, "distance", "mine,desc"}) {
                ListSort.Sort sort = MineCheckQueries.SORT.parse(raw);
                for (int page = 0; page < 3; page++) {
                    // a page past the end is clamped to the last one (the county's 28 flagged: page 2 answers page 1)
                    MineCheckQueries.Result r = checks.list(reader, flagged, sort, page, 15, ListCount.CAPPED);
                    assertThat(r.items()).as("%s sort %s page %d", scope, raw, page).isNotEmpty().containsExactlyElementsOf(
                            checksByName(" WHERE c.scope_path LIKE :p AND c.status = 'FLAGGED'" + sort.orderBy()
                                    + " LIMIT 15 OFFSET " + r.page() * 15, scope));
                }
            }
            List<MineCheckQueries.Row> exported = new java.util.ArrayList<>();
            checks.each(reader, flagged, MineCheckQueries.SORT.parse(null), exported::add);
            assertThat(exported).containsExactlyElementsOf(checksByName(" WHERE c.scope_path LIKE :p AND c.status = 'FLAGGED'"
                    + MineCheckQueries.SORT.parse(null).orderBy(), scope));
        }
        List<MineCheckQueries.Row> county = checksByName(" WHERE c.scope_path LIKE :p", this.county);
        assertThat(county).hasSize(33).anySatisfy(r -> assertThat(r.remoteMeans()).isNotNull())
                .anySatisfy(r -> assertThat(r.latitude()).isNull()).anySatisfy(r -> assertThat(r.reviewNote()).isNotNull());
        for (MineCheckQueries.Row r : county) {
            assertThat(checks.get(reader(this.county), r.id())).isEqualTo(r);
        }
    }

    /** The reference: the table's columns and the two names by name, one query. */
    private List<MineCheckQueries.Row> checksByName(String where, String scope) {
        return jdbc.sql("SELECT c.*, m.name AS mine_name, mc.name AS commissioner_name FROM mine_check c"
                        + " JOIN mine_mine m ON m.id = c.mine_id JOIN mine_commissioner mc ON mc.id = c.commissioner_id" + where)
                .param("p", scope + "%").query((rs, n) -> {
                    String means = rs.getString("remote_means");
                    return new MineCheckQueries.Row(rs.getObject("id", UUID.class), rs.getLong("mine_id"), rs.getString("mine_name"),
                            rs.getString("commissioner_name"), CheckMode.valueOf(rs.getString("mode")),
                            means == null ? null : RemoteMeans.valueOf(means), rs.getBoolean("unannounced"), rs.getBoolean("night"),
                            rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("finished_at").toInstant(),
                            rs.getString("iso_week"), CheckStatus.valueOf(rs.getString("status")),
                            (Integer) rs.getObject("distance_meters"), rs.getInt("geofence_meters"),
                            (Integer) rs.getObject("accuracy_meters"), rs.getBigDecimal("latitude"),
                            rs.getBigDecimal("longitude"), rs.getBoolean("recorded_offline"), rs.getInt("missed_mandatory"),
                            rs.getInt("missed_spot"), rs.getInt("hazards"), rs.getString("note"), rs.getString("review_note"));
                }).list();
    }
}
