package cn.anjian.personnel.officers;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Like;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.PageResult;
import cn.anjian.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OFF-09 follow-on training shortfalls of in-post officers, like OFF-02: (a) the probation period (a setting, from the
 * hire date) has ended without a public-law and professional-ethics training (001 art. 3(二)); (b) a holder of a valid
 * enforcement certificate has not passed the year's public-law update training exam (001 art. 3(三)).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class FollowOnReports {

    /** Which shortfall to list. */
    @Getter
    @RequiredArgsConstructor
    enum Gap {
        PROBATION("试用期满未参加持证培训"), UPDATE("未参加年度更新培训考试");

        private final String label;
    }

    record Filter(int year, Gap gap, String name) {
    }

    record FollowOnRow(long personId, String name, String agencyName, String unitName, LocalDate hiredOn,
                       LocalDate probationEnds, boolean probationShort, boolean updateShort) {
        /** The shortfalls in words (for the page and the export). */
        public String reasons() {
            List<String> r = new ArrayList<>();
            if (probationShort) {
                r.add("试用期满（" + probationEnds + "）未参加公共法律知识和职业素养培训");
            }
            if (updateShort) {
                r.add("持证但本年度未通过公共法律知识更新培训考试");
            }
            return String.join("；", r);
        }
    }

    // OFF-03 validity on :day, as CertificateView.validOn
    private static final String VALID_ON_DAY = """
            EXISTS (SELECT 1 FROM off_certificate c WHERE c.person_id = o.person_id AND c.kind = 'ENFORCEMENT'
                AND :day BETWEEN c.valid_from AND c.valid_to
                AND (CASE WHEN c.invalid_from IS NULL THEN c.status NOT IN ('REVOKED', 'CANCELLED', 'RETURNED') ELSE c.invalid_from > :day END)
                AND (CASE WHEN c.suspended_from IS NULL THEN c.status <> 'SUSPENDED'
                          ELSE c.suspended_from > :day OR c.suspended_to <= :day END))""";

    private final Settings settings;
    private final OfficerSupport support;
    private final JdbcClient jdbc;
    private final cn.anjian.kernel.ExportJdbc export;

    /** The list's sortable columns (issue 12): by name by default. */
    static final cn.anjian.kernel.ListSort SORT = cn.anjian.kernel.ListSort.by("x.person_id")
            .key("name", "姓名", "x.name").key("agency", "单位", "x.agency_name").key("hired", "入职日期", "x.hired_on")
            .key("probation", "试用期满", "x.probation_ends")
            .byDefault("name", true);

    PageResult<FollowOnRow> list(Actor actor, Filter filter, cn.anjian.kernel.ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = params(actor, filter);
        long total = jdbc.sql("SELECT count(*) FROM (" + select(filter) + ") x").params(params).query(Long.class).single();
        cn.anjian.kernel.PageSlice slice = cn.anjian.kernel.PageSlice.of(page, size, total);
        List<FollowOnRow> rows = jdbc.sql(select(filter) + sort.orderBy() + slice.window())
                .params(params).query(FollowOnReports::map).list();
        return new PageResult<>(rows, slice.page(), size, total);
    }

    /** Every row of the filter in {@code sort} order, streamed (the Excel export; the class is read-only transactional). */
    void each(Actor actor, Filter filter, cn.anjian.kernel.ListSort.Sort sort, Consumer<FollowOnRow> row) {
        try (var rows = export.sql(select(filter) + sort.orderBy()).params(params(actor, filter))
                .query(FollowOnReports::map).stream()) {
            rows.forEach(row);
        }
    }

    private Map<String, Object> params(Actor actor, Filter f) {
        int year = support.year(f.year());
        LocalDate today = support.today();
        LocalDate day = today.getYear() == year ? today : LocalDate.of(year, 12, 31);
        Map<String, Object> p = new HashMap<>();
        p.put(ScopeSql.PARAM, actor.scope().pattern());
        p.put("year", year);
        p.put("day", day);
        p.put("months", settings.value(OfficerSettings.PROBATION_MONTHS, day));
        String name = OfficerSupport.text(f.name(), "姓名", 50, false);
        p.put("name", name == null ? "%" : Like.contains(name));
        return p;
    }

    private static String select(Filter f) {
        String gap = f.gap() == null ? "(x.probation_short OR x.update_short)"
                : f.gap() == Gap.PROBATION ? "x.probation_short" : "x.update_short";
        return """
                SELECT * FROM (
                  SELECT o.person_id, o.name, a.name AS agency_name, u.name AS unit_name, o.hired_on,
                         (o.hired_on + make_interval(months => :months))::date AS probation_ends,
                         (o.hired_on IS NOT NULL AND o.hired_on + make_interval(months => :months) <= :day
                          AND NOT EXISTS (SELECT 1 FROM off_training t WHERE t.person_id = o.person_id AND t.kind = 'PUBLIC_LAW'
                              AND t.attendance <> 'NOT_ATTENDED' AND t.end_date <= :day)) AS probation_short,
                         (""" + VALID_ON_DAY + """
                          AND NOT EXISTS (SELECT 1 FROM off_training t WHERE t.person_id = o.person_id AND t.kind = 'LAW_UPDATE'
                              AND t.training_year = :year AND t.exam_result = 'PASSED' AND t.attendance <> 'NOT_ATTENDED'))
                             AS update_short
                  FROM off_officer o
                  JOIN org_agency_view a ON a.id = o.agency_id
                  LEFT JOIN org_unit_view u ON u.id = o.unit_id
                  WHERE\s""" + ScopeSql.condition("o.scope_path") + """
                   AND o.post_status = 'ON_POST' AND o.name LIKE :name) x
                WHERE\s""" + gap;
    }

    private static FollowOnRow map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new FollowOnRow(rs.getLong("person_id"), rs.getString("name"), rs.getString("agency_name"),
                rs.getString("unit_name"), OfficerSupport.localDate(rs, 5), OfficerSupport.localDate(rs, 6),
                rs.getBoolean("probation_short"), rs.getBoolean("update_short"));
    }
}
