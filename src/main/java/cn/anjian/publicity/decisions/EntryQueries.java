package cn.anjian.publicity.decisions;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
import cn.anjian.publicity.decisions.EntryEnums.Kind;
import cn.anjian.publicity.decisions.EntryEnums.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's list of decision entries (drafts, in review, published, exempted, withdrawn — the archive keeps them
 * all), scoped to the actor's jurisdiction (ORG-03) in SQL; the page, its export and the API share filter, sort and mapper.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class EntryQueries {

    static final ListSort SORT = ListSort.by("e.id")
            .key("decided", "决定日期", "e.decided_on").key("title", "标题", "e.title").key("status", "状态", "e.status")
            .key("formed", "形成顺序", "e.id")
            .byDefault("formed", true);

    record Filter(Status status, Kind kind, String q) {
    }

    record Row(long id, Kind kind, Status status, String title, String caseNumber, String party, String ownerName,
               LocalDate decidedOn, Long deadlineId) {
        public String kindLabel() {
            return kind.label();
        }

        public String statusLabel() {
            return status.label();
        }
    }

    record Page(List<Row> items, int page, long total, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    private static final String SELECT = """
            SELECT e.id, e.kind, e.status, e.title, e.case_number, e.party, e.owner_name, e.decided_on, e.deadline_id
            FROM pub_decision_entry e""";

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    Page list(Actor actor, Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> p = new LinkedHashMap<>();
        String where = where(actor, f, p);
        long total = jdbc.sql("SELECT count(*) FROM pub_decision_entry e" + where).params(p).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<Row> rows = jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(p).query(EntryQueries::map).list();
        return new Page(rows, slice.page(), total, size);
    }

    void each(Actor actor, Filter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> p = new LinkedHashMap<>();
        String where = where(actor, f, p);
        try (Stream<Row> rows = export.sql(SELECT + where + sort.orderBy()).params(p).query(EntryQueries::map).stream()) {
            rows.forEach(sink);
        }
    }

    private static String where(Actor actor, Filter f, Map<String, Object> p) {
        StringBuilder w = new StringBuilder(" WHERE e.scope_path LIKE :scope");
        p.put("scope", actor.scope().pattern());
        if (f.status() != null) {
            w.append(" AND e.status = :status");
            p.put("status", f.status().name());
        }
        if (f.kind() != null) {
            w.append(" AND e.kind = :kind");
            p.put("kind", f.kind().name());
        }
        if (f.q() != null && !f.q().isBlank()) {
            w.append(" AND (e.title LIKE :q OR e.party LIKE :q OR e.case_number LIKE :q)");
            p.put("q", Like.contains(f.q()));
        }
        return w.toString();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), Status.valueOf(rs.getString("status")),
                rs.getString("title"), rs.getString("case_number"), rs.getString("party"), rs.getString("owner_name"),
                rs.getObject("decided_on", LocalDate.class), rs.getObject("deadline_id", Long.class));
    }
}
