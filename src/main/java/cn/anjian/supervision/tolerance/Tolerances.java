package cn.anjian.supervision.tolerance;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
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
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.OfficerRow;
import cn.anjian.supervision.officers.OfficerLookup;
import cn.anjian.supervision.tolerance.ToleranceEnums.Kind;
import cn.anjian.supervision.tolerance.ToleranceEnums.Outcome;
import cn.anjian.supervision.tolerance.ToleranceEnums.Requested;
import cn.anjian.supervision.tolerance.ToleranceEnums.Status;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** COR-04: filing an application (which starts its flow) and reading the applications in scope. */
@Service
@Transactional
@RequiredArgsConstructor
public class Tolerances {

    static final String WHAT = "容错免责申请";

    private final ToleranceRepository applications;
    private final OfficerLookup officers;
    private final Workflows workflows;
    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record Row(long id, Kind kind, String personName, String agencyName, String matter, Requested requested,
                      Status status, Outcome outcome, String decisionReason, Long flowId, Instant createdAt, String createdBy,
                      String diligentNote, String lawfulNote, String noPrivateGainNote, String boundary, String duties,
                      String accountability) {
    }

    public record Result(List<Row> items, long total, int page, int size) {
    }

    public static final ListSort SORT = ListSort.by("t.id")
            .keyNotNull("filed", "申请时间", "t.created_at").keyNotNull("name", "执法人员", "t.person_name")
            .keyNotNull("status", "状态", "t.status").byDefault("filed", false);

    public long apply(Actor actor, NewTolerance n) {
        if (!actor.hasPermission("supervision:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有提出容错免责申请的权限");
        }
        if (n == null || n.kind() == null || n.requested() == null) {
            throw BusinessException.badInput("COR-04-KIND", "请选择申请类别和申请事项");
        }
        if (n.diligent() == null || n.lawful() == null || n.noPrivateGain() == null) {
            throw BusinessException.badInput("COR-04-CRITERIA", "请逐项回答是否勤勉尽责、是否合法合规、是否谋取私利");
        }
        String matter = Params.text("COR-04-MATTER", "失误偏差事项", n.matter(), 2000, true);
        var criteria = new ToleranceApplication.Criteria(n.diligent(), Params.text("COR-04-DILIGENT", "勤勉尽责的依据", n.diligentNote(), 1000, true),
                n.lawful(), Params.text("COR-04-LAWFUL", "合法合规的依据", n.lawfulNote(), 1000, true),
                n.noPrivateGain(), Params.text("COR-04-GAIN", "未谋取私利的依据", n.noPrivateGainNote(), 1000, true));
        var responsibility = new ToleranceApplication.Responsibility(Params.text("COR-04-BOUNDARY", "执法责任边界", n.boundary(), 1000, false),
                Params.text("COR-04-DUTIES", "履职内容", n.duties(), 1000, false),
                Params.text("COR-04-ACCOUNTABILITY", "追责条件", n.accountability(), 1000, false));
        OfficerRow officer = officers.find(actor, "COR-04-OFFICER", n.officerName(), n.certificateNumber());
        ToleranceApplication a = applications.save(ToleranceApplication.apply(actor.agencyId(), actor.jurisdictionId(),
                actor.scope().path(), n.kind(), officer.personId(), officer.name(), matter, criteria, responsibility,
                n.requested(), clock.instant(), actor.username()));
        FlowId flow = workflows.start(ToleranceFlows.FLOW, "sup-tolerance", String.valueOf(a.id()),
                n.kind().label() + "：" + officer.name(), "/supervision/tolerance/" + a.id(), actor.agencyId(), actor);
        a.flow(flow.value());
        applications.save(a);
        events.publishEvent(AuditableEvent.change("supervision.tolerance.applied", "sup-tolerance", a.id(), null, a.audit()));
        return a.id();
    }

    @Transactional(readOnly = true)
    public Row get(Actor actor, long id) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", id);
        return jdbc.sql(SELECT + where(actor, null, params) + " AND t.id = :id").params(params).query(Tolerances::map)
                .optional().orElseThrow(() -> BusinessException.notFound(WHAT));
    }

    @Transactional(readOnly = true)
    public Result list(Actor actor, Status status, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, status, params);
        long total = jdbc.sql("SELECT count(*) FROM sup_tolerance t" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params).query(Tolerances::map).list(),
                total, slice.page(), size);
    }

    @Transactional(readOnly = true)
    public void each(Actor actor, Status status, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<Row> rows = export.sql(SELECT + where(actor, status, params) + sort.orderBy()).params(params)
                .query(Tolerances::map).stream()) {
            rows.forEach(sink);
        }
    }

    private static final String SELECT = """
            SELECT t.id, t.kind, t.person_name, a.name AS agency_name, t.matter, t.requested, t.status, t.outcome, t.decision_reason,
                   t.flow_id, t.created_at, t.created_by, t.diligent_note, t.lawful_note, t.no_private_gain_note, t.boundary,
                   t.duties, t.accountability
            FROM sup_tolerance t JOIN org_agency_view a ON a.id = t.agency_id""";

    private static String where(Actor actor, Status status, Map<String, Object> params) {
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (status == null) {
            return " WHERE" + ScopeSql.condition("t.scope_path");
        }
        params.put("status", status.name());
        return " WHERE" + ScopeSql.condition("t.scope_path") + "AND t.status = :status";
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        long flow = rs.getLong("flow_id");
        Long flowId = rs.wasNull() ? null : flow;
        String outcome = rs.getString("outcome");
        return new Row(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getString("person_name"), rs.getString("agency_name"),
                rs.getString("matter"), Requested.valueOf(rs.getString("requested")), Status.valueOf(rs.getString("status")),
                outcome == null ? null : Outcome.valueOf(outcome), rs.getString("decision_reason"), flowId,
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getString("diligent_note"),
                rs.getString("lawful_note"), rs.getString("no_private_gain_note"), rs.getString("boundary"), rs.getString("duties"),
                rs.getString("accountability"));
    }
}
