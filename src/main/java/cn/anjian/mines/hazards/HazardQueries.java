package cn.anjian.mines.hazards;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
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
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.HazardState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** MW-06: hazards in the actor's scope (department list, phone list, detail, export, workbench count). */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class HazardQueries {

    public record Row(long id, long mineId, String mineName, String commissionerName, String description, boolean major,
                      HazardState state, String orderNumber, Long orderFileId, LocalDate dueDate, boolean overdue,
                      Instant foundAt, Instant escalatedAt, int rounds, String report, Long reportFileId,
                      String recheckNote, List<Long> photoFileIds, UUID checkId) {
    }

    public record Result(List<Row> items, long total, int page, int size) {
    }

    public static final ListSort SORT = ListSort.by("a.id")
            .keyNotNull("found", "发现时间", "a.found_at").key("due", "整改期限", "a.due_date")
            .keyNotNull("mine", "矿山", "m.name").keyNotNull("state", "状态", "a.state").byDefault("found", false);

    static final String OPEN = "a.state <> 'CLOSED'";

    private static final String SELECT = """
            SELECT a.id, a.mine_id, m.name AS mine_name, c.name AS commissioner_name, a.description, a.major, a.state,
                   a.order_number, a.order_file_id, a.due_date, a.found_at, a.escalated_at, a.rounds, a.report,
                   a.report_file_id, a.recheck_note, a.photo_file_ids, a.check_id
            FROM mine_hazard a JOIN mine_mine m ON m.id = a.mine_id JOIN mine_commissioner c ON c.id = a.commissioner_id""";

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final Clock clock;

    public Result list(Actor actor, MatterFilter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = f.where(actor, "a.major", OPEN, params, today());
        long total = jdbc.sql("SELECT count(*) FROM mine_hazard a" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        LocalDate today = today();
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params)
                .query((rs, n) -> map(rs, today)).list(), total, slice.page(), size);
    }

    /** The count the workbench card shows: the same query as the list its link opens. */
    public long count(Actor actor, MatterFilter f) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = f.where(actor, "a.major", OPEN, params, today());
        return jdbc.sql("SELECT count(*) FROM mine_hazard a" + where).params(params).query(Long.class).single();
    }

    public void each(Actor actor, MatterFilter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = f.where(actor, "a.major", OPEN, params, today());
        LocalDate today = today();
        try (Stream<Row> rows = export.sql(SELECT + where + sort.orderBy()).params(params)
                .query((rs, n) -> map(rs, today)).stream()) {
            rows.forEach(sink);
        }
    }

    public Row get(Actor actor, long id) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = MatterFilter.none().where(actor, null, null, params, today()) + " AND a.id = :id";
        params.put("id", id);
        LocalDate today = today();
        return jdbc.sql(SELECT + where).params(params).query((rs, n) -> map(rs, today)).optional()
                .orElseThrow(() -> BusinessException.notFound(Hazards.WHAT));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.SHANGHAI));
    }

    static List<Long> ids(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(Long::valueOf).toList();
    }

    static Long optionalLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Row map(ResultSet rs, LocalDate today) throws SQLException {
        HazardState state = HazardState.valueOf(rs.getString("state"));
        java.sql.Date due = rs.getDate("due_date");
        LocalDate dueDate = due == null ? null : due.toLocalDate();
        String check = rs.getString("check_id");
        return new Row(rs.getLong("id"), rs.getLong("mine_id"), rs.getString("mine_name"),
                rs.getString("commissioner_name"), rs.getString("description"), rs.getBoolean("major"), state,
                rs.getString("order_number"), optionalLong(rs, "order_file_id"), dueDate,
                state != HazardState.CLOSED && dueDate != null && dueDate.isBefore(today),
                instant(rs, "found_at"), instant(rs, "escalated_at"), rs.getInt("rounds"), rs.getString("report"),
                optionalLong(rs, "report_file_id"), rs.getString("recheck_note"), ids(rs.getString("photo_file_ids")),
                check == null ? null : UUID.fromString(check));
    }
}
