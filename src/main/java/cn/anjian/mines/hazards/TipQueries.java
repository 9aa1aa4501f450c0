package cn.anjian.mines.hazards;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import cn.anjian.kernel.Zones;
import cn.anjian.mines.hazards.TipEnums.Allegation;
import cn.anjian.mines.hazards.TipEnums.Source;
import cn.anjian.mines.hazards.TipEnums.TipState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** MW-08: incident tips in the actor's scope, with the self-check report's due date. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class TipQueries {

    public record Row(long id, long mineId, String mineName, String commissionerName, Source source, Allegation kind,
                      String summary, boolean immediate, TipState state, Instant receivedAt, Instant selfCheckOrderedAt,
                      LocalDate dueDate, boolean overdue, String report, Long reportFileId, Instant forwardedAt,
                      Instant escalatedAt) {
    }

    public record Result(List<Row> items, long total, int page, int size) {
    }

    public static final ListSort SORT = ListSort.by("a.id")
            .keyNotNull("received", "收到时间", "a.received_at").key("due", "报告期限", "a.due_date")
            .keyNotNull("mine", "矿山", "m.name").keyNotNull("state", "状态", "a.state").byDefault("received", false);

    private static final String SELECT = """
            SELECT a.id, a.mine_id, m.name AS mine_name, c.name AS commissioner_name, a.source, a.kind, a.summary,
                   a.immediate, a.state, a.received_at, a.self_check_ordered_at, a.due_date, a.report, a.report_file_id,
                   a.forwarded_at, a.escalated_at
            FROM mine_incident_tip a JOIN mine_mine m ON m.id = a.mine_id JOIN mine_commissioner c ON c.id = a.commissioner_id""";

    private static final String OPEN = "a.state = 'AWAITING_REPORT'";

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final Clock clock;

    public Result list(Actor actor, MatterFilter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        LocalDate today = today();
        String where = f.where(actor, "a.immediate", OPEN, params, today);
        long total = jdbc.sql("SELECT count(*) FROM mine_incident_tip a" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params)
                .query((rs, n) -> map(rs, today)).list(), total, slice.page(), size);
    }

    public void each(Actor actor, MatterFilter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        LocalDate today = today();
        String where = f.where(actor, "a.immediate", OPEN, params, today);
        try (Stream<Row> rows = export.sql(SELECT + where + sort.orderBy()).params(params)
                .query((rs, n) -> map(rs, today)).stream()) {
            rows.forEach(sink);
        }
    }

    public Row get(Actor actor, long id) {
        Map<String, Object> params = new LinkedHashMap<>();
        LocalDate today = today();
        String where = MatterFilter.none().where(actor, null, null, params, today) + " AND a.id = :id";
        params.put("id", id);
        return jdbc.sql(SELECT + where).params(params).query((rs, n) -> map(rs, today)).optional()
                .orElseThrow(() -> BusinessException.notFound(IncidentTips.WHAT));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.SHANGHAI));
    }

    private static Row map(ResultSet rs, LocalDate today) throws SQLException {
        TipState state = TipState.valueOf(rs.getString("state"));
        java.sql.Date due = rs.getDate("due_date");
        LocalDate dueDate = due == null ? null : due.toLocalDate();
        return new Row(rs.getLong("id"), rs.getLong("mine_id"), rs.getString("mine_name"),
                rs.getString("commissioner_name"), Source.valueOf(rs.getString("source")),
                Allegation.valueOf(rs.getString("kind")), rs.getString("summary"), rs.getBoolean("immediate"), state,
                HazardQueries.instant(rs, "received_at"), HazardQueries.instant(rs, "self_check_ordered_at"), dueDate,
                state == TipState.AWAITING_REPORT && dueDate != null && dueDate.isBefore(today), rs.getString("report"),
                HazardQueries.optionalLong(rs, "report_file_id"), HazardQueries.instant(rs, "forwarded_at"),
                HazardQueries.instant(rs, "escalated_at"));
    }
}
