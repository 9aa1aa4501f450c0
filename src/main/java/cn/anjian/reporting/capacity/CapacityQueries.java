package cn.anjian.reporting.capacity;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.org.ScopeSql;
import cn.anjian.reporting.capacity.CapacityEnums.BodyKind;
import cn.anjian.reporting.capacity.CapacityEnums.MemberRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CAP-10's drill-down: the records behind each figure, for a jurisdiction subtree in the actor's scope (404 otherwise),
 * with the list kit. The same rows the indicators count (the same conditions), so a figure and its list agree.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CapacityQueries {

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final Jurisdictions jurisdictions;

    public record Page<T>(List<T> items, long total, int page, int size) {
    }

    public record BodyRow(long id, String jurisdictionName, BodyKind kind, String name, boolean keyIndustry, long leaders,
                          long leadersWithBackground, long staff, BigDecimal funding) {
    }

    public record MemberRow(long id, MemberRole role, String name, String position, boolean emBackground, String background) {
    }

    public record OfficerRow(long id, String name, String jurisdictionName, boolean relevantEducation, boolean relevantQualification,
                             boolean relevantExperience, boolean mobileTerminal, boolean bodyRecorder, boolean protectiveEquipment) {
        public boolean qualified() {
            return relevantEducation || relevantQualification || relevantExperience;
        }

        public boolean equipped() {
            return mobileTerminal && bodyRecorder && protectiveEquipment;
        }
    }

    public record WorkstationRow(long id, String agencyName, String location, LocalDate installedOn) {
    }

    public record VetoRow(long id, String jurisdictionName, String unitName, int year, String reason, LocalDate decidedOn, String persons) {
    }

    public static final ListSort BODY_SORT = ListSort.by("b.id").keyNotNull("name", "单位名称", "b.name")
            .keyNotNull("kind", "类别", "b.kind").byDefault("name", true);
    public static final ListSort OFFICER_SORT = ListSort.by("o.id").keyNotNull("name", "姓名", "o.name").byDefault("name", true);
    public static final ListSort WORKSTATION_SORT = ListSort.by("w.id").keyNotNull("installed", "配备日期", "w.installed_on")
            .byDefault("installed", false);
    public static final ListSort VETO_SORT = ListSort.by("v.id").keyNotNull("year", "年度", "v.year").byDefault("year", false);

    /** The jurisdiction of a drill-down, in the actor's scope or 404. */
    public Jurisdiction jurisdiction(Actor actor, Long id) {
        Jurisdiction j = jurisdictions.findById(id == null ? actor.jurisdictionId() : id)
                .orElseThrow(() -> BusinessException.notFound("行政区划"));
        ScopeSql.requireInScope(actor, j.path(), "行政区划");
        return j;
    }

    private static final String BODY_SELECT = """
            SELECT b.id, jv.name AS jurisdiction_name, b.kind, b.name, b.key_industry,
                   (SELECT count(*) FROM rep_member m WHERE m.body_id = b.id AND m.role = 'LEADER') AS leaders,
                   (SELECT count(*) FROM rep_member m WHERE m.body_id = b.id AND m.role = 'LEADER' AND m.em_background) AS with_bg,
                   (SELECT count(*) FROM rep_member m WHERE m.body_id = b.id AND m.role <> 'LEADER') AS staff,
                   (SELECT f.amount FROM rep_funding f WHERE f.body_id = b.id AND f.year = :year) AS funding
            FROM rep_body b JOIN org_jurisdiction_view jv ON jv.id = b.jurisdiction_id""";

    private static String bodyWhere(BodyKind kind, boolean keyOnly, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE b.scope_path LIKE :p");
        if (kind != null) {
            w.append(" AND b.kind = :kind");
            params.put("kind", kind.name());
        }
        if (keyOnly) {
            w.append(" AND b.key_industry");
        }
        return w.toString();
    }

    public Page<BodyRow> bodies(Jurisdiction j, BodyKind kind, boolean keyOnly, int year, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("p", j.path() + "%");
        String where = bodyWhere(kind, keyOnly, params);
        long total = jdbc.sql("SELECT count(*) FROM rep_body b" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        params.put("year", year);
        return new Page<>(jdbc.sql(BODY_SELECT + where + sort.orderBy() + slice.window()).params(params).query(this::body).list(),
                total, slice.page(), size);
    }

    public void eachBody(Jurisdiction j, BodyKind kind, boolean keyOnly, int year, ListSort.Sort sort, Consumer<BodyRow> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("p", j.path() + "%");
        String where = bodyWhere(kind, keyOnly, params);
        params.put("year", year);
        try (Stream<BodyRow> rows = export.sql(BODY_SELECT + where + sort.orderBy()).params(params).query(this::body).stream()) {
            rows.forEach(sink);
        }
    }

    private BodyRow body(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new BodyRow(rs.getLong("id"), rs.getString("jurisdiction_name"), BodyKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getBoolean("key_industry"), rs.getLong("leaders"), rs.getLong("with_bg"), rs.getLong("staff"), rs.getBigDecimal("funding"));
    }

    /** One body in scope (404 otherwise) and its members. */
    public BodyRow body(Actor actor, long id, int year) {
        return jdbc.sql(BODY_SELECT + " WHERE b.id = :id AND b.scope_path LIKE :p").param("id", id).param("year", year)
                .param("p", actor.scope().pattern()).query(this::body).optional()
                .orElseThrow(() -> BusinessException.notFound(CapacityRecords.BODY));
    }

    public List<MemberRow> members(long bodyId) {
        return jdbc.sql("SELECT id, role, name, position, em_background, background FROM rep_member WHERE body_id = :b ORDER BY role, id")
                .param("b", bodyId).query((rs, n) -> new MemberRow(rs.getLong(1), MemberRole.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), rs.getString(6))).list();
    }

    private static final String OFFICER_SELECT = """
            SELECT o.id, o.name, jv.name AS jurisdiction_name, o.relevant_education, o.relevant_qualification, o.relevant_experience,
                   o.mobile_terminal, o.body_recorder, o.protective_equipment
            FROM rep_officer_capacity o JOIN org_jurisdiction_view jv ON jv.id = o.jurisdiction_id WHERE o.scope_path LIKE :p""";

    public Page<OfficerRow> officers(Jurisdiction j, ListSort.Sort sort, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM rep_officer_capacity o WHERE o.scope_path LIKE :p").param("p", j.path() + "%")
                .query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Page<>(jdbc.sql(OFFICER_SELECT + sort.orderBy() + slice.window()).param("p", j.path() + "%").query(this::officer).list(),
                total, slice.page(), size);
    }

    public void eachOfficer(Jurisdiction j, ListSort.Sort sort, Consumer<OfficerRow> sink) {
        try (Stream<OfficerRow> rows = export.sql(OFFICER_SELECT + sort.orderBy()).param("p", j.path() + "%").query(this::officer).stream()) {
            rows.forEach(sink);
        }
    }

    private OfficerRow officer(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OfficerRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6),
                rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9));
    }

    private static final String WORKSTATION_SELECT = """
            SELECT w.id, a.name, w.location, w.installed_on FROM rep_workstation w JOIN org_agency_view a ON a.id = w.agency_id
            WHERE w.scope_path LIKE :p""";

    public Page<WorkstationRow> workstations(Jurisdiction j, ListSort.Sort sort, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM rep_workstation w WHERE w.scope_path LIKE :p").param("p", j.path() + "%")
                .query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Page<>(jdbc.sql(WORKSTATION_SELECT + sort.orderBy() + slice.window()).param("p", j.path() + "%")
                .query((rs, n) -> new WorkstationRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate())).list(),
                total, slice.page(), size);
    }

    public void eachWorkstation(Jurisdiction j, ListSort.Sort sort, Consumer<WorkstationRow> sink) {
        try (Stream<WorkstationRow> rows = export.sql(WORKSTATION_SELECT + sort.orderBy()).param("p", j.path() + "%")
                .query((rs, n) -> new WorkstationRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate())).stream()) {
            rows.forEach(sink);
        }
    }

    private static final String VETO_SELECT = """
            SELECT v.id, jv.name, v.unit_name, v.year, v.reason, v.decided_on,
                   (SELECT string_agg(p.name || coalesce('（' || p.position || '）', ''), '、' ORDER BY p.name)
                      FROM rep_veto_person p WHERE p.veto_id = v.id) AS persons
            FROM rep_veto v JOIN org_jurisdiction_view jv ON jv.id = v.jurisdiction_id WHERE v.scope_path LIKE :p""";

    public Page<VetoRow> vetoes(Jurisdiction j, Integer year, ListSort.Sort sort, int page, int size) {
        String y = year == null ? "" : " AND v.year = " + year;
        long total = jdbc.sql("SELECT count(*) FROM rep_veto v WHERE v.scope_path LIKE :p" + y).param("p", j.path() + "%")
                .query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Page<>(jdbc.sql(VETO_SELECT + y + sort.orderBy() + slice.window()).param("p", j.path() + "%").query(this::veto).list(),
                total, slice.page(), size);
    }

    public void eachVeto(Jurisdiction j, Integer year, ListSort.Sort sort, Consumer<VetoRow> sink) {
        String y = year == null ? "" : " AND v.year = " + year;
        try (Stream<VetoRow> rows = export.sql(VETO_SELECT + y + sort.orderBy()).param("p", j.path() + "%").query(this::veto).stream()) {
            rows.forEach(sink);
        }
    }

    private VetoRow veto(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new VetoRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getDate(6).toLocalDate(),
                rs.getString(7));
    }
}
