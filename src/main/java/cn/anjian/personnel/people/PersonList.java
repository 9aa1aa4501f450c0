package cn.anjian.personnel.people;

import lombok.RequiredArgsConstructor;

import java.util.HashMap;
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
import cn.anjian.personnel.PageResult;
import cn.anjian.personnel.PersonFilter;
import cn.anjian.personnel.PersonRole;
import cn.anjian.personnel.PersonView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The people list in the actor's scope (ORG-03), masked (IAM-06): filters, sort, page and the streamed export. */
@Component
@RequiredArgsConstructor
class PersonList {

    /** The list's sortable columns (issue 12): by name by default. */
    static final ListSort SORT = ListSort.by("p.id")
            .key("name", "姓名", "p.name").key("birth", "出生日期", "p.birth_date").key("agency", "登记单位", "a.name")
            .key("added", "登记顺序", "p.id")
            .byDefault("name", true);

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    @Transactional(readOnly = true)
    public PageResult<PersonView> page(Actor actor, PersonFilter filter, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(actor, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM per_person p" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<PersonView> items = jdbc.sql("SELECT " + PeopleService.COLUMNS + PeopleService.FROM + where + sort.orderBy()
                + slice.window()).params(params).query(PeopleService::map).list();
        return new PageResult<>(items, slice.page(), size, total);
    }

    /** Every person of the filter in {@code sort} order, masked as on the page, streamed (the Excel export). */
    @Transactional(readOnly = true)
    public void each(Actor actor, PersonFilter filter, ListSort.Sort sort, Consumer<PersonView> sink) {
        Map<String, Object> params = new HashMap<>();
        String where = where(actor, filter, params);
        try (Stream<PersonView> rows = export.sql("SELECT " + PeopleService.COLUMNS + PeopleService.FROM + where
                + sort.orderBy()).params(params).query(PeopleService::map).stream()) {
            rows.forEach(sink);
        }
    }

    /** Refuses a bad filter (before an export starts). */
    static void check(PersonFilter f) {
        where(null, f, new HashMap<>());
    }

    private static String where(Actor actor, PersonFilter filter, Map<String, Object> params) {
        PersonFilter f = filter == null ? PersonFilter.none() : filter;
        StringBuilder where = new StringBuilder(" WHERE " + ScopeSql.condition("p.scope_path"));
        params.put(ScopeSql.PARAM, actor == null ? "" : actor.scope().pattern());
        if (f.name() != null && !f.name().isBlank()) {
            where.append(" AND p.name LIKE :name");
            params.put("name", "%" + PeopleService.escapeLike(f.name().strip()) + "%");
        }
        if (f.idCard() != null && !f.idCard().isBlank()) {
            where.append(" AND p.id_card = :idCard");
            params.put("idCard", f.idCard().strip().toUpperCase());
        }
        if (f.agencyId() != null) {
            where.append(" AND p.agency_id = :agency");
            params.put("agency", f.agencyId());
        }
        if (f.role() != null && !f.role().isBlank()) {
            // roles live in the features' tables; the two known here are queried directly
            switch (f.role()) {
                case PersonRole.OFFICER -> where.append(" AND EXISTS (SELECT 1 FROM off_officer o WHERE o.person_id = p.id)");
                default -> throw BusinessException.badInput("PERSON-ROLE", "未知的人员角色：" + PeopleService.abbreviate(f.role()));
            }
        }
        return where.toString();
    }
}
