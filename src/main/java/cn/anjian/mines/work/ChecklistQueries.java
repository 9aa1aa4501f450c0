package cn.anjian.mines.work;

import lombok.RequiredArgsConstructor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** MW-05: the items of a kind's current template revision and the local additions that apply in the actor's scope. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ChecklistQueries {

    public record Filter(KindGroup kind, ChecklistItem.Source source, String q) {
    }

    public record Result(List<ChecklistItem> items, long total, int page, int size, String versionLabel) {
    }

    public static final ListSort SORT = ListSort.by("i.id")
            .key("order", "表内顺序", "(i.source = 'LOCAL'), i.position").key("section", "所属部分", "i.section")
            .key("mandatory", "必查/抽查", "i.mandatory").byDefault("order", true);

    private static final String SELECT = """
            SELECT i.id, i.source, i.section, i.text, i.mandatory, i.basis, i.site_or_system, j.name AS jname
            FROM mine_checklist_item i LEFT JOIN org_jurisdiction_view j ON j.id = i.jurisdiction_id""";

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final Checklists checklists;

    public Result list(Actor actor, Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, f, params);
        long total = jdbc.sql("SELECT count(*) FROM mine_checklist_item i" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        String label = jdbc.sql("SELECT template_year, revision FROM mine_checklist_version WHERE id = :v").param("v", params.get("v"))
                .query((rs, n) -> MineTable.label(rs.getInt(1), rs.getInt(2))).single();
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params).query(Checklists::item).list(),
                total, slice.page(), size, label);
    }

    public void each(Actor actor, Filter f, ListSort.Sort sort, Consumer<ChecklistItem> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<ChecklistItem> rows = export.sql(SELECT + where(actor, f, params) + sort.orderBy()).params(params)
                .query(Checklists::item).stream()) {
            rows.forEach(sink);
        }
    }

    /** Template items of the current revision, and local items of the actor's jurisdiction, its ancestors and descendants. */
    private String where(Actor actor, Filter f, Map<String, Object> params) {
        params.put("v", checklists.currentVersion(f.kind()));
        params.put("k", f.kind().name());
        params.put("pattern", actor.scope().pattern());
        params.put("path", actor.scope().path());
        StringBuilder w = new StringBuilder(" " + """
                WHERE ((i.source = 'TEMPLATE' AND i.version_id = :v)
                    OR (i.source = 'LOCAL' AND i.kind_group = :k AND i.retired_at IS NULL
                        AND (i.scope_path LIKE :pattern OR :path LIKE i.scope_path || '%')))""");
        if (f.source() != null) {
            w.append(" AND i.source = :source");
            params.put("source", f.source().name());
        }
        if (f.q() != null) {
            w.append(" AND (i.text LIKE :q ESCAPE '\\' OR i.section LIKE :q ESCAPE '\\')");
            params.put("q", Like.contains(f.q()));
        }
        return w.toString();
    }
}
