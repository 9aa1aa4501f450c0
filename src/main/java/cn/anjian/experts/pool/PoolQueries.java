package cn.anjian.experts.pool;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
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
import cn.anjian.kernel.Masking;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import cn.anjian.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pool browser, its export and the shortfall view (EXP-02), all in the actor's scope (ORG-03). */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PoolQueries {

    /** A filter of the roster; blank parts are left out. Codes are checked against the structure (400). */
    public record Filter(String q, String field, String sub, ExpertLevel level, ExpertStatus status, boolean declined,
                         QualityGrade grade) {
        public Filter(String q, String field, String sub, ExpertLevel level, ExpertStatus status) {
            this(q, field, sub, level, status, false, null);
        }

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** A roster row as every page and export shows it: ID card and phone masked (IAM-06). */
    public record Row(long id, String name, String idCard, String phone, String title, ExpertLevel level, String employer,
                      String fieldName, String subNames, ExpertStatus status, String agencyName, String role,
                      int declines, QualityGrade grade, int registers) {

        /** EXP-14: declined at least once in the last twelve months (3 flags him for dismissal). */
        public boolean declinedRecently() {
            return declines > 0;
        }

        public boolean flagged() {
            return declines >= DECLINES_FLAG;
        }
    }

    /** EXP-14 (art. 18(3)): three declines within twelve months. */
    public static final int DECLINES_FLAG = 3;

    public record RosterPage(List<Row> items, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** A sub-specialty of the actor's pool with fewer experts than the minimum (EXP-02). */
    public record Shortfall(String categoryName, String fieldName, String subName, long experts, int minimum) {
        public long missing() {
            return minimum - experts;
        }
    }

    public static final ListSort SORT = ListSort.by("e.id")
            .key("name", "姓名", "e.name").key("field", "行业领域", "f.ord").key("level", "专家级别", "e.level")
            .key("employer", "工作单位", "e.employer_name").key("status", "状态", "e.status").key("admitted", "入库顺序", "e.id")
            .byDefault("admitted", false);

    private static final String SELECT = """
            SELECT e.id, e.name, e.id_card, e.phone, e.title, e.level, e.employer_name, e.status, f.name AS field_name,
                   a.name AS agency_name, l.role,
                   (SELECT count(*) FROM exp_dispatch d WHERE d.expert_id = e.id AND d.status = 'DECLINED'
                      AND d.responded_at > :since) AS declines,
                   (SELECT count(*) FROM exp_dispatch d WHERE d.expert_id = e.id AND d.q_overall IS NOT NULL
                      AND d.dispatched_on >= :yearStart AND d.dispatched_on < :yearEnd) AS registers,
                   (SELECT count(*) FROM exp_dispatch d WHERE d.expert_id = e.id AND d.q_overall = 'EXCELLENT'
                      AND d.dispatched_on >= :yearStart AND d.dispatched_on < :yearEnd) AS excellent,
                   (SELECT count(*) FROM exp_dispatch d WHERE d.expert_id = e.id AND d.q_overall = 'UNQUALIFIED'
                      AND d.dispatched_on >= :yearStart AND d.dispatched_on < :yearEnd) AS unqualified,
                   (SELECT string_agg(s.name, '、' ORDER BY s.ord) FROM exp_expert_sub x
                      JOIN exp_sub_specialty s ON s.code = x.sub_code WHERE x.expert_id = e.id) AS sub_names
            FROM exp_expert e
            JOIN exp_field f ON f.code = e.field_code
            JOIN org_agency_view a ON a.id = e.agency_id
            LEFT JOIN exp_field_leader l ON l.expert_id = e.id AND l.agency_id = e.agency_id""";

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final PoolStructure structure;
    private final Settings settings;
    private final Clock clock;

    public RosterPage list(Actor actor, Filter filter, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM exp_expert e" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<Row> items = jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params)
                .query(PoolQueries::map).list();
        return new RosterPage(items, total, slice.page(), size);
    }

    /** Every row of the filter in {@code sort} order, streamed (the Excel export), masked like the page. */
    public void each(Actor actor, Filter filter, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, filter, params);
        try (Stream<Row> rows = export.sql(SELECT + where + sort.orderBy()).params(params).query(PoolQueries::map).stream()) {
            rows.forEach(sink);
        }
    }

    /** Refuses (400) a filter the list would refuse, before an export starts its response. */
    public void check(Filter filter) {
        where(null, filter, new LinkedHashMap<>());
    }

    /** EXP-02: the sub-specialties of the actor's own pool with fewer active experts than the minimum in force. */
    public List<Shortfall> shortfall(Actor actor, Pool pool) {
        int minimum = settings.value(ExpertSettings.MIN_PER_SUB_SPECIALTY, LocalDate.now(clock.withZone(Zones.SHANGHAI)));
        return jdbc.sql("""
                SELECT c.name AS category_name, f.name AS field_name, s.name AS sub_name, count(e.id) AS experts
                FROM exp_sub_specialty s
                JOIN exp_field f ON f.code = s.field_code
                JOIN exp_category c ON c.code = f.category_code
                LEFT JOIN exp_expert_sub x ON x.sub_code = s.code
                LEFT JOIN exp_expert e ON e.id = x.expert_id AND e.status = 'ACTIVE' AND e.agency_id = :agency
                     AND""" + ScopeSql.condition("e.scope_path") + """
                GROUP BY c.ord, c.name, f.ord, f.name, s.ord, s.name
                HAVING count(e.id) < :minimum
                ORDER BY c.ord, f.ord, s.ord""")
                .param("agency", pool.agencyId()).param(ScopeSql.PARAM, actor.scope().pattern()).param("minimum", minimum)
                .query((rs, n) -> new Shortfall(rs.getString("category_name"), rs.getString("field_name"),
                        rs.getString("sub_name"), rs.getLong("experts"), minimum))
                .list();
    }

    private String where(Actor actor, Filter filter, Map<String, Object> params) {
        Filter f = filter == null ? Filter.none() : filter;
        StringBuilder where = new StringBuilder(" WHERE");
        where.append(ScopeSql.condition("e.scope_path"));
        params.put(ScopeSql.PARAM, actor == null ? "/%" : actor.scope().pattern());
        String q = Params.text("姓名或工作单位", f.q(), 50);
        if (q != null && !q.isEmpty()) {
            where.append(" AND (e.name LIKE :q OR e.employer_name LIKE :q)");
            params.put("q", Like.contains(q));
        }
        if (f.field() != null && !f.field().isBlank()) {
            PoolStructure.Field field = structure.requireField(f.field());
            where.append(" AND e.field_code = :field");
            params.put("field", field.code());
            if (f.sub() != null && !f.sub().isBlank()) {
                where.append(" AND EXISTS (SELECT 1 FROM exp_expert_sub x WHERE x.expert_id = e.id AND x.sub_code = :sub)");
                params.put("sub", structure.requireSub(field, f.sub()).code());
            }
        } else if (f.sub() != null && !f.sub().isBlank()) {
            throw BusinessException.badInput("EXP-SUB", "按专业小类筛选时请先选择行业领域");
        }
        if (f.level() != null) {
            where.append(" AND e.level = :level");
            params.put("level", f.level().name());
        }
        if (f.status() != null) {
            where.append(" AND e.status = :status");
            params.put("status", f.status().name());
        }
        // EXP-14: declines of the twelve months before now; EXP-13/17: this year's quality registers
        java.time.ZonedDateTime now = clock.instant().atZone(Zones.SHANGHAI);
        params.put("since", java.sql.Timestamp.from(now.minusMonths(12).toInstant()));
        params.put("yearStart", java.sql.Date.valueOf(LocalDate.of(now.getYear(), 1, 1)));
        params.put("yearEnd", java.sql.Date.valueOf(LocalDate.of(now.getYear() + 1, 1, 1)));
        if (f.declined()) {
            where.append(" AND EXISTS (SELECT 1 FROM exp_dispatch d WHERE d.expert_id = e.id AND d.status = 'DECLINED' AND d.responded_at > :since)");
        }
        if (f.grade() != null) {
            where.append(" AND ").append(GRADE_SQL).append(" = :grade");
            params.put("grade", f.grade().name());
        }
        return where.toString();
    }

    /** {@link QualityGrade#of} in SQL, for the filter (the page shows the Java one; {@code QualityGradeTests} keeps them equal). */
    static final String GRADE_SQL = """
            (SELECT CASE WHEN count(*) = 0 THEN NULL WHEN count(*) FILTER (WHERE d.q_overall = 'UNQUALIFIED') > 0 THEN 'UNQUALIFIED'
                         WHEN 2 * count(*) FILTER (WHERE d.q_overall = 'EXCELLENT') >= count(*) THEN 'EXCELLENT' ELSE 'QUALIFIED' END
             FROM exp_dispatch d WHERE d.expert_id = e.id AND d.q_overall IS NOT NULL
               AND d.dispatched_on >= :yearStart AND d.dispatched_on < :yearEnd)""";

    static Row map(ResultSet rs, int n) throws SQLException {
        String role = rs.getString("role");
        return new Row(rs.getLong("id"), rs.getString("name"), Masking.idCard(rs.getString("id_card")),
                Masking.phone(rs.getString("phone")), rs.getString("title"), ExpertLevel.valueOf(rs.getString("level")),
                rs.getString("employer_name"), rs.getString("field_name"), rs.getString("sub_names"),
                ExpertStatus.valueOf(rs.getString("status")),
                rs.getString("agency_name"), role == null ? null : "LEADER".equals(role) ? "组长" : "副组长",
                rs.getInt("declines"), QualityGrade.of(rs.getLong("registers"), rs.getLong("excellent"), rs.getLong("unqualified")),
                rs.getInt("registers"));
    }
}
