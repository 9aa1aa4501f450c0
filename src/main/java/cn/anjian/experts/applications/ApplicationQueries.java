package cn.anjian.experts.applications;

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
import cn.anjian.kernel.Masking;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Params;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applications list of the actor's scope (list kit; ID card and phone masked) and one application's page. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ApplicationQueries {

    public static final ListSort SORT = ListSort.by("a.id")
            .keyNotNull("name", "姓名", "a.name").keyNotNull("field", "行业领域", "f.ord").keyNotNull("level", "申报类别", "a.level")
            .keyNotNull("status", "状态", "a.status").keyNotNull("submitted", "申报时间", "a.submitted_at")
            .byDefault("submitted", false);

    private static final String SELECT = """
            SELECT a.id, a.name, a.id_card, a.phone, a.source, a.level, a.employer_name, a.title, a.status, a.submitted_at,
                   a.notice_until, a.retain_until, f.name AS field_name
            FROM exp_application a JOIN exp_field f ON f.code = a.field_code""";

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final ApplicationRepository applications;
    private final ObjectionRepository objections;

    public record Filter(String q, ApplicationStatus status, ApplicationLevel level) {
        public static Filter none() {
            return new Filter(null, null, null);
        }
    }

    public record Row(long id, String name, String idCard, String phone, ApplicationSource source, ApplicationLevel level,
                      String employer, String title, ApplicationStatus status, java.time.Instant submittedAt,
                      LocalDate noticeUntil, LocalDate retainUntil, String fieldName) {
    }

    public record ResultPage(List<Row> items, long total, int page, int size) {
    }

    public ResultPage list(Actor actor, Filter filter, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM exp_application a" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<Row> items = jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params)
                .query(ApplicationQueries::map).list();
        return new ResultPage(items, total, slice.page(), size);
    }

    public void each(Actor actor, Filter filter, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, filter, params);
        try (Stream<Row> rows = export.sql(SELECT + where + sort.orderBy()).params(params).query(ApplicationQueries::map).stream()) {
            rows.forEach(sink);
        }
    }

    public void check(Filter filter) {
        where(null, filter, new LinkedHashMap<>());
    }

    private static String where(Actor actor, Filter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE").append(ScopeSql.condition("a.scope_path"));
        params.put(ScopeSql.PARAM, actor == null ? "/%" : actor.scope().pattern());
        String q = Params.text("姓名或工作单位", f == null ? null : f.q(), 50);
        if (q != null && !q.isEmpty()) {
            where.append(" AND (a.name LIKE :q OR a.employer_name LIKE :q)");
            params.put("q", Like.contains(q));
        }
        if (f != null && f.status() != null) {
            where.append(" AND a.status = :status");
            params.put("status", f.status().name());
        }
        if (f != null && f.level() != null) {
            where.append(" AND a.level = :level");
            params.put("level", f.level().name());
        }
        return where.toString();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        java.sql.Date notice = rs.getDate("notice_until");
        java.sql.Date retain = rs.getDate("retain_until");
        return new Row(rs.getLong("id"), rs.getString("name"), Masking.idCard(rs.getString("id_card")),
                Masking.phone(rs.getString("phone")), ApplicationSource.valueOf(rs.getString("source")),
                ApplicationLevel.valueOf(rs.getString("level")), rs.getString("employer_name"), rs.getString("title"),
                ApplicationStatus.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant(),
                notice == null ? null : notice.toLocalDate(), retain == null ? null : retain.toLocalDate(),
                rs.getString("field_name"));
    }

    /** One application with its eligibility table and objections, for staff in scope (ID card and phone masked). */
    public record Detail(long id, String name, String gender, String birthDate, String idCard, String phone, String email,
                         String source, String recommender, String level, String employment, String employer,
                         String employerAddress, String department, String title, String titleGrade,
                         String qualification, String school, String education, String major, int yearsExperience,
                         int keyIndustryYears, String fieldName, String subNames, String workHistory,
                         String publications, String awards, String achievements, List<String> attachmentIds,
                         ApplicationStatus status, java.time.Instant submittedAt, List<Eligibility.Criterion> criteria,
                         boolean eligible, String exceptionReason, String exceptionRequestedBy,
                         String exceptionApprovedBy, Long reviewFlowId, LocalDate noticeFrom, LocalDate noticeUntil,
                         Long meetingFlowId, String jointDocNumber, String certificateNumber, Long expertId,
                         LocalDate decidedOn, LocalDate retainUntil, List<ObjectionRow> objections) {
    }

    public record ObjectionRow(long id, String content, String contact, java.time.Instant filedAt, boolean open,
                               Boolean upheld, String handling, String handledBy) {
    }

    public Detail detail(Actor actor, long id) {
        ExpertApplication x = ScopeSql.requireInScope(actor, applications.findById(id), a -> a.scopePath, ApplicationReview.WHAT);
        List<Eligibility.Criterion> criteria = ApplicationReview.criteria(x);
        String fieldName = jdbc.sql("SELECT name FROM exp_field WHERE code = :c").param("c", x.fieldCode).query(String.class).single();
        String subNames = jdbc.sql("SELECT string_agg(name, '、' ORDER BY ord) FROM exp_sub_specialty WHERE code IN (:codes)")
                .param("codes", List.of(x.subCodes.split(","))).query(String.class).single();
        List<ObjectionRow> objs = objections.findByApplicationIdOrderById(id).stream()
                .map(o -> new ObjectionRow(o.id, o.content, Masking.phone(o.contact), o.filedAt,
                        o.status == Objection.Status.OPEN, o.upheld, o.handling, o.handledBy)).toList();
        return new Detail(x.id, x.name, x.gender.label(), x.birthDate.toString(), Masking.idCard(x.idCard),
                Masking.phone(x.phone), x.email, x.source.label(), x.recommender, x.level.label(), x.employment.label(),
                x.employerName, x.employerAddress, x.department, x.title, x.titleGrade.label(), x.qualification.label(),
                x.school, x.education, x.major, x.yearsExperience, x.keyIndustryYears, fieldName, subNames,
                x.workHistory, x.publications, x.awards, x.achievements,
                x.attachmentIds == null ? List.of() : List.of(x.attachmentIds.split(",")), x.status, x.submittedAt,
                criteria, Eligibility.allPassed(criteria), x.exceptionReason, x.exceptionRequestedBy,
                x.exceptionApprovedBy, x.reviewFlowId, x.noticeFrom, x.noticeUntil, x.meetingFlowId, x.jointDocNumber,
                x.certificateNumber, x.expertId, x.decidedOn, x.retainUntil, objs);
    }
}
