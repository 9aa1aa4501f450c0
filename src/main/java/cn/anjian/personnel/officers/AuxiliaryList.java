package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

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
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The auxiliary-staff list (OFF-10) in the actor's scope: filters, sort, page and the streamed Excel export. */
@Component
@RequiredArgsConstructor
class AuxiliaryList {

    /** The list's sortable columns (issue 12): the latest registered first by default. */
    static final ListSort SORT = ListSort.by("x.person_id")
            .key("name", "姓名", "p.name").key("registered", "登记日期", "x.registered_on")
            .key("hours", "培训学时", "training_hours").key("added", "登记顺序", "x.created_at")
            .byDefault("added", false);

    /** Filters, all optional: part of the name; ACTIVE (在岗) or LEFT (已离岗). */
    record Filter(String name, String status) {
        Filter {
            if (name != null && name.length() > 50) {
                throw BusinessException.badInput("BAD-PARAMETER", "姓名查询条件过长");
            }
            if (status != null && !status.isBlank() && !status.equals("ACTIVE") && !status.equals("LEFT")) {
                throw BusinessException.badInput("BAD-PARAMETER", "状态只能是在岗或已离岗");
            }
        }
    }

    private static final String SELECT = """
            SELECT x.person_id, p.name, x.duties, x.registered_on, x.status = 'ACTIVE', x.left_on,
                   (SELECT coalesce(sum(t.class_hours), 0) FROM off_auxiliary_training t WHERE t.person_id = x.person_id)
                   AS training_hours
            FROM off_auxiliary x JOIN per_person p ON p.id = x.person_id""";

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    PageResult<AuxiliaryStaff.AuxiliaryView> page(Actor actor, Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, f, params);
        long total = jdbc.sql("SELECT count(*) FROM off_auxiliary x JOIN per_person p ON p.id = x.person_id" + where)
                .params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<AuxiliaryStaff.AuxiliaryView> items = jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params)
                .query(AuxiliaryStaff::map).list();
        return new PageResult<>(items, slice.page(), size, total);
    }

    /** The active staff by name (the training form's choice). */
    List<AuxiliaryStaff.AuxiliaryView> active(Actor actor) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, new Filter(null, "ACTIVE"), params);
        return jdbc.sql(SELECT + where + " ORDER BY p.name, x.person_id LIMIT 500").params(params)
                .query(AuxiliaryStaff::map).list();
    }

    /** Every auxiliary of the filter in {@code sort} order, streamed (the Excel export). */
    @Transactional(readOnly = true)
    public void each(Actor actor, Filter f, ListSort.Sort sort, Consumer<AuxiliaryStaff.AuxiliaryView> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, f, params);
        try (Stream<AuxiliaryStaff.AuxiliaryView> rows = export.sql(SELECT + where + sort.orderBy()).params(params)
                .query(AuxiliaryStaff::map).stream()) {
            rows.forEach(sink);
        }
    }

    private static String where(Actor actor, Filter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE " + ScopeSql.condition("x.scope_path"));
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (f.name() != null && !f.name().isBlank()) {
            where.append(" AND p.name LIKE :name ESCAPE '\\'");
            params.put("name", Like.contains(f.name().strip()));
        }
        if (f.status() != null && !f.status().isBlank()) {
            where.append(" AND x.status = :status");
            params.put("status", f.status());
        }
        return where.toString();
    }
}
