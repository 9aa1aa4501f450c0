package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.CertificateStatus;
import cn.anjian.personnel.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 12: the officers' trainings and certificates as lists of their own (OFF-01/02 trainings, OFF-03/04
 * certificates), in the actor's scope (the officer's scope path, ORG-03): filters, the list kit's sort and page, and
 * the streamed Excel export. ID-card and phone numbers leave masked, exactly as the page shows them.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class OfficerLists {

    static final ListSort TRAINING_SORT = ListSort.by("t.id")
            .keyNotNull("name", "姓名", "p.name").keyNotNull("agency", "所属机构", "a.name")
            .keyNotNull("course", "培训名称", "t.course").keyNotNull("kind", "类别", "t.kind")
            .keyNotNull("hours", "学时", "t.class_hours").keyNotNull("start", "开始日期", "t.start_date")
            .keyNotNull("end", "结束日期", "t.end_date").byDefault("end", false);

    static final ListSort CERTIFICATE_SORT = ListSort.by("c.id")
            .keyNotNull("name", "姓名", "p.name").keyNotNull("agency", "所属机构", "a.name")
            .keyNotNull("number", "证件编号", "c.number").keyNotNull("kind", "证件类别", "c.kind")
            .keyNotNull("status", "状态", "c.status").keyNotNull("validFrom", "有效期起", "c.valid_from")
            .keyNotNull("validTo", "有效期至", "c.valid_to").byDefault("validTo", true);

    /**
     * Both lists' filters, all optional: the officer's agency and unit, a date range (a training that took place in
     * it; a certificate whose validity ends in it), the kind, the status (a training's exam result, a certificate's
     * status) and words of the person's name, the course or the certificate number.
     */
    record Filter(Long agencyId, Long unitId, LocalDate from, LocalDate to, String kind, String status, String q) {
    }

    record TrainingRow(long id, long personId, String name, String idCardMasked, String phoneMasked, String agencyName,
                       String unitName, String course, TrainingKind kind, BigDecimal hours, LocalDate start, LocalDate end,
                       boolean centralised, ExamResult exam, BigDecimal examScore, Attendance attendance) {
    }

    record CertificateRow(long id, long personId, String name, String idCardMasked, String phoneMasked, String agencyName,
                          String unitName, String number, CertificateKind kind, String issuer, LocalDate validFrom,
                          LocalDate validTo, CertificateStatus status, boolean expired) {
    }

    record Agency(long id, String name) {
    }

    private static final String PEOPLE = " JOIN off_officer o ON o.person_id = x.person_id JOIN per_person p ON p.id = o.person_id"
            + " JOIN org_agency_view a ON a.id = o.agency_id LEFT JOIN org_unit_view u ON u.id = o.unit_id";

    private static final String TRAININGS = "SELECT t.*, p.name AS person_name, p.id_card, p.phone, a.name AS agency_name,"
            + " u.name AS unit_name FROM off_training t" + PEOPLE.replace("x.", "t.");

    private static final String CERTIFICATES = "SELECT c.*, p.name AS person_name, p.id_card, p.phone, a.name AS agency_name,"
            + " u.name AS unit_name FROM off_certificate c" + PEOPLE.replace("x.", "c.");

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    /** Parses the filters as typed (400 on a bad value), for the page, the API and the export alike. */
    static Filter filter(Map<String, String> q, boolean trainings) {
        LocalDate from = Params.date("开始日期", q.get("from"));
        LocalDate to = Params.date("结束日期", q.get("to"));
        if (from != null && to != null && from.isAfter(to)) {
            throw BusinessException.badInput("BAD-PARAMETER", "开始日期不能晚于结束日期");
        }
        String kind = trainings ? name(Params.choice(TrainingKind.class, "培训类别", q.get("kind"), TrainingKind::label))
                : name(Params.choice(CertificateKind.class, "证件类别", q.get("kind"), CertificateKind::label));
        String status = trainings ? name(Params.choice(ExamResult.class, "考试结果", q.get("status"), ExamResult::label))
                : name(Params.choice(CertificateStatus.class, "证件状态", q.get("status"), CertificateStatus::label));
        return new Filter(Params.optionalId("所属机构", q.get("agencyId")), Params.optionalId("内设机构", q.get("unitId")),
                from, to, kind, status, Params.text("查询条件", q.get("q"), 50));
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    PageResult<TrainingRow> trainings(Actor actor, Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> p = new LinkedHashMap<>();
        String where = where(actor, f, p, true);
        long total = jdbc.sql("SELECT count(*) FROM off_training t" + PEOPLE.replace("x.", "t.") + where).params(p)
                .query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<TrainingRow> rows = jdbc.sql(TRAININGS + where + sort.orderBy() + slice.window()).params(p)
                .query((rs, n) -> training(rs)).list();
        return new PageResult<>(rows, slice.page(), size, total);
    }

    void eachTraining(Actor actor, Filter f, ListSort.Sort sort, Consumer<TrainingRow> sink) {
        Map<String, Object> p = new LinkedHashMap<>();
        try (Stream<TrainingRow> rows = export.sql(TRAININGS + where(actor, f, p, true) + sort.orderBy()).params(p)
                .query((rs, n) -> training(rs)).stream()) {
            rows.forEach(sink);
        }
    }

    PageResult<CertificateRow> certificates(Actor actor, Filter f, ListSort.Sort sort, int page, int size, LocalDate today) {
        Map<String, Object> p = new LinkedHashMap<>();
        String where = where(actor, f, p, false);
        long total = jdbc.sql("SELECT count(*) FROM off_certificate c" + PEOPLE.replace("x.", "c.") + where).params(p)
                .query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<CertificateRow> rows = jdbc.sql(CERTIFICATES + where + sort.orderBy() + slice.window()).params(p)
                .query((rs, n) -> certificate(rs, today)).list();
        return new PageResult<>(rows, slice.page(), size, total);
    }

    void eachCertificate(Actor actor, Filter f, ListSort.Sort sort, LocalDate today, Consumer<CertificateRow> sink) {
        Map<String, Object> p = new LinkedHashMap<>();
        try (Stream<CertificateRow> rows = export.sql(CERTIFICATES + where(actor, f, p, false) + sort.orderBy()).params(p)
                .query((rs, n) -> certificate(rs, today)).stream()) {
            rows.forEach(sink);
        }
    }

    /** The agencies in scope that have officers (the agency filter's choices). */
    List<Agency> agencies(Actor actor) {
        return jdbc.sql("SELECT DISTINCT a.id, a.name FROM off_officer o JOIN org_agency_view a ON a.id = o.agency_id WHERE "
                        + ScopeSql.condition("o.scope_path") + " ORDER BY a.name, a.id")
                .param(ScopeSql.PARAM, actor.scope().pattern()).query(Agency.class).list();
    }

    /** The filter as conditions, the scope first (ORG-03). */
    private static String where(Actor actor, Filter f, Map<String, Object> p, boolean trainings) {
        String x = trainings ? "t" : "c";
        StringBuilder w = new StringBuilder(" WHERE ").append(ScopeSql.condition("o.scope_path"));
        p.put(ScopeSql.PARAM, actor.scope().pattern());
        if (f.agencyId() != null) {
            w.append(" AND o.agency_id = :agency");
            p.put("agency", f.agencyId());
        }
        if (f.unitId() != null) {
            w.append(" AND o.unit_id = :unit");
            p.put("unit", f.unitId());
        }
        if (f.from() != null) {
            w.append(trainings ? " AND t.end_date >= :from" : " AND c.valid_to >= :from");
            p.put("from", f.from());
        }
        if (f.to() != null) {
            w.append(trainings ? " AND t.start_date <= :to" : " AND c.valid_to <= :to");
            p.put("to", f.to());
        }
        if (f.kind() != null) {
            w.append(" AND ").append(x).append(".kind = :kind");
            p.put("kind", f.kind());
        }
        if (f.status() != null) {
            w.append(trainings ? " AND t.exam_result = :status" : " AND c.status = :status");
            p.put("status", f.status());
        }
        if (f.q() != null && !f.q().isEmpty()) {
            w.append(" AND (p.name LIKE :q ESCAPE '\\' OR ").append(trainings ? "t.course" : "c.number")
                    .append(" LIKE :q ESCAPE '\\')");
            p.put("q", Like.contains(f.q()));
        }
        return w.toString();
    }

    private static TrainingRow training(ResultSet rs) throws SQLException {
        return new TrainingRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
                Masking.idCard(rs.getString("id_card")), Masking.phone(rs.getString("phone")), rs.getString("agency_name"),
                rs.getString("unit_name"), rs.getString("course"), TrainingKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("class_hours"), rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(),
                rs.getBoolean("centralised"), ExamResult.valueOf(rs.getString("exam_result")), rs.getBigDecimal("exam_score"),
                Attendance.valueOf(rs.getString("attendance")));
    }

    private static CertificateRow certificate(ResultSet rs, LocalDate today) throws SQLException {
        CertificateStatus status = CertificateStatus.valueOf(rs.getString("status"));
        LocalDate validTo = rs.getDate("valid_to").toLocalDate();
        return new CertificateRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
                Masking.idCard(rs.getString("id_card")), Masking.phone(rs.getString("phone")), rs.getString("agency_name"),
                rs.getString("unit_name"), rs.getString("number"), CertificateKind.valueOf(rs.getString("kind")),
                rs.getString("issuer"), rs.getDate("valid_from").toLocalDate(), validTo, status,
                status == CertificateStatus.VALID && validTo.isBefore(today));
    }
}
