package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListCount;
import cn.anjian.kernel.ListSort;
import java.util.function.Consumer;
import java.util.stream.Stream;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.CertificateStatus;
import cn.anjian.personnel.OfficerFilter;
import cn.anjian.personnel.OfficerRow;
import cn.anjian.personnel.PageResult;
import cn.anjian.personnel.PostStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists and reports: the officer list, OFF-02 shortfalls and OFF-07 rotation due (JdbcClient, in scope). */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class OfficerReports {

    private static final int MAX_PAGE_SIZE = 100;

    private final OfficerSupport support;
    private final JdbcClient jdbc;
    private final ExportJdbc export;

    /** The sortable columns of the officer list (issue 12); by name by default. */
    static final ListSort SORT = ListSort.by("o.person_id")
            .key("name", "姓名", "o.name").key("post", "岗位", "o.post_status").key("certificate", "执法证有效期", "o.cert_valid_to")
            .byDefault("name", true);

    private static final String COLUMNS = """
            SELECT o.person_id, o.name, p.id_card, a.name AS agency_name, o.unit_id, u.name AS unit_name, o.post_status,
                   o.cert_number, o.cert_status, o.cert_valid_to,
                   CASE WHEN o.hours_year = :year THEN o.year_hours ELSE 0 END AS hours,
                   CASE WHEN o.hours_year = :year THEN o.year_trainings ELSE 0 END AS trainings
            """;
    private static final String JOINS = " JOIN per_person p ON p.id = o.person_id JOIN org_agency_view a ON a.id = o.agency_id"
            + " LEFT JOIN org_unit_view u ON u.id = o.unit_id";

    PageResult<OfficerRow> list(Actor actor, OfficerFilter filter, int page, int size) {
        return list(actor, filter, SORT.defaults(), page, size, ListCount.EXACT);
    }

    /** One statement, so no transaction of its own (a read-only one added a COMMIT round trip to every page). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    PageResult<OfficerRow> list(Actor actor, OfficerFilter filter, ListSort.Sort sort, int page, int size, ListCount count) {
        int s = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pg = Math.max(0, Math.min(page, 100_000));
        Map<String, Object> params = new HashMap<>();
        String where = where(actor, filter, params);
        // one table: the officer row carries name, current certificate (V7_3) and latest training year (V7_4); the page
        // and its count in one statement (ListCount.page)
        // unfiltered: the scope's count from off_officer_scope_count (V7_97, kept by triggers), not up to 1,001 rows counted
        String counted = where.equals(scopeOnly(actor))
                ? "SELECT coalesce(sum(n), 0) FROM off_officer_scope_count WHERE prefix = " + actor.scope().pathLiteral()
                : count.sql("FROM off_officer o" + where);
        ListCount.Counted<OfficerRow> c = count.pageCounted(jdbc, counted, params, pg, s, false,
                (slice, countColumn) -> COLUMNS + countColumn + " FROM (SELECT o.* FROM off_officer o" + where
                        + sort.orderBy() + slice.window() + ") o" + JOINS + sort.orderBy(), (rs, n) -> row(rs));
        return new PageResult<>(c.items(), c.slice().page(), s, c.total(), c.capped());
    }

    /** Every officer of the filter in {@code sort} order, streamed (the Excel export); ID cards masked (IAM-06). */
    void each(Actor actor, OfficerFilter filter, ListSort.Sort sort, Consumer<OfficerRow> sink) {
        Map<String, Object> params = new HashMap<>();
        String where = where(actor, filter, params);
        try (Stream<OfficerRow> rows = export.sql(COLUMNS + "FROM off_officer o" + JOINS + where + sort.orderBy())
                .params(params).query((rs, n) -> row(rs)).stream()) {
            rows.forEach(sink);
        }
    }

    /** The filter as conditions on off_officer o, the scope first (ORG-03); refuses a bad filter (400). */
    String where(Actor actor, OfficerFilter filter, Map<String, Object> params) {
        OfficerFilter f = filter == null ? OfficerFilter.none() : filter;
        LocalDate day = support.today();
        // the scope written in (ScopeSql.inline): PostgreSQL caches one plan per scope instead of planning every page
        StringBuilder where = new StringBuilder(scopeOnly(actor));
        if (f.name() != null && !f.name().isBlank()) {
            where.append(" AND o.name LIKE :name");
            params.put("name", "%" + OfficerSupport.like(OfficerSupport.text(f.name(), "姓名", 50, false)) + "%");
        }
        if (f.unitId() != null) {
            where.append(" AND o.unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.post() != null) {
            where.append(" AND o.post_status = :post");
            params.put("post", f.post().name());
        }
        if (f.certificate() != null && !f.certificate().isBlank()) {
            params.put("today", day);
            where.append(certificateCondition(f.certificate(), params));
        }
        params.put("year", day.getYear());
        if (Boolean.TRUE.equals(f.shortfall())) {
            // the officer row carries its latest training year (V7_4): another year means none this year
            where.append(" AND o.post_status = 'ON_POST' AND (o.hours_year IS DISTINCT FROM :year OR o.year_hours < :min"
                    + " OR o.year_trainings = 0)");
            params.put("min", OfficerRules.YEARLY_HOURS);
        }
        return where.toString();
    }

    private static String scopeOnly(Actor actor) {
        return " WHERE " + ScopeSql.inline("o.scope_path", actor.scope());
    }

    private static OfficerRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        BigDecimal hours = rs.getBigDecimal("hours");
        String st = rs.getString("cert_status");
        PostStatus post = PostStatus.valueOf(rs.getString("post_status"));
        return new OfficerRow(rs.getLong(1), rs.getString(2), cn.anjian.kernel.Masking.idCard(rs.getString(3)),
                rs.getString(4), (Long) rs.getObject(5), rs.getString(6), post, rs.getString(8),
                st == null ? null : CertificateStatus.valueOf(st), OfficerSupport.localDate(rs, 10), hours,
                post == PostStatus.ON_POST && OfficerRules.shortfall(hours, rs.getInt("trainings")));
    }

    /** The certificate filter: valid today, none valid today, expired, or any certificate of a status. */
    private static String certificateCondition(String filter, Map<String, Object> params) {
        return switch (filter) {
            case "VALID" -> " AND o.cert_status = 'VALID' AND o.cert_valid_to >= :today";
            case "NONE" -> " AND (o.cert_status IS DISTINCT FROM 'VALID' OR o.cert_valid_to < :today)";
            case "EXPIRED" -> " AND o.cert_status = 'VALID' AND o.cert_valid_to < :today";
            default -> {
                CertificateStatus st;
                try {
                    st = CertificateStatus.valueOf(filter);
                } catch (IllegalArgumentException e) {
                    throw BusinessException.badInput("OFF-FILTER", "未知的证件状态筛选条件");
                }
                params.put("cst", st.name());
                yield " AND EXISTS (SELECT 1 FROM off_certificate c WHERE c.person_id = o.person_id AND c.status = :cst)";
            }
        };
    }

    PageResult<ShortfallRow> shortfalls(Actor actor, int year, int page, int size) {
        int y = support.year(year);
        int s = Math.max(1, Math.min(size, 1000));
        int pg = Math.max(0, Math.min(page, 100_000));
        // one aggregate over the yearly summary: on-post officers in scope below 24 h or without any training
        record Line(ShortfallRow row, long total) {
        }
        List<Line> lines = jdbc.sql("""
                        SELECT o.person_id, p.name, a.name, u.name, coalesce(t.hours, 0) AS hours, coalesce(t.trainings, 0) AS n,
                               count(*) OVER () AS total
                        FROM off_officer o
                        JOIN per_person p ON p.id = o.person_id
                        JOIN org_agency_view a ON a.id = o.agency_id
                        LEFT JOIN org_unit_view u ON u.id = o.unit_id
                        LEFT JOIN off_year_hours t ON t.person_id = o.person_id AND t.year = :year
                        WHERE\s""" + ScopeSql.condition("o.scope_path") + """
                         AND o.post_status = 'ON_POST'
                          AND (t.person_id IS NULL OR t.hours < :min OR t.trainings = 0)
                        ORDER BY coalesce(t.hours, 0), p.name, o.person_id LIMIT :limit OFFSET :offset""")
                .param(ScopeSql.PARAM, actor.scope().pattern()).param("year", y).param("min", OfficerRules.YEARLY_HOURS)
                .param("limit", s).param("offset", (long) pg * s)
                .query((rs, n) -> {
                    BigDecimal h = rs.getBigDecimal(5);
                    BigDecimal missing = OfficerRules.YEARLY_HOURS.subtract(h).max(BigDecimal.ZERO);
                    return new Line(new ShortfallRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), y, h,
                            rs.getInt(6), missing), rs.getLong(7));
                }).list();
        long total = lines.isEmpty() ? (pg == 0 ? 0 : countShortfalls(actor, y)) : lines.get(0).total();
        List<ShortfallRow> items = lines.stream().map(Line::row).toList();
        return new PageResult<>(items, pg, s, total);
    }

    private long countShortfalls(Actor actor, int year) {
        return jdbc.sql("""
                        SELECT count(*) FROM off_officer o LEFT JOIN off_year_hours t ON t.person_id = o.person_id AND t.year = :year
                        WHERE\s""" + ScopeSql.condition("o.scope_path") + """
                         AND o.post_status = 'ON_POST' AND (t.person_id IS NULL OR t.hours < :min OR t.trainings = 0)""")
                .param(ScopeSql.PARAM, actor.scope().pattern()).param("year", year).param("min", OfficerRules.YEARLY_HOURS)
                .query(Long.class).single();
    }

    List<RotationRow> rotationDue(Actor actor, LocalDate day, int withinDays) {
        LocalDate d = day == null ? support.today() : OfficerSupport.date(day, "日期", true);
        int within = Math.max(0, Math.min(withinDays, 3650));
        return jdbc.sql("""
                        SELECT * FROM (
                          SELECT o.person_id, p.name, a.name AS agency_name, r.last_rotation,
                                 (coalesce(r.last_rotation, o.hired_on, o.post_since) + INTERVAL '3 years')::date AS due
                          FROM off_officer o
                          JOIN per_person p ON p.id = o.person_id
                          JOIN org_agency_view a ON a.id = o.agency_id
                          LEFT JOIN LATERAL (SELECT max(t.end_date) AS last_rotation FROM off_training t
                                             WHERE t.person_id = o.person_id AND t.kind = 'ROTATION'
                                               AND t.end_date - t.start_date + 1 >= :minDays) r ON TRUE
                          WHERE\s""" + ScopeSql.condition("o.scope_path") + """
                           AND o.post_status = 'ON_POST') x
                        WHERE x.due <= :limitDay ORDER BY x.due, x.person_id LIMIT 500""")
                .param(ScopeSql.PARAM, actor.scope().pattern()).param("minDays", OfficerRules.ROTATION_MIN_DAYS)
                .param("limitDay", d.plusDays(within))
                .query((rs, n) -> {
                    LocalDate due = rs.getDate(5).toLocalDate();
                    return new RotationRow(rs.getLong(1), rs.getString(2), rs.getString(3), OfficerSupport.localDate(rs, 4), due, due.isBefore(d));
                }).list();
    }
}
