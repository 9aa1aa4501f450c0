package cn.anjian.mines.hazards;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** MW-12: stop-work and evacuation orders in the actor's scope. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class StopWorkQueries {

    public record Row(long id, long mineId, String mineName, String commissionerName, StopWorkKind kind,
                      Instant orderedAt, String reason, String scopeText, int peopleEvacuated, List<Long> photoFileIds,
                      String orderNumber, Long orderFileId, StopWorkState state, Instant escalatedAt, Instant liftedAt,
                      String liftNote) {
    }

    public record Result(List<Row> items, long total, int page, int size) {
    }

    public static final ListSort SORT = ListSort.by("a.id")
            .keyNotNull("ordered", "下达时间", "a.ordered_at").keyNotNull("mine", "矿山", "m.name")
            .keyNotNull("state", "状态", "a.state").byDefault("ordered", false);

    private static final String SELECT = """
            SELECT a.id, a.mine_id, m.name AS mine_name, c.name AS commissioner_name, a.kind, a.ordered_at, a.reason,
                   a.scope_text, a.people_evacuated, a.photo_file_ids, a.order_number, a.order_file_id, a.state,
                   a.escalated_at, a.lifted_at, a.lift_note
            FROM mine_stop_order a JOIN mine_mine m ON m.id = a.mine_id JOIN mine_commissioner c ON c.id = a.commissioner_id""";

    /** "major only" here: the stop-production and evacuation orders. */
    private static final String MAJOR = "a.kind = 'STOP_AND_EVACUATE'";

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    public Result list(Actor actor, MatterFilter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = f.where(actor, MAJOR, null, params, null);
        long total = jdbc.sql("SELECT count(*) FROM mine_stop_order a" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params)
                .query(StopWorkQueries::map).list(), total, slice.page(), size);
    }

    public void each(Actor actor, MatterFilter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = f.where(actor, MAJOR, null, params, null);
        try (Stream<Row> rows = export.sql(SELECT + where + sort.orderBy()).params(params)
                .query(StopWorkQueries::map).stream()) {
            rows.forEach(sink);
        }
    }

    public Row get(Actor actor, long id) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = MatterFilter.none().where(actor, null, null, params, null) + " AND a.id = :id";
        params.put("id", id);
        return jdbc.sql(SELECT + where).params(params).query(StopWorkQueries::map).optional()
                .orElseThrow(() -> BusinessException.notFound(StopWorkOrders.WHAT));
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("mine_id"), rs.getString("mine_name"),
                rs.getString("commissioner_name"), StopWorkKind.valueOf(rs.getString("kind")),
                HazardQueries.instant(rs, "ordered_at"), rs.getString("reason"), rs.getString("scope_text"),
                rs.getInt("people_evacuated"), HazardQueries.ids(rs.getString("photo_file_ids")),
                rs.getString("order_number"), HazardQueries.optionalLong(rs, "order_file_id"),
                StopWorkState.valueOf(rs.getString("state")), HazardQueries.instant(rs, "escalated_at"),
                HazardQueries.instant(rs, "lifted_at"), rs.getString("lift_note"));
    }
}
