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
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Params;
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

    /** The lists' filters: status (the constant's name), part of a mine's or a commissioner's name, plan year. */
    public record Filter(String status, String mine, String commissioner, Integer year) {
        public static final Filter NONE = new Filter(null, null, null, null);

        /** From the request's parameters (400 on a bad value); {@code exceptions} picks the list whose statuses apply. */
        public static Filter parse(Map<String, String> q, boolean exceptions) {
            String status = exceptions
                    ? name(Params.choice(RotationException.Status.class, "审批状态", q.get("status"), RotationException.Status::label))
                    : name(Params.choice(Handover.Status.class, "交接状态", q.get("status"), Handover.Status::label));
            return new Filter(status, Params.text("矿山", q.get("mineName"), 100),
                    Params.text("监管专员", q.get("commissioner"), 50),
                    q.get("year") == null || q.get("year").isBlank() ? null : Params.integer("年度", q.get("year"), 0, 2000, 2100));
        }

        private static String name(Enum<?> e) {
            return e == null ? null : e.name();
        }
    }

    /** A status a list's filter offers: the constant's name and its label. */
    public record StatusChoice(String code, String label) {
    }

    public static final List<StatusChoice> EXCEPTION_STATUSES = java.util.Arrays.stream(RotationException.Status.values())
            .map(x -> new StatusChoice(x.name(), x.label())).toList();
    public static final List<StatusChoice> HANDOVER_STATUSES = java.util.Arrays.stream(Handover.Status.values())
            .map(x -> new StatusChoice(x.name(), x.label())).toList();

    /** A pair of the latest approved plans that may be kept (the exception form's choices). */
    public record Pair(long commissionerId, long mineId, String label) {
    }

    public static final ListSort EXCEPTION_SORT = ListSort.by("x.id").keyNotNull("year", "延期年度", "x.plan_year")
            .keyNotNull("requested", "申请顺序", "x.id").keyNotNull("commissioner", "监管专员", "c.name")
            .keyNotNull("mine", "矿山", "m.name").keyNotNull("status", "审批状态", "x.status").byDefault("requested", false);
    public static final ListSort HANDOVER_SORT = ListSort.by("h.id").keyNotNull("mine", "矿山", "m.name")
            .keyNotNull("created", "生成时间", "h.created_at").keyNotNull("year", "方案年度", "p.plan_year")
            .keyNotNull("outgoing", "交出监管专员", "o.name").keyNotNull("status", "状态", "h.status")
            .byDefault("created", false);

    private static final String EXCEPTION_FROM = """
              FROM mine_rotation_exception x JOIN mine_commissioner c ON c.id = x.commissioner_id
              JOIN mine_mine m ON m.id = x.mine_id""";
    private static final String EXCEPTIONS = """
            SELECT x.id, x.plan_year, c.name AS commissioner_name, m.name AS mine_name, x.reason, x.status"""
            + " " + EXCEPTION_FROM;
    private static final String HANDOVER_FROM = """
              FROM mine_handover h JOIN mine_mine m ON m.id = h.mine_id JOIN mine_commissioner o ON o.id = h.outgoing_id
              JOIN mine_commissioner i ON i.id = h.incoming_id JOIN mine_plan p ON p.id = h.plan_id""";
    private static final String HANDOVERS = """
            SELECT h.id, m.name AS mine_name, o.name AS outgoing_name, i.name AS incoming_name, h.status, h.situation,
                   h.supervision_status, h.incoming_note, h.created_at, h.outgoing_id, h.incoming_id, p.plan_year"""
            + " " + HANDOVER_FROM;

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    public Result<ExceptionRow> exceptions(Actor actor, Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = exceptionWhere(actor, f, params);
        long total = jdbc.sql("SELECT count(*) " + EXCEPTION_FROM + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result<>(jdbc.sql(EXCEPTIONS + where + sort.orderBy() + slice.window()).params(params)
                .query(RotationRecords::exception).list(), total, slice.page(), size);
    }

    public void eachException(Actor actor, Filter f, ListSort.Sort sort, Consumer<ExceptionRow> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<ExceptionRow> rows = export.sql(EXCEPTIONS + exceptionWhere(actor, f, params) + sort.orderBy())
                .params(params).query(RotationRecords::exception).stream()) {
            rows.forEach(sink);
        }
    }

    /** Handovers in scope; {@code commissionerId} set: only that commissioner's (either side). */
    public Result<HandoverRow> handovers(Actor actor, Long commissionerId, Filter f, ListSort.Sort sort, int page,
                                         int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = handoverWhere(actor, commissionerId, f, params);
        long total = jdbc.sql("SELECT count(*) " + HANDOVER_FROM + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result<>(jdbc.sql(HANDOVERS + where + sort.orderBy() + slice.window()).params(params)
                .query(RotationRecords::handover).list(), total, slice.page(), size);
    }

    public void eachHandover(Actor actor, Long commissionerId, Filter f, ListSort.Sort sort, Consumer<HandoverRow> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<HandoverRow> rows = export.sql(HANDOVERS + handoverWhere(actor, commissionerId, f, params)
                + sort.orderBy())
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

    private static String handoverWhere(Actor actor, Long commissionerId, Filter f, Map<String, Object> params) {
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        StringBuilder w = new StringBuilder(" WHERE" + ScopeSql.condition("h.scope_path"));
        if (commissionerId != null) {
            params.put("c", commissionerId);
            w.append("AND (h.outgoing_id = :c OR h.incoming_id = :c)");
        }
        filtered(w, f, params, "h.status", "p.plan_year");
        if (f.commissioner() != null) {
            w.append(" AND (o.name LIKE :person OR i.name LIKE :person)");
        }
        return w.toString();
    }

    private static String exceptionWhere(Actor actor, Filter f, Map<String, Object> params) {
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        StringBuilder w = new StringBuilder(" WHERE" + ScopeSql.condition("x.scope_path"));
        filtered(w, f, params, "x.status", "x.plan_year");
        if (f.commissioner() != null) {
            w.append(" AND c.name LIKE :person");
        }
        return w.toString();
    }

    /** The conditions both lists share (columns are constants, values parameters). */
    private static void filtered(StringBuilder w, Filter f, Map<String, Object> params, String status, String year) {
        if (f.status() != null) {
            w.append(" AND ").append(status).append(" = :status");
            params.put("status", f.status());
        }
        if (f.year() != null) {
            w.append(" AND ").append(year).append(" = :year");
            params.put("year", f.year());
        }
        if (f.mine() != null) {
            w.append(" AND m.name LIKE :mine");
            params.put("mine", Like.contains(f.mine()));
        }
        if (f.commissioner() != null) {
            params.put("person", Like.contains(f.commissioner()));
        }
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
