package cn.anjian.personnel.supervisors;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.Masking;
import cn.anjian.kernel.PageSlice;
import java.util.function.Consumer;
import java.util.stream.Stream;
import cn.anjian.kernel.Scope;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Scoped lists and the detail of supervisors (ORG-03 in SQL; phone and ID card masked, IAM-06). */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class SupervisorQueries {

    static final int PAGE_SIZE = 20;

    record Row(long id, String personName, String phoneMasked, String employerName, String agencyName, String route,
               String routeLabel, String sourceKindLabel, String status, String statusLabel, String certificateNo,
               LocalDate termEnd, boolean expired) {
    }

    record Filter(SupervisorStatus status, AppointmentRoute route, String name, Long agencyId) {
    }

    record Page(List<Row> items, int page, long total, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    record Term(int termNo, String certificateNo, LocalDate startsOn, LocalDate endsOn, boolean lateRenewal) {
    }

    record Equipment(long id, String item, LocalDate returnedOn, String recordedBy, String kind, LocalDate issuedOn) {

        /** SS-08: 防护装备 / 技术装备 issued; blank for the items listed at cancellation or dismissal. */
        public String kindLabel() {
            return kind == null ? "" : "PROTECTIVE".equals(kind) ? "防护装备" : "技术装备";
        }
    }

    /** The detail page's read model. */
    record Detail(long id, int version, long personId, String personName, String idCardMasked, String phoneMasked,
                  String agencyName, String route, String routeLabel, String sourceKind, String sourceKindLabel,
                  String sourceName, String consultationNote, LocalDate consultedOn, LocalDate personConsentOn,
                  String personConsentNote, String employerName, LocalDate employerConsentOn,
                  String employerConsentNote, boolean unpaid, String status, String statusLabel, Long flowId,
                  Long renewalFlowId, boolean renewalLate, LocalDate renewalDueBy, String certificateNo, int termNo,
                  LocalDate termStart, LocalDate termEnd, Long userId, LocalDate endedOn,
                  String endGround, String endGroundLabel, String endReason, List<Term> terms,
                  List<Equipment> equipment) {
        public boolean proposable() {
            return "DRAFT".equals(status) && personConsentOn != null && employerConsentOn != null;
        }

        public boolean equipmentOutstanding() {
            return equipment.stream().anyMatch(e -> e.returnedOn() == null);
        }
    }

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    /** The sortable columns of the supervisor list (issue 12); newest first by default. */
    static final ListSort SORT = ListSort.by("s.id")
            .key("name", "姓名", "pp.name").key("employer", "工作单位", "s.employer_name").key("agency", "聘任机关", "a.name")
            .key("certificate", "证件编号", "s.certificate_no").key("termEnd", "聘期届满", "s.term_end")
            .key("created", "登记顺序", "s.id").byDefault("created", false);

    private static final String FROM = " FROM per_supervisor s JOIN per_person pp ON pp.id = s.person_id"
            + " JOIN org_agency_view a ON a.id = s.agency_id";
    private static final String COLUMNS = "SELECT s.id, pp.name, pp.phone, s.employer_name, a.name AS agency_name, s.route,"
            + " s.source_kind, s.status, s.certificate_no, s.term_end";

    Page list(Scope scope, Filter f, int page, LocalDate today) {
        return list(scope, f, SORT.defaults(), page, PAGE_SIZE, today);
    }

    Page list(Scope scope, Filter f, ListSort.Sort sort, int page, int size, LocalDate today) {
        Map<String, Object> p = new LinkedHashMap<>();
        String where = where(scope, f, p);
        long total = jdbc.sql("SELECT count(*)" + FROM + where).params(p).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<Row> rows = jdbc.sql(COLUMNS + FROM + where + sort.orderBy() + slice.window())
                .params(p).query((rs, n) -> row(rs, today)).list();
        return new Page(rows, slice.page(), total, size);
    }

    /** Every supervisor of the filter in {@code sort} order, streamed (the Excel export); the phone masked (IAM-06). */
    void each(Scope scope, Filter f, ListSort.Sort sort, LocalDate today, Consumer<Row> sink) {
        Map<String, Object> p = new LinkedHashMap<>();
        String where = where(scope, f, p);
        try (Stream<Row> rows = export.sql(COLUMNS + FROM + where + sort.orderBy()).params(p)
                .query((rs, n) -> row(rs, today)).stream()) {
            rows.forEach(sink);
        }
    }

    private static String where(Scope scope, Filter f, Map<String, Object> p) {
        StringBuilder where = new StringBuilder(" WHERE ").append(ScopeSql.condition("s.scope_path"));
        p.put(ScopeSql.PARAM, scope.pattern());
        if (f.status() != null) {
            where.append(" AND s.status = :status");
            p.put("status", f.status().name());
        }
        if (f.route() != null) {
            where.append(" AND s.route = :route");
            p.put("route", f.route().name());
        }
        if (f.agencyId() != null) {
            where.append(" AND s.agency_id = :agency");
            p.put("agency", f.agencyId());
        }
        if (f.name() != null && !f.name().isBlank()) {
            where.append(" AND pp.name LIKE :name ESCAPE '\\'");
            p.put("name", "%" + f.name().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return where.toString();
    }

    private static Row row(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        AppointmentRoute r = AppointmentRoute.valueOf(rs.getString("route"));
        SupervisorStatus st = SupervisorStatus.valueOf(rs.getString("status"));
        Date end = rs.getDate("term_end");
        LocalDate termEnd = end == null ? null : end.toLocalDate();
        return new Row(rs.getLong("id"), rs.getString("name"), Masking.phone(rs.getString("phone")),
                rs.getString("employer_name"), rs.getString("agency_name"), r.name(), r.label(),
                SourceKind.valueOf(rs.getString("source_kind")).label(), st.name(), st.label(),
                rs.getString("certificate_no"), termEnd,
                st == SupervisorStatus.APPOINTED && termEnd != null && today.isAfter(termEnd));
    }

    Optional<Detail> detail(Supervisor s) {
        return jdbc.sql("""
                        SELECT pp.name, pp.id_card, pp.phone, a.name AS agency_name
                        FROM per_person pp, org_agency_view a
                        WHERE pp.id = :person AND a.id = :agency""")
                .param("person", s.personId).param("agency", s.agencyId)
                .query((rs, n) -> {
                    DismissalGround g = s.endGround == null ? null : DismissalGround.valueOf(s.endGround);
                    return new Detail(s.id, s.version, s.personId, rs.getString("name"),
                            Masking.idCard(rs.getString("id_card")), Masking.phone(rs.getString("phone")),
                            rs.getString("agency_name"), s.route.name(), s.route.label(), s.sourceKind.name(),
                            s.sourceKind.label(), s.sourceName, s.consultationNote, s.consultedOn, s.personConsentOn,
                            s.personConsentNote, s.employerName, s.employerConsentOn, s.employerConsentNote, true,
                            s.status.name(), s.status.label(), s.flowId, s.renewalFlowId, s.renewalLate,
                            s.termEnd == null ? null : s.renewalDueBy(), s.certificateNo, s.termNo, s.termStart,
                            s.termEnd, s.userId, s.endedOn, s.endGround,
                            g == null ? null : g.label(), s.endReason, terms(s.id), equipment(s.id));
                }).optional();
    }

    private List<Term> terms(long id) {
        return jdbc.sql("SELECT term_no, certificate_no, starts_on, ends_on, late_renewal FROM per_supervisor_term WHERE supervisor_id = :id ORDER BY term_no")
                .param("id", id).query((rs, n) -> new Term(rs.getInt(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate(), rs.getBoolean(5))).list();
    }

    private List<Equipment> equipment(long id) {
        return jdbc.sql("SELECT id, item, returned_on, recorded_by, kind, issued_on FROM per_supervisor_equipment WHERE supervisor_id = :id ORDER BY id")
                .param("id", id).query((rs, n) -> {
                    Date d = rs.getDate(3);
                    Date issued = rs.getDate(6);
                    return new Equipment(rs.getLong(1), rs.getString(2), d == null ? null : d.toLocalDate(), rs.getString(4),
                            rs.getString(5), issued == null ? null : issued.toLocalDate());
                }).list();
    }

    /** People in scope that can be proposed (for the new-appointment form's picker), by name. */
    List<Map<String, Object>> candidates(Scope scope, String name) {
        String n = name == null ? "" : name.strip();
        return jdbc.sql("SELECT id, name, employer FROM per_person WHERE " + ScopeSql.condition("scope_path")
                        + " AND name LIKE :n ESCAPE '\\' ORDER BY name, id LIMIT 50")
                .param(ScopeSql.PARAM, scope.pattern())
                .param("n", "%" + n.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .query((rs, i) -> Map.<String, Object>of("id", rs.getLong(1), "name", rs.getString(2),
                        "employer", rs.getString(3) == null ? "" : rs.getString(3))).list();
    }
}
