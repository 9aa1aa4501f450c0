package cn.anjian.mines.work;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListCount;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.Scope;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading checks: a mine's checks of a period, one check with its answers, the flagged ones, a commissioner's own. */
@Service
@RequiredArgsConstructor
public class MineCheckQueries {

    static final String WHAT = "检查记录";

    public record Filter(Long mineId, LocalDate from, LocalDate to, CheckStatus status, Long commissionerId) {
    }

    public record Row(UUID id, long mineId, String mineName, String commissionerName, CheckMode mode, RemoteMeans remoteMeans,
                      boolean unannounced, boolean night, Instant startedAt, Instant finishedAt, String isoWeek,
                      CheckStatus status, Integer distanceMeters, int geofenceMeters, Integer accuracyMeters,
                      BigDecimal latitude, BigDecimal longitude, boolean recordedOffline, int missedMandatory, int missedSpot,
                      int hazards, String note, String reviewNote) {
        public String modeLabel() {
            return mode.label() + (remoteMeans == null ? "" : "（" + remoteMeans.label() + "）");
        }

        public String flags() {
            return (unannounced ? "四不两直 " : "") + (night ? "夜查" : "");
        }
    }

    public record AnswerRow(long itemId, String section, String text, boolean mandatory, String siteOrSystem,
                            ItemOutcome outcome, String note, List<Long> photoFileIds, boolean majorHazard) {
    }

    /** {@code totalCapped}: more than {@code total} checks match ({@link ListCount#CAPPED}, the API). */
    public record Result(List<Row> items, long total, int page, int size, boolean totalCapped) {
        public Result(List<Row> items, long total, int page, int size) {
            this(items, total, page, size, false);
        }

        /** Whether a page follows; a capped count ends nowhere: there is a next page while this one is full. */
        public boolean hasNext() {
            return totalCapped ? items.size() == size : (long) (page + 1) * size < total;
        }
    }

    public static final ListSort SORT = ListSort.by("c.id")
            .keyNotNull("started", "检查时间", "c.started_at").keyNotNull("mine", "矿山", "m.name").key("distance", "签到距离", "c.distance_meters")
            .byDefault("started", false);

    /** The columns {@link #map} reads, not {@code c.*} (the request hash, the review's and reception's fields stay behind). */
    private static final String COLUMNS = """
            SELECT c.id, c.mine_id, c.mode, c.remote_means, c.unannounced, c.night, c.started_at, c.finished_at, c.iso_week,
                   c.status, c.distance_meters, c.geofence_meters, c.accuracy_meters, c.latitude, c.longitude, c.recorded_offline,
                   c.missed_mandatory, c.missed_spot, c.hazards, c.note, c.review_note, m.name AS mine_name,
                   mc.name AS commissioner_name""";
    private static final String FROM = """

            FROM mine_check c JOIN mine_mine m ON m.id = c.mine_id JOIN mine_commissioner mc ON mc.id = c.commissioner_id""";
    private static final String SELECT = COLUMNS + FROM;

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    public Result list(Actor actor, Filter f, ListSort.Sort sort, int page, int size) {
        return list(actor, f, sort, page, size, ListCount.EXACT);
    }

    /**
     * A page; the API counts with {@link ListCount#CAPPED}, the page exactly. No {@code @Transactional}: the page and its
     * count are one statement ({@link ListCount#pageCounted}), and even a SUPPORTS transaction cost the flagged list's
     * requests their interceptor, a transaction status and a synchronisation (4 % of their JFR samples, issue 20 item 7).
     */
    public Result list(Actor actor, Filter f, ListSort.Sort sort, int page, int size, ListCount count) {
        Map<String, Object> params = new LinkedHashMap<>();
        Scope scope = actor.scope();
        String where = where(scope, f, params);
        // the page and its count in one statement (ListCount.page), so no transaction of its own
        // a city's or county's flagged checks newest first: their ids and start times from mine_check_flagged_scope_started
        // alone, the top rows sorted, instead of walking the province's flagged checks and dropping the other scopes' ones
        boolean byScope = scope.depth() >= 2 && f.status() == CheckStatus.FLAGGED && "started".equals(sort.field());
        // all the scope's flagged checks (the review list unfiltered): their count from mine_check_flagged_scope_count
        // (V21_74, kept by triggers), not up to 1,001 flagged checks counted on every page
        String counted = new Filter(null, null, null, CheckStatus.FLAGGED, null).equals(f)
                ? "SELECT coalesce(sum(n), 0) FROM mine_check_flagged_scope_count WHERE prefix = " + scope.pathLiteral()
                : count.sql("FROM mine_check c" + where);
        ListCount.Counted<Row> c = count.pageCounted(jdbc, counted, params, page, size, true,
                (slice, countColumn) -> byScope
                        ? COLUMNS + countColumn + FROM + " WHERE c.id IN (SELECT c.id FROM (SELECT c.id, c.started_at FROM mine_check c"
                                + where + " OFFSET 0) c" + sort.orderBy() + slice.window() + ")" + sort.orderBy()
                        : COLUMNS + countColumn + FROM + where + sort.orderBy() + slice.window(), MineCheckQueries::map);
        return new Result(c.items(), c.total(), c.slice().page(), size, c.capped());
    }

    @Transactional(readOnly = true)
    public void each(Actor actor, Filter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<Row> rows = export.sql(SELECT + where(actor.scope(), f, params) + sort.orderBy()).params(params)
                .query(MineCheckQueries::map).stream()) {
            rows.forEach(sink);
        }
    }

    /** One check in the actor's scope (404 otherwise). */
    @Transactional(readOnly = true)
    public Row get(Actor actor, UUID id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id AND" + ScopeSql.condition("c.scope_path")).param("id", id)
                .param(ScopeSql.PARAM, actor.scope().pattern()).query(MineCheckQueries::map).optional()
                .orElseThrow(() -> BusinessException.notFound(WHAT));
    }

    @Transactional(readOnly = true)
    public List<AnswerRow> answers(Actor actor, UUID id) {
        get(actor, id);
        return jdbc.sql("SELECT * FROM mine_check_answer WHERE check_id = :id ORDER BY position").param("id", id)
                .query((rs, n) -> new AnswerRow(rs.getLong("item_id"), rs.getString("section"), rs.getString("text"),
                        rs.getBoolean("mandatory"), rs.getString("site_or_system"), ItemOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("note"), photos(rs.getString("photo_file_ids")), rs.getBoolean("major_hazard"))).list();
    }

    private static List<Long> photos(String ids) {
        return ids == null || ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    private static String where(Scope scope, Filter f, Map<String, Object> params) {
        // the scope and the status written in (digits and slashes; an enum name): the flagged list's page then has no
        // parameter, and PostgreSQL caches the plan made for this scope instead of planning every page (issue 20 item 7)
        StringBuilder w = new StringBuilder(" WHERE" + ScopeSql.inline("c.scope_path", scope));
        if (f.mineId() != null) {
            w.append(" AND c.mine_id = :mine");
            params.put("mine", f.mineId());
        }
        if (f.from() != null) {
            w.append(" AND c.check_day >= :from");
            params.put("from", Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            w.append(" AND c.check_day <= :to");
            params.put("to", Date.valueOf(f.to()));
        }
        if (f.status() != null) {
            w.append(" AND c.status = '").append(f.status().name()).append("'");
        }
        if (f.commissionerId() != null) {
            w.append(" AND c.commissioner_id = :commissioner");
            params.put("commissioner", f.commissionerId());
        }
        return w.toString();
    }

    /**
     * A row of {@link #COLUMNS}, read by position: {@code SELECT} and every list statement start with those 23 columns in
     * this order (the list's count column follows them). By name, pgjdbc looked each label up in a map, 460 times a page.
     */
    static Row map(ResultSet rs, int n) throws SQLException {
        String means = rs.getString(4);
        return new Row(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(22), rs.getString(23),
                CheckMode.valueOf(rs.getString(3)), means == null ? null : RemoteMeans.valueOf(means), rs.getBoolean(5),
                rs.getBoolean(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(), rs.getString(9),
                CheckStatus.valueOf(rs.getString(10)), (Integer) rs.getObject(11), rs.getInt(12), (Integer) rs.getObject(13),
                rs.getBigDecimal(14), rs.getBigDecimal(15), rs.getBoolean(16), rs.getInt(17), rs.getInt(18), rs.getInt(19),
                rs.getString(20), rs.getString(21));
    }
}
