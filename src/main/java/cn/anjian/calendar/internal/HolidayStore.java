package cn.anjian.calendar.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.kernel.RevisionedSnapshot;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The calendar tables and their in-memory snapshot. Lookups are hot (every deadline computation walks
 * days), so they read an immutable {@link HolidayTable}. A change on this node drops the snapshot
 * after commit; other nodes notice through {@code cal_version}, which every change bumps and which a
 * node checks at most once per {@code anjian.calendar.snapshot-ttl} (default 30 s) — so a correction
 * reaches every node within that time, and the steady-state cost is one tiny query per TTL
 * ({@link RevisionedSnapshot}, shared with the settings).
 */
@Component
public class HolidayStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RevisionedSnapshot<HolidayTable> snapshot;

    HolidayStore(JdbcClient jdbc, Clock clock, @Value("${anjian.calendar.snapshot-ttl:30s}") Duration ttl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.snapshot = new RevisionedSnapshot<>(this::currentVersion, this::load, clock, ttl);
    }

    public HolidayTable table() {
        return snapshot.get();
    }

    /**
     * The table as the caller's transaction sees it, bypassing the snapshot: for work in the same
     * transaction as a change of the data (opening PENDING deadlines when a year is entered).
     */
    HolidayTable uncommittedView() {
        return load(currentVersion());
    }

    private HolidayTable load(long version) {
        Map<LocalDate, HolidayTable.Entry> days = new HashMap<>();
        jdbc.sql("select date, name, off_day from cal_day").query((rs, n) -> {
            days.put(rs.getObject("date", LocalDate.class),
                    new HolidayTable.Entry(rs.getString("name"), rs.getBoolean("off_day")));
            return null;
        }).list();
        Set<Integer> covered = new HashSet<>(jdbc.sql("select year from cal_year where covered").query(Integer.class).list());
        return new HolidayTable(days, covered, version);
    }

    private long currentVersion() {
        return jdbc.sql("select version from cal_version where id = 1").query(Long.class).single();
    }

    /**
     * Drops the snapshot once the current transaction commits (immediately when there is none).
     * {@code cal_version} is a change counter other nodes poll, not an aggregate's optimistic lock.
     */
    public void changed() {
        jdbc.sql("update cal_version set version = version + 1 where id = 1").update();
        snapshot.invalidateAfterCommit();
    }

    // ---- rows ---------------------------------------------------------------------------------

    public record YearRow(int year, boolean covered, String papers, String source, String enteredBy,
                          java.time.Instant updatedAt, int days, int offDays, int workDays) {
        public List<String> paperList() {
            return papers == null || papers.isBlank() ? List.of() : List.of(papers.split("\n"));
        }
    }

    public List<YearRow> years() {
        return jdbc.sql("""
                select y.year, y.covered, y.papers, y.source, y.entered_by, y.updated_at,
                       count(d.date) as days, count(d.date) filter (where d.off_day) as off_days,
                       count(d.date) filter (where not d.off_day) as work_days
                from cal_year y left join cal_day d on d.source_year = y.year
                group by y.year order by y.year""")
                .query((rs, n) -> new YearRow(rs.getInt("year"), rs.getBoolean("covered"), rs.getString("papers"),
                        rs.getString("source"), rs.getString("entered_by"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getInt("days"), rs.getInt("off_days"),
                        rs.getInt("work_days")))
                .list();
    }

    public YearRow year(int year) {
        return years().stream().filter(y -> y.year() == year).findFirst().orElse(null);
    }

    public record DayRow(LocalDate date, String name, boolean offDay, int sourceYear) {
    }

    /** Days listed for dates within [from, to]. */
    public List<DayRow> days(LocalDate from, LocalDate to) {
        return jdbc.sql("select date, name, off_day, source_year from cal_day where date between :f and :t order by date")
                .param("f", from).param("t", to)
                .query((rs, n) -> new DayRow(rs.getObject("date", LocalDate.class), rs.getString("name"),
                        rs.getBoolean("off_day"), rs.getInt("source_year")))
                .list();
    }

    public DayRow day(LocalDate date) {
        return jdbc.sql("select date, name, off_day, source_year from cal_day where date = :d").param("d", date)
                .query((rs, n) -> new DayRow(rs.getObject("date", LocalDate.class), rs.getString("name"),
                        rs.getBoolean("off_day"), rs.getInt("source_year")))
                .optional().orElse(null);
    }

    /** Inserts the year row if absent; returns whether it was inserted. */
    boolean insertYearIfAbsent(int year, boolean covered, String papers, String source, String enteredBy) {
        return jdbc.sql("""
                insert into cal_year (year, covered, papers, source, entered_by, updated_at)
                values (:y, :c, :p, :s, :e, :u) on conflict (year) do nothing""")
                .param("y", year).param("c", covered).param("p", papers).param("s", source).param("e", enteredBy)
                .param("u", Timestamp.from(clock.instant())).update() == 1;
    }

    void upsertYear(int year, boolean covered, String papers, String source, String enteredBy) {
        jdbc.sql("""
                insert into cal_year (year, covered, papers, source, entered_by, updated_at)
                values (:y, :c, :p, :s, :e, :u)
                on conflict (year) do update set covered = excluded.covered, papers = excluded.papers,
                    source = excluded.source, entered_by = excluded.entered_by, updated_at = excluded.updated_at""")
                .param("y", year).param("c", covered).param("p", papers).param("s", source).param("e", enteredBy)
                .param("u", Timestamp.from(clock.instant())).update();
    }

    void touchYear(int year, String enteredBy) {
        jdbc.sql("update cal_year set entered_by = :e, updated_at = :u where year = :y")
                .param("e", enteredBy).param("u", Timestamp.from(clock.instant())).param("y", year).update();
    }

    int setCovered(int year, boolean covered, String enteredBy) {
        return jdbc.sql("update cal_year set covered = :c, entered_by = :e, updated_at = :u where year = :y")
                .param("c", covered).param("e", enteredBy).param("u", Timestamp.from(clock.instant()))
                .param("y", year).update();
    }

    void deleteDaysOf(int year) {
        jdbc.sql("delete from cal_day where source_year = :y").param("y", year).update();
    }

    /** A date listed again (e.g. by the neighbouring year's notice) takes the latest entry. */
    void upsertDay(LocalDate date, String name, boolean offDay, int sourceYear, boolean overwrite) {
        jdbc.sql("insert into cal_day (date, name, off_day, source_year) values (:d, :n, :o, :y) on conflict (date) do "
                        + (overwrite ? "update set name = excluded.name, off_day = excluded.off_day, source_year = excluded.source_year" : "nothing"))
                .param("d", date).param("n", name).param("o", offDay).param("y", sourceYear).update();
    }

    int deleteDay(LocalDate date) {
        return jdbc.sql("delete from cal_day where date = :d").param("d", date).update();
    }
}
