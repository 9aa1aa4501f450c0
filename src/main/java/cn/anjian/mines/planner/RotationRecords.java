package cn.anjian.mines.planner;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** MC-07: the rotation exceptions and the handovers as lists (list kit) and a handover's detail. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class RotationRecords {

    public record ExceptionRow(long id, int year, String commissionerName, String mineName, String reason, String status) {
    }

    public record HandoverRow(long id, String mineName, String outgoingName, String incomingName, String status,
                              String situation, String supervisionStatus, String incomingNote, Instant createdAt,
                              long outgoingId, long incomingId, int year) {
    }

    public record Result<T>(List<T> items, long total, int page, int size) {
    }

    /** A pair of the latest approved plans that may be kept (the exception form's choices). */
    public record Pair(long commissionerId, long mineId, String label) {
    }

    public static final ListSort EXCEPTION_SORT = ListSort.by("x.id").keyNotNull("year", "延期年度", "x.plan_year")
            .keyNotNull("requested", "申请顺序", "x.id").byDefault("requested", false);
    public static final ListSort HANDOVER_SORT = ListSort.by("h.id").keyNotNull("mine", "矿山", "m.name")
            .keyNotNull("created", "生成时间", "h.created_at").byDefault("created", false);

    private static final String EXCEPTIONS = """
            SELECT x.id, x.plan_year, c.name AS commissioner_name, m.name AS mine_name, x.reason, x.status
              FROM mine_rotation_exception x JOIN mine_commissioner c ON c.id = x.commissioner_id
              JOIN mine_mine m ON m.id = x.mine_id""";
    private static final String HANDOVERS = """
            SELECT h.id, m.name AS mine_name, o.name AS outgoing_name, i.name AS incoming_name, h.status, h.situation,
                   h.supervision_status, h.incoming_note, h.created_at, h.outgoing_id, h.incoming_id, p.plan_year
              FROM mine_handover h JOIN mine_mine m ON m.id = h.mine_id JOIN mine_commissioner o ON o.id = h.outgoing_id
              JOIN mine_commissioner i ON i.id = h.incoming_id JOIN mine_plan p ON p.id = h.plan_id""";

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    public Result<ExceptionRow> exceptions(Actor actor, ListSort.Sort sort, int page, int size) {
        long total = ScopeSql.bind(jdbc.sql("SELECT count(*) FROM mine_rotation_exception x WHERE"
                + ScopeSql.condition("x.scope_path")), actor).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result<>(ScopeSql.bind(jdbc.sql(EXCEPTIONS + " WHERE" + ScopeSql.condition("x.scope_path")
                + sort.orderBy() + slice.window()), actor).query(RotationRecords::exception).list(), total, slice.page(), size);
    }

    public void eachException(Actor actor, ListSort.Sort sort, Consumer<ExceptionRow> sink) {
        try (Stream<ExceptionRow> rows = export.sql(EXCEPTIONS + " WHERE" + ScopeSql.condition("x.scope_path")
                + sort.orderBy()).param(ScopeSql.PARAM, actor.scope().pattern()).query(RotationRecords::exception).stream()) {
            rows.forEach(sink);
        }
    }

    /** Handovers in scope; {@code commissionerId} set: only that commissioner's (either side). */
    public Result<HandoverRow> handovers(Actor actor, Long commissionerId, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = handoverWhere(actor, commissionerId, params);
        long total = jdbc.sql("SELECT count(*) FROM mine_handover h" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result<>(jdbc.sql(HANDOVERS + where + sort.orderBy() + slice.window()).params(params)
                .query(RotationRecords::handover).list(), total, slice.page(), size);
    }

    public void eachHandover(Actor actor, Long commissionerId, ListSort.Sort sort, Consumer<HandoverRow> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<HandoverRow> rows = export.sql(HANDOVERS + handoverWhere(actor, commissionerId, params) + sort.orderBy())
                .params(params).query(RotationRecords::handover).stream()) {
            rows.forEach(sink);
        }
    }

    public HandoverRow handover(Actor actor, long id) {
        return jdbc.sql(HANDOVERS + " WHERE h.id = :id AND" + ScopeSql.condition("h.scope_path")).param("id", id)
                .param(ScopeSql.PARAM, actor.scope().pattern()).query(RotationRecords::handover).optional()
                .orElseThrow(() -> BusinessException.notFound(Handovers.WHAT));
    }

    /** The commissioner–mine pairs of the approved plans in scope (the pairs an exception may keep). */
    public List<Pair> keepable(Actor actor) {
        return jdbc.sql("""
                SELECT DISTINCT a.commissioner_id, a.mine_id, c.name || ' — ' || m.name AS label
                  FROM mine_plan_assignment a JOIN mine_plan p ON p.id = a.plan_id
                  JOIN mine_commissioner c ON c.id = a.commissioner_id JOIN mine_mine m ON m.id = a.mine_id
                 WHERE p.status = 'APPROVED' AND p.scope_path LIKE :p ORDER BY label LIMIT 500""")
                .param("p", actor.scope().pattern())
                .query((rs, n) -> new Pair(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    private static String handoverWhere(Actor actor, Long commissionerId, Map<String, Object> params) {
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        String w = " WHERE" + ScopeSql.condition("h.scope_path");
        if (commissionerId != null) {
            params.put("c", commissionerId);
            w += "AND (h.outgoing_id = :c OR h.incoming_id = :c)";
        }
        return w;
    }

    static ExceptionRow exception(ResultSet rs, int n) throws SQLException {
        return new ExceptionRow(rs.getLong("id"), rs.getInt("plan_year"), rs.getString("commissioner_name"),
                rs.getString("mine_name"), rs.getString("reason"),
                RotationException.Status.valueOf(rs.getString("status")).label());
    }

    static HandoverRow handover(ResultSet rs, int n) throws SQLException {
        Timestamp t = rs.getTimestamp("created_at");
        return new HandoverRow(rs.getLong("id"), rs.getString("mine_name"), rs.getString("outgoing_name"),
                rs.getString("incoming_name"), Handover.Status.valueOf(rs.getString("status")).label(),
                rs.getString("situation"), rs.getString("supervision_status"), rs.getString("incoming_note"),
                t.toInstant(), rs.getLong("outgoing_id"), rs.getLong("incoming_id"), rs.getInt("plan_year"));
    }
}
