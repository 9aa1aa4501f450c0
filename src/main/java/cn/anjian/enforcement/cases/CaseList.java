package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.Masking;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoped, filtered case list with keyset pagination on (opened_at DESC, id DESC), made for a
 * million cases: no OFFSET and no count(*) (both grow with the table); the scope condition is in the
 * SQL (ORG-03). The cursor is "{opened_at in epoch microseconds}.{id}" of the edge row; see V13_1 for
 * the indexes that serve each shape of the query.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseList {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /**
     * The sortable columns; the default (opened, newest first) pages by keyset, any other order by page number
     * ({@code LIMIT}/{@code OFFSET}, no count), with the id as tiebreaker.
     */
    public static final ListSort SORT = ListSort.by("c.id")
            .key("opened", "立案时间", "c.opened_at").key("number", "案号", "c.case_number")
            .key("title", "案件名称", "c.title").key("party", "当事人", "c.party_name")
            .key("unit", "承办科室", "c.unit_id").key("due", "办理期限", "c.due_at")
            .byDefault("opened", false);

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final java.time.Clock clock;
    private final cn.anjian.personnel.PersonAccounts accounts;
    private final cn.anjian.kernel.CustomPlanJdbc customPlans;

    record Cursor(Instant at, long id) {

        static Cursor parse(String s) {
            if (s == null || s.isBlank()) {
                return null;
            }
            String[] p = s.strip().split("\\.");
            try {
                if (p.length != 2) {
                    throw new NumberFormatException();
                }
                long micros = Long.parseLong(p[0]);
                long id = Long.parseLong(p[1]);
                if (id <= 0 || micros < 0 || micros > 4_102_444_800_000_000L) {
                    throw new NumberFormatException();
                }
                return new Cursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id);
            } catch (NumberFormatException e) {
                throw BusinessException.badInput("CASE-CURSOR", "翻页参数无效，请从第一页重新查看");
            }
        }

        String text() {
            return ChronoUnit.MICROS.between(Instant.EPOCH, at) + "." + id;
        }
    }

    /**
     * A page after {@code after} (next page) or before {@code before} (previous page); with neither,
     * the first page. {@code size} is clamped to 1..{@value #MAX_SIZE}.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    public CasePage list(Actor actor, CaseFilter f, String after, String before, int size) {
        return list(actor, f, after, before, size, Plan.AUTO);
    }

    /**
     * Page {@code page} (0-based) in an order other than the default: the page's ids by {@code LIMIT}/{@code OFFSET}
     * on the chosen column (no count); {@code next}/{@code previous} of the result are page numbers.
     * The default order goes to the keyset {@link #list(Actor, CaseFilter, String, String, int)}.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    public CasePage sorted(Actor actor, CaseFilter f, ListSort.Sort sort, int page, int size) {
        CaseFilter filter = f == null ? CaseFilter.none() : f;
        int n = Math.min(Math.max(size, 1), MAX_SIZE);
        Map<String, Object> params = new LinkedHashMap<>();
        Instant now = clock.instant();
        StringBuilder where = conditions(actor, filter, Guards.text(filter.party(), 100, "当事人"), now, params, me(actor, filter));
        String order = sort.orderBy();
        String ctes = "WITH page AS (SELECT c.id FROM enf_case c WHERE " + where + order + " LIMIT " + (n + 1)
                + " OFFSET " + Math.max(0L, (long) page * n) + ")";
        List<CaseRow> rows = rows(actor, ctes, order, params, now);
        boolean more = rows.size() > n;
        if (more) {
            rows.remove(rows.size() - 1);
        }
        return new CasePage(rows, more ? String.valueOf(page + 1) : null, page > 0 ? String.valueOf(page - 1) : null);
    }

    /** How many cases the list shows for {@code f} (the same scope and conditions; the workbench's counts link to it). */
    public long count(Actor actor, CaseFilter f) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = conditions(actor, f, Guards.text(f.party(), 100, "当事人"), clock.instant(), params, me(actor, f));
        return jdbc.sql("SELECT count(*) FROM enf_case c WHERE " + where).params(params).query(Long.class).single();
    }

    /** Refuses (400) a filter the list would refuse, before an export starts writing its response. */
    public static void check(CaseFilter f) {
        if (f != null) {
            Guards.text(f.party(), 100, "当事人");
            if (f.openedFrom() != null && f.openedTo() != null && f.openedTo().isBefore(f.openedFrom())) {
                throw BusinessException.badInput("CASE-DATES", "立案日期的结束日不能早于开始日");
            }
        }
    }

    /** Every case of the filter in {@code sort} order, streamed (the Excel export): same scope, filter and masking as the page. */
    public void each(Actor actor, CaseFilter f, ListSort.Sort sort, java.util.function.Consumer<CaseRow> sink) {
        CaseFilter filter = f == null ? CaseFilter.none() : f;
        Map<String, Object> params = new LinkedHashMap<>();
        Instant now = clock.instant();
        StringBuilder where = conditions(actor, filter, Guards.text(filter.party(), 100, "当事人"), now, params, me(actor, filter));
        boolean pii = actor.hasPermission("pii:view-full");
        try (java.util.stream.Stream<CaseRow> rows = export.sql(SELECT + " FROM enf_case c LEFT JOIN org_unit_view u ON u.id = c.unit_id WHERE "
                + where + sort.orderBy()).params(params).query((rs, i) -> row(rs, pii, now)).stream()) {
            rows.forEach(sink);
        }
    }

    /** Which query picks the page's ids; both give the same rows (a test proves it), only the cost differs. */
    enum Plan { AUTO, WHOLE_SCOPE, PER_PATH }

    /**
     * Per path for county users, and for city users unless they search a party name; the whole scope at
     * once for the province and for an undertaking-unit filter (its own index, enf_case_unit_opened).
     * Why, measured on 1,000,000 cases (bench/RESULTS.md; EXPLAIN buffers of the page-id query): a scope
     * such as {@code /1/43/%} spans several case paths (the city's and its counties'), so no index yields
     * its rows in list order — walking (opened_at, id) and dropping other scopes' rows costs a county
     * ~1,200 buffers per page and a city up to 20,000 (overdue). Walking each path on
     * (scope_path, opened_at, id) with kind, stage, source and the overdue columns inside the index
     * (V13_3) and merging the short walks costs a county 20–120 buffers (party search 400–600 instead of
     * 2,800) and a city 100–1,400. A city's party search reads the heap of every path (50,000 buffers),
     * and the province has 133 paths while its filters match near the top of the global order (10–500
     * buffers): there the whole-scope walk wins.
     */
    CasePage list(Actor actor, CaseFilter f, String after, String before, int size, Plan plan) {
        CaseFilter filter = f == null ? CaseFilter.none() : f;
        int n = Math.min(Math.max(size, 1), MAX_SIZE);
        Cursor a = Cursor.parse(after);
        Cursor b = a == null ? Cursor.parse(before) : null;
        // the page's ids come from an index alone (see V13_2, V13_3), then only those rows are read
        Map<String, Object> params = new LinkedHashMap<>();
        Instant now = clock.instant();
        String party = Guards.text(filter.party(), 100, "当事人");
        StringBuilder where = conditions(actor, filter, party, now, params, me(actor, filter));
        String order;
        if (a != null) {
            where.append(" AND (c.opened_at, c.id) < (:cAt, :cId)");
            order = " ORDER BY c.opened_at DESC, c.id DESC";
        } else if (b != null) {
            where.append(" AND (c.opened_at, c.id) > (:cAt, :cId)");
            order = " ORDER BY c.opened_at ASC, c.id ASC";
        } else {
            order = " ORDER BY c.opened_at DESC, c.id DESC";
        }
        Cursor cur = a != null ? a : b;
        if (cur != null) {
            params.put("cAt", Timestamp.from(cur.at()));
            params.put("cId", cur.id());
        }
        int depth = actor.scope().depth();
        boolean perPath = plan == Plan.PER_PATH
                || plan == Plan.AUTO && filter.unitId() == null && (depth >= 3 || depth == 2 && party == null);
        String ctes = perPath ? perPathCtes(actor, where, order, n + 1)
                : "WITH page AS (SELECT c.id, c.opened_at FROM enf_case c WHERE " + where + order + " LIMIT " + (n + 1) + ")";
        String dir = b != null ? "ASC" : "DESC";
        List<CaseRow> rows = rows(actor, ctes, " ORDER BY p.opened_at " + dir + ", p.id " + dir, params, now);
        return page(rows, n, a, b);
    }

    /** Whether the actor's account is linked to a person, so that "我的案件" can show anything. */
    public boolean linked(Actor actor) {
        return accounts.personOf(actor.userId()).isPresent();
    }

    /** "我的案件": the person linked to the actor's account (-1, matching no one, when none); null without the filter. */
    private Long me(Actor actor, CaseFilter filter) {
        return filter.mineOnly() ? accounts.personOf(actor.userId()).orElse(-1L) : null;
    }

    /** The filter as conditions on enf_case c, the scope first (ORG-03). */
    private static StringBuilder conditions(Actor actor, CaseFilter filter, String party, Instant now,
                                            Map<String, Object> params, Long me) {
        // the scope written in (ScopeSql.inline): an unfiltered page has no parameter and a plan cached per scope
        StringBuilder where = new StringBuilder(ScopeSql.inline("c.scope_path", actor.scope()));
        if (filter.kind() != null) {
            where.append(" AND c.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.stage() != null) {
            where.append(" AND c.stage = :stage");
            params.put("stage", filter.stage().name());
        }
        if (filter.source() != null) {
            where.append(" AND c.source = :source");
            params.put("source", filter.source().name());
        }
        if (filter.unitId() != null) {
            where.append(" AND c.unit_id = :unit");
            params.put("unit", filter.unitId());
        }
        if (party != null) {
            where.append(" AND c.party_name LIKE :party");
            params.put("party", Like.contains(party));
        }
        if (filter.openedFrom() != null && filter.openedTo() != null && filter.openedTo().isBefore(filter.openedFrom())) {
            throw BusinessException.badInput("CASE-DATES", "立案日期的结束日不能早于开始日");
        }
        if (filter.openedFrom() != null) {
            where.append(" AND c.opened_at >= :from");
            params.put("from", Timestamp.from(filter.openedFrom().atStartOfDay(Zones.SHANGHAI).toInstant()));
        }
        if (filter.openedTo() != null) {
            where.append(" AND c.opened_at < :to");
            params.put("to", Timestamp.from(filter.openedTo().plusDays(1).atStartOfDay(Zones.SHANGHAI).toInstant()));
        }
        if (filter.overdueOnly()) {
            where.append(" AND c.closed_at IS NULL AND c.due_at IS NOT NULL AND c.due_at < :now");
            params.put("now", Timestamp.from(now));
        }
        if (me != null) {
            where.append(" AND EXISTS (SELECT 1 FROM enf_case_member m WHERE m.case_id = c.id AND m.removed_at IS NULL"
                    + " AND m.person_id = :me)");
            params.put("me", me);
        }
        return where;
    }

    /** The page's ids by short walks, one per scope path (see the plan note on {@link #list}). */
    private static String perPathCtes(Actor actor, StringBuilder where, String order, int limit) {
        // the scope as a byte range (paths are digits and slashes; '0' follows '/'): the operators of
        // text_pattern_ops, so the index is used whatever the plan; LIKE stays as the ORG-03 condition. Written in,
        // as the scope is (checked digits and slashes): an unfiltered page then has no parameter and a cached plan
        String path = actor.scope().path();
        String lo = "'" + path + "'";
        String hi = "'" + path.substring(0, path.length() - 1) + "0'";
        return """
                WITH RECURSIVE paths(path) AS (
                  (SELECT scope_path FROM enf_case WHERE scope_path ~>=~ %1$s AND scope_path ~<~ %2$s ORDER BY scope_path USING ~<~ LIMIT 1)
                  UNION ALL
                  SELECT (SELECT x.scope_path FROM enf_case x WHERE x.scope_path ~>~ p.path AND x.scope_path ~<~ %2$s
                          ORDER BY x.scope_path USING ~<~ LIMIT 1)
                  FROM paths p WHERE p.path IS NOT NULL),
                page AS (SELECT q.id, q.opened_at FROM paths p CROSS JOIN LATERAL (
                  SELECT c.id, c.opened_at FROM enf_case c WHERE c.scope_path = p.path AND\s""".formatted(lo, hi) + where + order
                + " LIMIT " + limit + ") q WHERE p.path IS NOT NULL" + order.replace("c.", "q.") + " LIMIT " + limit + ")";
    }

    private static final String SELECT = """
            SELECT c.id, c.case_number, c.title, c.kind, c.stage, c.source, c.party_name, c.party_kind, c.opened_at,
                   c.due_at, c.closed_at, u.name AS unit_name""";

    private List<CaseRow> rows(Actor actor, String ctes, String order, Map<String, Object> params, Instant now) {
        // PgJDBC server-prepares a statement from its 5th use, after which PostgreSQL may choose a generic
        // plan that no longer sees the scope prefix or the rarity of a filter value: plan each call anew (CustomPlanJdbc:
        // never server-prepared, so one statement and no transaction; SET LOCAL plan_cache_mode needed both)
        String query = ctes + " " + SELECT + """
                
                FROM page p JOIN enf_case c ON c.id = p.id LEFT JOIN org_unit_view u ON u.id = c.unit_id
                """ + order;
        boolean pii = actor.hasPermission("pii:view-full");
        // no parameter left (an unfiltered first page, scope and limit written in): the plan PostgreSQL caches is this
        // scope's own, so the application's client may let PgJDBC server-prepare it
        return new ArrayList<>((params.isEmpty() ? jdbc.sql(query) : customPlans.sql(query).params(params))
                .query((rs, i) -> row(rs, pii, now)).list());
    }

    private static CaseRow row(java.sql.ResultSet rs, boolean pii, Instant now) throws java.sql.SQLException {
        Instant due = CaseService.instant(rs, "due_at");
        boolean citizen = "CITIZEN".equals(rs.getString("party_kind"));
        return new CaseRow(rs.getLong("id"), rs.getString("case_number"), rs.getString("title"),
                CaseKind.valueOf(rs.getString("kind")), CaseStage.valueOf(rs.getString("stage")),
                CaseSource.valueOf(rs.getString("source")),
                citizen && !pii ? Masking.name(rs.getString("party_name")) : rs.getString("party_name"),
                rs.getString("unit_name"), CaseService.instant(rs, "opened_at"), due,
                rs.getTimestamp("closed_at") == null && due != null && due.isBefore(now));
    }

    /** Trims the look-ahead row and sets the cursors of the neighbouring pages. */
    private static CasePage page(List<CaseRow> rows, int n, Cursor a, Cursor b) {
        boolean more = rows.size() > n;
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (b != null) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new CasePage(rows, null, null);
        }
        String first = new Cursor(rows.get(0).openedAt(), rows.get(0).id()).text();
        String last = new Cursor(rows.get(rows.size() - 1).openedAt(), rows.get(rows.size() - 1).id()).text();
        // going forward: a next page when more rows exist, a previous one when we came from a cursor; backward: mirrored
        String next = b != null ? last : (more ? last : null);
        String previous = b != null ? (more ? first : null) : (a != null ? first : null);
        return new CasePage(rows, next, previous);
    }
}
