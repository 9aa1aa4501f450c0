package cn.anjian.enforcement.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseOrigin;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.CaseStageChanged;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The case aggregate (CASE-03): its stage moves only through {@link #advanceTo}, guarded by
 * {@link StageRules}; {@code @Version} makes two concurrent transitions impossible (the second save
 * fails). The events registered here ({@link CaseStageChanged}, the audit entry) are published when
 * the repository saves the case, in the same transaction. The team, the documents and the stage log
 * are tables of their own, written next to it.
 */
@Table("enf_case")
class Case extends AbstractAggregateRoot<Case> {

    @Id
    private Long id;
    @Version
    private Integer version;
    private String caseNumber;
    private long agencyId;
    private Long unitId;
    private String scopePath;
    private CaseKind kind;
    private CaseSource source;
    private String basisTitle;
    private String basisNumber;
    private LocalDate basisDate;
    private String originType;
    private Long originId;
    private Long enterpriseId;
    private String partyName;
    private String partyKind;
    private String title;
    private String place;
    private CaseStage stage;
    private Instant openedAt;
    private String openedBy;
    private Long deadlineId;
    private Instant dueAt;
    private Instant closedAt;
    private Instant archivedAt;
    private Long jointOperationId;
    private int vehicleCount;
    private String vehiclePlates;

    @PersistenceCreator
    private Case() {
    }

    /** What a new case is opened with, all checked by the opening service (CASE-01, CASE-04). */
    record Opening(long id, String caseNumber, long agencyId, Long unitId, String scopePath, CaseKind kind,
                   CaseSource source, String basisTitle, String basisNumber, LocalDate basisDate, CaseOrigin origin,
                   Long enterpriseId, String partyName, String partyKind, String title, String place,
                   Long deadlineId, Instant dueAt, Instant at, String by) {
    }

    /** A new case in the first stage; its id is taken beforehand because the case number names it. */
    static Case open(Opening o) {
        Case c = new Case();
        c.id = o.id();
        c.caseNumber = o.caseNumber();
        c.agencyId = o.agencyId();
        c.unitId = o.unitId();
        c.scopePath = o.scopePath();
        c.kind = o.kind();
        c.source = o.source();
        c.basisTitle = o.basisTitle();
        c.basisNumber = o.basisNumber();
        c.basisDate = o.basisDate();
        c.originType = o.origin() == null ? null : o.origin().type();
        c.originId = o.origin() == null ? null : o.origin().id();
        c.enterpriseId = o.enterpriseId();
        c.partyName = o.partyName();
        c.partyKind = o.partyKind();
        c.title = o.title();
        c.place = o.place();
        c.stage = CaseStage.INITIATION;
        c.openedAt = o.at();
        c.openedBy = o.by();
        c.deadlineId = o.deadlineId();
        c.dueAt = o.dueAt();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseNumber", c.caseNumber);
        after.put("kind", c.kind.name());
        after.put("source", c.source.name());
        after.put("basis", c.basisTitle + " " + c.basisNumber + " " + c.basisDate);
        after.put("party", c.partyName);
        after.put("title", c.title);
        if (o.origin() != null) {
            after.put("origin", o.origin().type() + "/" + o.origin().id());
        }
        c.registerEvent(AuditableEvent.change("enforcement.case.opened", "case", c.id, null, after));
        return c;
    }

    /** Checks run after {@link StageRules} and before the stage changes (the team, the guards of other modules). */
    @FunctionalInterface
    interface StageGate {
        void check(Case c, CaseStage from, CaseStage to);
    }

    /**
     * CASE-03: moves to {@code to} (one stage forward, or the recorded skip DECISION → CLOSURE of an
     * inspection with nothing to decide). Refuses before anything changes; returns the note as logged.
     */
    String advanceTo(CaseStage to, String note, boolean decisionIssued, StageGate gate, String actor, Instant at) {
        CaseStage from = stage;
        StageRules.check(kind, from, to, decisionIssued, note);
        gate.check(this, from, to);
        stage = to;
        if (to == CaseStage.CLOSURE) {
            closedAt = at;
        }
        if (to == CaseStage.ARCHIVED) {
            archivedAt = at;
        }
        String logged = StageRules.isSkip(from, to) ? "跳过送达、执行直接结案：" + note : note;
        registerEvent(new CaseStageChanged(id, from, to, at, actor));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("stage", to.name());
        if (logged != null) {
            after.put("note", logged);
        }
        registerEvent(AuditableEvent.change("enforcement.case.stage-changed", "case", id, Map.of("stage", from.name()), after));
        return logged;
    }

    /** CASE-08: the case takes part in a joint operation (one at a time). */
    void linkJointOperation(long operationId) {
        if (operationId <= 0) {
            throw BusinessException.badInput("CASE-JOINT", "联合执法行动编号无效");
        }
        Long before = jointOperationId;
        jointOperationId = operationId;
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("jointOperationId", before);
        registerEvent(AuditableEvent.change("enforcement.case.joint-linked", "case", id, was,
                Map.of("jointOperationId", operationId)));
    }

    /** Leaves the joint operation it takes part in; refused when it is not linked to that one. */
    void unlinkJointOperation(long operationId) {
        if (jointOperationId == null || jointOperationId != operationId) {
            throw BusinessException.conflict("JOINT-NOT-LINKED", "该案件未关联本次联合执法行动");
        }
        jointOperationId = null;
        registerEvent(AuditableEvent.change("enforcement.case.joint-unlinked", "case", id,
                Map.of("jointOperationId", operationId), null));
    }

    /**
     * CASE-13: the approved extension of the case time limit; the calendar opened the new deadline, the case keeps
     * its id and due (for the list filter). Refused for a closed case.
     */
    void extendTimeLimit(long newDeadlineId, Instant newDueAt, int lengthDays, String by) {
        if (closedAt != null) {
            throw new BusinessException("CASE-13-CLOSED", "案件已结案，不能延长办案期限");
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("deadlineId", deadlineId);
        before.put("dueAt", dueAt == null ? null : dueAt.toString());
        deadlineId = newDeadlineId;
        dueAt = newDueAt;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("deadlineId", newDeadlineId);
        after.put("dueAt", newDueAt == null ? null : newDueAt.toString());
        after.put("lengthDays", lengthDays);
        registerEvent(new AuditableEvent("enforcement.case.time-limit-extended", "case", String.valueOf(id), before, after,
                by, null));
    }

    /**
     * STAT-06 (执法情况统计分析制度第五条第（六）项): the enforcement vehicles used on this inspection, by plate; replaces
     * what was recorded. Only an inspection (行政检查) that is not archived; at most 20 vehicles.
     */
    void recordVehicles(List<String> plates) {
        if (kind != CaseKind.INSPECTION) {
            throw new BusinessException("STAT-06-VEHICLE-KIND", "只有行政检查案件登记检查动用的执法车辆");
        }
        if (archivedAt != null) {
            throw BusinessException.conflict("STAT-06-VEHICLE-ARCHIVED", "案件已归档，不能再修改动用车辆");
        }
        if (plates.size() > 20) {
            throw BusinessException.badInput("STAT-06-VEHICLE-PLATES", "一次检查最多登记 20 辆执法车辆");
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("vehicleCount", vehicleCount);
        before.put("vehiclePlates", vehiclePlates);
        vehicleCount = plates.size();
        vehiclePlates = plates.isEmpty() ? null : String.join("、", plates);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("vehicleCount", vehicleCount);
        after.put("vehiclePlates", vehiclePlates);
        registerEvent(AuditableEvent.change("enforcement.case.vehicles-recorded", "case", id, before, after));
    }

    int vehicleCount() {
        return vehicleCount;
    }

    String vehiclePlates() {
        return vehiclePlates;
    }

    Long id() {
        return id;
    }

    CaseStage stage() {
        return stage;
    }

    CaseKind kind() {
        return kind;
    }

    Long deadlineId() {
        return deadlineId;
    }

    Long jointOperationId() {
        return jointOperationId;
    }
}
