package cn.anjian.supervision.violations;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.OfficerRow;
import cn.anjian.supervision.officers.OfficerLookup;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * COR-03: officers' violations of art. 7 and their handling, recorded and audited. The officer is one of personnel's
 * officers in the actor's scope, found by name (and certificate number when names repeat); the record is scoped like
 * the actor's agency.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class OfficerViolations {

    static final String WHAT = "执法人员违法行为记录";

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final OfficerLookup lookup;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record Row(long id, String personName, String agencyName, ViolationKind kind, LocalDate occurredOn, String facts,
                      ViolationHandling handling, String handlingNote, LocalDate handledOn, String createdBy) {
    }

    public record Result(List<Row> items, long total, int page, int size) {
    }

    public static final ListSort SORT = ListSort.by("v.id")
            .keyNotNull("occurred", "发生日期", "v.occurred_on").keyNotNull("name", "执法人员", "v.person_name")
            .keyNotNull("recorded", "登记顺序", "v.id").byDefault("recorded", false);

    public long record(Actor actor, NewViolation v) {
        if (!actor.hasPermission("supervision:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有登记执法人员违法行为的权限");
        }
        if (v == null) {
            throw BusinessException.badInput("COR-03-VIOLATION", "请填写违法行为信息");
        }
        if (v.kind() == null) {
            throw BusinessException.badInput("COR-03-KIND", "请选择违法行为类别（第七条所列情形）");
        }
        if (v.handling() == null) {
            throw BusinessException.badInput("COR-03-HANDLING", "请选择处理方式");
        }
        String facts = Params.text("COR-03-FACTS", "违法事实", v.facts(), 2000, true);
        String note = Params.text("COR-03-NOTE", "处理说明", v.handlingNote(), 1000, false);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        if (v.occurredOn() == null || v.handledOn() == null) {
            throw BusinessException.badInput("COR-03-DATE", "请填写发生日期和处理日期");
        }
        if (v.occurredOn().isAfter(today) || v.handledOn().isAfter(today) || v.handledOn().isBefore(v.occurredOn())) {
            throw BusinessException.badInput("COR-03-DATE", "发生日期、处理日期不能晚于今天，处理日期不能早于发生日期");
        }
        if (v.checkId() != null) {
            String path = jdbc.sql("SELECT scope_path FROM sup_check WHERE id = :id").param("id", v.checkId()).query(String.class)
                    .optional().orElseThrow(() -> BusinessException.notFound("监督检查"));
            ScopeSql.requireInScope(actor, path, "监督检查");
        }
        OfficerRow officer = lookup.find(actor, "COR-03-OFFICER", v.officerName(), v.certificateNumber());
        long id = jdbc.sql("""
                INSERT INTO sup_violation (agency_id, jurisdiction_id, scope_path, check_id, person_id, person_name, kind, occurred_on,
                                           facts, handling, handling_note, handled_on, created_at, created_by)
                VALUES (:a, :j, :p, :check, :person, :name, :kind, :occurred, :facts, :handling, :note, :handled, :now, :by)
                RETURNING id""")
                .param("a", actor.agencyId()).param("j", actor.jurisdictionId()).param("p", actor.scope().path())
                .param("check", v.checkId()).param("person", officer.personId()).param("name", officer.name())
                .param("kind", v.kind().name()).param("occurred", Date.valueOf(v.occurredOn())).param("facts", facts)
                .param("handling", v.handling().name()).param("note", note).param("handled", Date.valueOf(v.handledOn()))
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("officer", officer.name());
        after.put("kind", v.kind().name());
        after.put("occurredOn", v.occurredOn().toString());
        after.put("facts", facts);
        after.put("handling", v.handling().name());
        after.put("handlingNote", note == null ? "" : note);
        after.put("handledOn", v.handledOn().toString());
        events.publishEvent(AuditableEvent.change("supervision.violation.recorded", "sup-violation", id, null, after));
        return id;
    }

    @Transactional(readOnly = true)
    public Result list(Actor actor, ViolationKind kind, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, kind, params);
        long total = jdbc.sql("SELECT count(*) FROM sup_violation v" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params).query(OfficerViolations::map).list(),
                total, slice.page(), size);
    }

    @Transactional(readOnly = true)
    public void each(Actor actor, ViolationKind kind, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<Row> rows = export.sql(SELECT + where(actor, kind, params) + sort.orderBy()).params(params)
                .query(OfficerViolations::map).stream()) {
            rows.forEach(sink);
        }
    }

    private static final String SELECT = """
            SELECT v.id, v.person_name, a.name AS agency_name, v.kind, v.occurred_on, v.facts, v.handling, v.handling_note,
                   v.handled_on, v.created_by
            FROM sup_violation v JOIN org_agency_view a ON a.id = v.agency_id""";

    private static String where(Actor actor, ViolationKind kind, Map<String, Object> params) {
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (kind == null) {
            return " WHERE" + ScopeSql.condition("v.scope_path");
        }
        params.put("kind", kind.name());
        return " WHERE" + ScopeSql.condition("v.scope_path") + "AND v.kind = :kind";
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("person_name"), rs.getString("agency_name"),
                ViolationKind.valueOf(rs.getString("kind")), rs.getDate("occurred_on").toLocalDate(), rs.getString("facts"),
                ViolationHandling.valueOf(rs.getString("handling")), rs.getString("handling_note"),
                rs.getDate("handled_on").toLocalDate(), rs.getString("created_by"));
    }
}
