package cn.anjian.mines.registry;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.mines.SupervisingLevel;
import cn.anjian.org.Jurisdictions;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** MC-01: the mines of the actor's scope — the list (filters, sort, pages), its export and a mine's detail. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class MineList {

    /** Filters; {@code area} is a division code inside the actor's scope (its subtree). */
    public record Filter(String q, MineKind kind, ProductionStatus status, SupervisingLevel level, String area) {
    }

    public record Row(long id, String name, MineKind kind, ProductionStatus status, SupervisingLevel level,
                      long annualStrippingTonnes, String parentName, String areaName, Long parentId) {
    }

    public record Result(List<Row> items, long total, int page, int size) {
    }

    public record Detail(Row row, long enterpriseId, BigDecimal latitude, BigDecimal longitude, String workingSites,
                         String systems, String departmentName) {
    }

    public static final ListSort SORT = ListSort.by("m.id")
            .keyNotNull("name", "矿山名称", "m.name").keyNotNull("kind", "矿山类型", "m.kind")
            .keyNotNull("tonnes", "年采剥量", "m.annual_stripping_tonnes").keyNotNull("registered", "登记顺序", "m.id")
            .byDefault("registered", false);

    private static final String SELECT = """
            SELECT m.id, m.name, m.kind, m.production_status, m.supervising_level, m.annual_stripping_tonnes,
                   m.parent_mine_id, p.name AS parent_name, j.name AS area_name
              FROM mine_mine m LEFT JOIN mine_mine p ON p.id = m.parent_mine_id
              JOIN org_jurisdiction_view j ON j.id = m.jurisdiction_id""";

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final Jurisdictions jurisdictions;

    /** Refuses a division outside the actor's scope (the same 400 for page and export, before anything is written). */
    public void check(Actor actor, Filter f) {
        areaPath(actor, f);
    }

    public Result list(Actor actor, Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, f, params);
        long total = jdbc.sql("SELECT count(*) FROM mine_mine m" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params)
                .query(MineList::map).list(), total, slice.page(), size);
    }

    public void each(Actor actor, Filter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<Row> rows = export.sql(SELECT + where(actor, f, params) + sort.orderBy()).params(params)
                .query(MineList::map).stream()) {
            rows.forEach(sink);
        }
    }

    /** The mine in the actor's scope, else 404. */
    public Detail detail(Actor actor, long id) {
        return jdbc.sql(SELECT.replace("SELECT m.id,", "SELECT m.id, m.enterprise_id, m.latitude, m.longitude, "
                        + "m.working_sites, m.systems, m.scope_path, d.name AS department_name,")
                        .replace("FROM mine_mine m", "FROM mine_mine m JOIN org_jurisdiction_view d ON d.id = m.department_jurisdiction_id")
                        + " WHERE m.id = :id")
                .param("id", id).query((rs, n) -> actor.scope().covers(rs.getString("scope_path"))
                        ? new Detail(map(rs, n), rs.getLong("enterprise_id"), rs.getBigDecimal("latitude"),
                        rs.getBigDecimal("longitude"), rs.getString("working_sites"), rs.getString("systems"),
                        rs.getString("department_name")) : null)
                .optional().orElseThrow(() -> BusinessException.notFound(MineRegistry.MINE));
    }

    public record Area(String code, String name) {
    }

    /** The divisions of the actor's scope that have mines (the list's 所在地 filter). */
    public List<Area> areas(Actor actor) {
        return jdbc.sql("""
                SELECT DISTINCT j.code, j.name FROM mine_mine m JOIN org_jurisdiction_view j ON j.id = m.jurisdiction_id
                 WHERE m.scope_path LIKE :p ORDER BY j.code""").param("p", actor.scope().pattern())
                .query((rs, n) -> new Area(rs.getString(1), rs.getString(2))).list();
    }

    /** Non-coal mines in scope an attached tailings pond may belong to (MC-01), by name. */
    public List<Row> parents(Actor actor) {
        return jdbc.sql(SELECT + " WHERE m.scope_path LIKE :p AND m.kind IN ('UNDERGROUND_NON_COAL', 'OPEN_PIT_NON_COAL')"
                + " ORDER BY m.name LIMIT 500").param("p", actor.scope().pattern()).query(MineList::map).list();
    }

    private String where(Actor actor, Filter f, Map<String, Object> params) {
        params.put(ScopeSql.PARAM, areaPath(actor, f).map(p -> p + "%").orElse(actor.scope().pattern()));
        StringBuilder w = new StringBuilder(" WHERE").append(ScopeSql.condition("m.scope_path"));
        if (f.q() != null && !f.q().isBlank()) {
            w.append(" AND m.name LIKE :q");
            params.put("q", Like.contains(f.q()));
        }
        if (f.kind() != null) {
            w.append(" AND m.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.status() != null) {
            w.append(" AND m.production_status = :status");
            params.put("status", f.status().name());
        }
        if (f.level() != null) {
            w.append(" AND m.supervising_level = :level");
            params.put("level", f.level().name());
        }
        return w.toString();
    }

    private Optional<String> areaPath(Actor actor, Filter f) {
        if (f.area() == null || f.area().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(jurisdictions.findByCode(f.area().strip()).filter(j -> actor.scope().covers(j.path()))
                .map(j -> j.path()).orElseThrow(() -> BusinessException.badInput("MC-01-AREA",
                        "所选行政区划不存在或不在您的管辖范围内")));
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("name"), MineKind.valueOf(rs.getString("kind")),
                ProductionStatus.valueOf(rs.getString("production_status")),
                SupervisingLevel.valueOf(rs.getString("supervising_level")), rs.getLong("annual_stripping_tonnes"),
                rs.getString("parent_name"), rs.getString("area_name"), (Long) rs.getObject("parent_mine_id"));
    }
}
