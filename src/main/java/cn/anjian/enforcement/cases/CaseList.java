package cn.anjian.enforcement.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.identity.Masking;
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
public class CaseList {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    CaseList(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

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
    public CasePage list(Actor actor, CaseFilter f, String after, String before, int size) {
        CaseFilter filter = f == null ? CaseFilter.none() : f;
        int n = Math.min(Math.max(size, 1), MAX_SIZE);
        Cursor a = Cursor.parse(after);
        Cursor b = a == null ? Cursor.parse(before) : null;
        StringBuilder sql = new StringBuilder("""
                SELECT c.id, c.case_number, c.title, c.kind, c.stage, c.source, c.party_name, c.party_kind, c.opened_at,
                       c.due_at, c.closed_at, u.name AS unit_name
                FROM enf_case c LEFT JOIN org_unit u ON u.id = c.unit_id
                WHERE """).append(" ").append(ScopeSql.condition("c.scope_path"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (filter.kind() != null) {
            sql.append(" AND c.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.stage() != null) {
            sql.append(" AND c.stage = :stage");
            params.put("stage", filter.stage().name());
        }
        if (filter.source() != null) {
            sql.append(" AND c.source = :source");
            params.put("source", filter.source().name());
        }
        if (filter.unitId() != null) {
            sql.append(" AND c.unit_id = :unit");
            params.put("unit", filter.unitId());
        }
        String party = Guards.text(filter.party(), 100, "当事人");
        if (party != null) {
            sql.append(" AND c.party_name LIKE :party");
            params.put("party", "%" + party.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.openedFrom() != null && filter.openedTo() != null && filter.openedTo().isBefore(filter.openedFrom())) {
            throw BusinessException.badInput("CASE-DATES", "立案日期的结束日不能早于开始日");
        }
        if (filter.openedFrom() != null) {
            sql.append(" AND c.opened_at >= :from");
            params.put("from", Timestamp.from(filter.openedFrom().atStartOfDay(Zones.SHANGHAI).toInstant()));
        }
        if (filter.openedTo() != null) {
            sql.append(" AND c.opened_at < :to");
            params.put("to", Timestamp.from(filter.openedTo().plusDays(1).atStartOfDay(Zones.SHANGHAI).toInstant()));
        }
        Instant now = clock.instant();
        if (filter.overdueOnly()) {
            sql.append(" AND c.closed_at IS NULL AND c.due_at IS NOT NULL AND c.due_at < :now");
            params.put("now", Timestamp.from(now));
        }
        if (a != null) {
            sql.append(" AND (c.opened_at, c.id) < (:cAt, :cId) ORDER BY c.opened_at DESC, c.id DESC");
        } else if (b != null) {
            sql.append(" AND (c.opened_at, c.id) > (:cAt, :cId) ORDER BY c.opened_at ASC, c.id ASC");
        } else {
            sql.append(" ORDER BY c.opened_at DESC, c.id DESC");
        }
        Cursor cur = a != null ? a : b;
        if (cur != null) {
            params.put("cAt", Timestamp.from(cur.at()));
            params.put("cId", cur.id());
        }
        sql.append(" LIMIT :limit");
        params.put("limit", n + 1);
        boolean pii = actor.hasPermission("pii:view-full");
        List<CaseRow> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params).query((rs, i) -> {
            Instant due = CaseService.instant(rs, "due_at");
            boolean citizen = "CITIZEN".equals(rs.getString("party_kind"));
            return new CaseRow(rs.getLong("id"), rs.getString("case_number"), rs.getString("title"),
                    CaseKind.valueOf(rs.getString("kind")), CaseStage.valueOf(rs.getString("stage")),
                    CaseSource.valueOf(rs.getString("source")),
                    citizen && !pii ? Masking.name(rs.getString("party_name")) : rs.getString("party_name"),
                    rs.getString("unit_name"), CaseService.instant(rs, "opened_at"), due,
                    rs.getTimestamp("closed_at") == null && due != null && due.isBefore(now));
        }).list());
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
