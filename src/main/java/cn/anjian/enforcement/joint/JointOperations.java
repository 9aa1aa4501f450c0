package cn.anjian.enforcement.joint;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-08 (003 §14 "需要采取联合执法的，牵头部门要制定检查方案"): a joint enforcement operation is led by
 * one agency (the actor's) and rests on the lead's plan document (title, number, date — all
 * required); the participating departments are other agencies of the organisation or external
 * departments by name (公安、市场监管…). Cases of the operation point at it through
 * {@code enf_case.joint_operation_id}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JointOperations {

    static final String WHAT = "联合执法行动";

    @Getter
    @RequiredArgsConstructor
    enum Status {
        PLANNED("筹备中"), ONGOING("实施中"), COMPLETED("已结束");

        private final String label;
    }

    record NewOperation(String title, String planTitle, String planNumber, LocalDate planDate, LocalDate startDate,
                        LocalDate endDate, List<Long> agencyIds, List<String> externalNames) {
    }

    record Participant(Long agencyId, String name) {
        public boolean external() {
            return agencyId == null;
        }
    }

    record Operation(long id, long leadAgencyId, String leadAgencyName, String scopePath, String title, String planTitle,
                     String planNumber, LocalDate planDate, LocalDate startDate, LocalDate endDate, Status status,
                     String createdBy, Instant createdAt, int version, List<Participant> participants) {
    }

    record Page(List<Operation> items, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JointOperationRepository repository;

    @Transactional
    long create(Actor actor, NewOperation op) {
        requireManage(actor);
        if (op == null) {
            throw BusinessException.badInput("JOINT-TITLE", "请填写联合执法行动");
        }
        String title = required(op.title(), 200, "JOINT-TITLE", "行动名称");
        String planTitle = required(op.planTitle(), 200, "JOINT-PLAN", "牵头部门检查方案名称");
        String planNumber = required(op.planNumber(), 100, "JOINT-PLAN", "检查方案文号");
        if (op.planDate() == null) {
            throw BusinessException.badInput("JOINT-PLAN", "请填写检查方案印发日期");
        }
        if (op.startDate() == null || op.endDate() == null) {
            throw BusinessException.badInput("JOINT-PERIOD", "请填写行动起止日期");
        }
        if (op.endDate().isBefore(op.startDate())) {
            throw BusinessException.badInput("JOINT-PERIOD", "结束日期不能早于开始日期");
        }
        if (op.planDate().isAfter(op.startDate())) {
            throw BusinessException.badInput("JOINT-PLAN", "检查方案应在行动开始前（或当日）印发");
        }
        Agency lead = agencies.get(actor.agencyId());
        List<Participant> participants = participants(op, lead);
        LocalDate today = LocalDate.now(clock);
        Status status = today.isBefore(op.startDate()) ? Status.PLANNED : today.isAfter(op.endDate()) ? Status.COMPLETED : Status.ONGOING;
        long id = jdbc.sql("""
                INSERT INTO enf_joint_operation (lead_agency_id, lead_agency_name, jurisdiction_id, scope_path, title, plan_title,
                    plan_number, plan_date, start_date, end_date, status, created_by, created_at)
                VALUES (:lead, :leadName, :j, :path, :title, :pt, :pn, :pd, :sd, :ed, :status, :by, :at) RETURNING id""")
                .param("lead", lead.id()).param("leadName", lead.name()).param("j", lead.jurisdictionId())
                .param("path", lead.scopePath()).param("title", title).param("pt", planTitle).param("pn", planNumber)
                .param("pd", Date.valueOf(op.planDate())).param("sd", Date.valueOf(op.startDate()))
                .param("ed", Date.valueOf(op.endDate())).param("status", status.name()).param("by", actor.username())
                .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        for (Participant p : participants) {
            jdbc.sql("INSERT INTO enf_joint_participant (operation_id, agency_id, name) VALUES (:op, :a, :n)")
                    .param("op", id).param("a", p.agencyId()).param("n", p.name()).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", title);
        after.put("lead", lead.name());
        after.put("plan", planTitle + " " + planNumber + " " + op.planDate());
        after.put("period", op.startDate() + "~" + op.endDate());
        after.put("participants", participants.stream().map(Participant::name).toList());
        events.publishEvent(AuditableEvent.change("enforcement.joint.created", "joint-operation", id, null, after));
        return id;
    }

    /** The participating agencies (registered, active) and outside departments (by name), without the lead or repeats. */
    private List<Participant> participants(NewOperation op, Agency lead) {
        Set<Long> agencyIds = new LinkedHashSet<>(op.agencyIds() == null ? List.of() : op.agencyIds());
        List<Participant> participants = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Long id : agencyIds) {
            if (id == null || id == lead.id()) {
                throw BusinessException.badInput("JOINT-PARTICIPANT", "参加部门不能是牵头部门本身");
            }
            Agency a = agencies.findById(id).filter(Agency::active)
                    .orElseThrow(() -> BusinessException.badInput("JOINT-PARTICIPANT", "参加部门不存在或已撤销"));
            if (names.add(a.name())) {
                participants.add(new Participant(a.id(), a.name()));
            }
        }
        for (String raw : op.externalNames() == null ? List.<String>of() : op.externalNames()) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String n = raw.strip();
            if (n.length() > 100) {
                throw BusinessException.badInput("JOINT-PARTICIPANT", "部门名称过长（最多 100 个字）");
            }
            if (n.equals(lead.name())) {
                throw BusinessException.badInput("JOINT-PARTICIPANT", "参加部门不能是牵头部门本身");
            }
            if (names.add(n)) {
                participants.add(new Participant(null, n));
            }
        }
        if (participants.isEmpty()) {
            throw BusinessException.badInput("JOINT-PARTICIPANT", "联合执法至少需要一个参加部门");
        }
        if (participants.size() > 30) {
            throw BusinessException.badInput("JOINT-PARTICIPANT", "参加部门最多 30 个");
        }
        return participants;
    }

    /** PLANNED → ONGOING → COMPLETED, one step at a time. */
    @Transactional
    void advance(Actor actor, long id, int version) {
        requireManage(actor);
        get(actor, id);
        JointOperation op = repository.findById(id).orElseThrow(() -> BusinessException.notFound(WHAT));
        op.advance(version);
        try {
            repository.save(op); // publishes the audit entry
        } catch (OptimisticLockingFailureException e) {
            throw JointOperation.stale();
        }
    }

    /** Whether the agency leads any joint operation (the demo loader runs once). */
    boolean anyLedBy(long agencyId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM enf_joint_operation WHERE lead_agency_id = :a)")
                .param("a", agencyId).query(Boolean.class).single();
    }

    Operation get(Actor actor, long id) {
        return ScopeSql.requireInScope(actor, find(id), Operation::scopePath, WHAT);
    }

    Optional<Operation> find(long id) {
        return jdbc.sql("SELECT * FROM enf_joint_operation WHERE id = :id").param("id", id)
                .query((rs, n) -> map(rs, participants(rs.getLong("id")))).optional();
    }

    /** Agencies that may be chosen as participants: those of the lead's jurisdiction and the level above, lead excluded. */
    List<Agency> candidateAgencies(Actor actor) {
        Agency lead = agencies.get(actor.agencyId());
        List<Agency> out = new ArrayList<>(agencies.list(lead.jurisdictionId()));
        out.removeIf(a -> a.id() == lead.id() || !a.active());
        return out;
    }

    List<Participant> participants(long opId) {
        return jdbc.sql("SELECT agency_id, name FROM enf_joint_participant WHERE operation_id = :op ORDER BY id").param("op", opId)
                .query((rs, n) -> new Participant((Long) rs.getObject(1), rs.getString(2))).list();
    }

    static Operation map(ResultSet rs, List<Participant> participants) throws SQLException {
        return new Operation(rs.getLong("id"), rs.getLong("lead_agency_id"), rs.getString("lead_agency_name"),
                rs.getString("scope_path"), rs.getString("title"), rs.getString("plan_title"), rs.getString("plan_number"),
                rs.getDate("plan_date").toLocalDate(), rs.getDate("start_date").toLocalDate(),
                rs.getDate("end_date").toLocalDate(), Status.valueOf(rs.getString("status")), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"), participants);
    }

    static void requireManage(Actor actor) {
        if (actor == null || !actor.hasPermission("plan:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "IAM-01", "您没有组织联合执法的权限");
        }
    }

    private static String required(String raw, int max, String code, String label) {
        return cn.anjian.kernel.Params.text(code, label, raw, max, true);
    }
}
