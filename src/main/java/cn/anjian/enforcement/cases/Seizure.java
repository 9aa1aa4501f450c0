package cn.anjian.enforcement.cases;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * CASE-14 查封、扣押 (行政强制法 art. 24–28): decided with the list of goods, lasting at most 30 calendar days (CAL-03,
 * the calendar's deadline), extended once by 30 with the approval of the agency's head (a workflow flow, four eyes),
 * then released (解除) with its record. A second extension, an extension of an expired or released measure and a
 * second release are refused before anything changes.
 */
@Table("enf_seizure")
class Seizure extends AbstractAggregateRoot<Seizure> {

    /** 行政强制法 art. 25: 不得超过三十日. */
    static final int PERIOD_DAYS = 30;
    /** 行政强制法 art. 25: 可以延长，但是延长期限不得超过三十日 (once). */
    static final int EXTENSION_DAYS = 30;

    enum Status { ACTIVE, RELEASED }

    enum Extension { NONE, PENDING, APPROVED, REJECTED }

    @Getter
    @RequiredArgsConstructor
    enum Measure {
        SEAL("查封"),
        SEIZE("扣押");

        private final String label;
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private long caseId;
    private Measure measure;
    private LocalDate startedOn;
    private String place;
    private String reason;
    private String basis;
    private Status status;
    private Long deadlineId;
    private LocalDate endsOn;
    private String decisionNumber;
    private Extension extensionStatus;
    private Long extensionFlowId;
    private String extensionReason;
    private String extensionNumber;
    private LocalDate releasedOn;
    private String releaseReason;
    private String releaseRecord;
    private String releaseNumber;
    private Instant createdAt;
    private String createdBy;
    @MappedCollection(idColumn = "seizure_id", keyColumn = "position")
    private List<SeizedGoods> items;

    /** A row of the list of goods. */
    @Table("enf_seizure_item")
    record SeizedGoods(String name, String quantity, String placeKept) {
    }

    @PersistenceCreator
    private Seizure() {
    }

    static Seizure decide(long caseId, Measure measure, LocalDate on, String place, String reason, String basis,
                          List<GoodsItem> items, String decisionNumber, Instant at, String by) {
        Seizure s = new Seizure();
        s.caseId = caseId;
        s.measure = measure;
        s.startedOn = on;
        s.place = place;
        s.reason = reason;
        s.basis = basis;
        s.items = items.stream().map(g -> new SeizedGoods(g.name(), g.quantity(), g.placeKept())).toList();
        s.status = Status.ACTIVE;
        s.extensionStatus = Extension.NONE;
        s.decisionNumber = decisionNumber;
        s.createdAt = at;
        s.createdBy = by;
        return s;
    }

    /** The period's deadline (30 calendar days, CAL-03), opened after the first save. */
    void deadline(long id, LocalDate ends) {
        deadlineId = id;
        endsOn = ends;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseId", caseId);
        after.put("measure", measure.name());
        after.put("startedOn", startedOn.toString());
        after.put("endsOn", ends == null ? null : ends.toString());
        after.put("items", items.size());
        after.put("decision", decisionNumber);
        registerEvent(AuditableEvent.change("enforcement.case.seizure-decided", "case_seizure", this.id, null, after));
    }

    /** The calendar's end date, once it knows it (a deadline pending next year's holidays had none). */
    void endKnown(LocalDate end) {
        if (endsOn == null) {
            endsOn = end;
        }
    }

    /** CASE-14: asks for the one extension (pending its approval flow); refused when it cannot be extended on {@code today}. */
    void requestExtension(long flowId, String why, LocalDate today, String by) {
        requireExtensible(today);
        extensionStatus = Extension.PENDING;
        extensionFlowId = flowId;
        extensionReason = why;
        registerEvent(new AuditableEvent("enforcement.case.seizure-extension-requested", "case_seizure", String.valueOf(id),
                Map.of("extensionStatus", Extension.NONE.name()), Map.of("extensionStatus", Extension.PENDING.name(),
                "flowId", flowId), by, null));
    }

    /** The checks of {@link #requestExtension}, asked before the flow starts. */
    void requireExtensible(LocalDate today) {
        if (status == Status.RELEASED) {
            throw BusinessException.conflict("CASE-14-RELEASED", "该" + measure.label() + "已解除，不能延长期限");
        }
        if (extensionStatus == Extension.APPROVED) {
            throw new BusinessException("CASE-14-EXTENDED", "查封、扣押期限只能延长一次（行政强制法第二十五条），已延长至"
                    + Fmt.date(endsOn) + "，不能再次延长");
        }
        if (extensionStatus == Extension.PENDING) {
            throw BusinessException.conflict("CASE-14-EXTENSION-PENDING", "延长期限的申请正在审批中");
        }
        if (endsOn != null && today.isAfter(endsOn)) {
            throw new BusinessException("CASE-14-EXPIRED", measure.label() + "期限已于" + Fmt.date(endsOn) + "届满，不能再延长，应当及时解除");
        }
    }

    /** The extension's flow ended: approved with the new end (30 more days) and its document number, or not. */
    void extensionDecided(boolean approved, Long newDeadlineId, LocalDate newEnd, String number, String by) {
        if (extensionStatus != Extension.PENDING) {
            throw BusinessException.conflict("CASE-14-EXTENSION-STATE", "该延长申请已办结");
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("extensionStatus", extensionStatus.name());
        before.put("endsOn", endsOn == null ? null : endsOn.toString());
        extensionStatus = approved ? Extension.APPROVED : Extension.REJECTED;
        if (approved) {
            deadlineId = newDeadlineId;
            endsOn = newEnd;
            extensionNumber = number;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("extensionStatus", extensionStatus.name());
        after.put("endsOn", endsOn == null ? null : endsOn.toString());
        after.put("extensionNumber", extensionNumber);
        registerEvent(new AuditableEvent("enforcement.case.seizure-extension-" + extensionStatus.name().toLowerCase(),
                "case_seizure", String.valueOf(id), before, after, by, null));
    }

    /** CASE-14 (行政强制法 art. 27–28): released on {@code on} with the reason and the record of what was returned. */
    void release(LocalDate on, String why, String record, String number, String by) {
        requireReleasable(on);
        status = Status.RELEASED;
        releasedOn = on;
        releaseReason = why;
        releaseRecord = record;
        releaseNumber = number;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        after.put("releasedOn", on.toString());
        after.put("release", number);
        registerEvent(new AuditableEvent("enforcement.case.seizure-released", "case_seizure", String.valueOf(id),
                Map.of("status", Status.ACTIVE.name()), after, by, null));
    }

    void requireReleasable(LocalDate on) {
        if (status == Status.RELEASED) {
            throw BusinessException.conflict("CASE-14-RELEASED", "该" + measure.label() + "已于" + Fmt.date(releasedOn) + "解除");
        }
        if (on.isBefore(startedOn)) {
            throw BusinessException.badInput("CASE-14-DATE", "解除日期不能早于" + measure.label() + "日期");
        }
    }

    Long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    Measure measure() {
        return measure;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    Long deadlineId() {
        return deadlineId;
    }

    boolean extensionPending() {
        return extensionStatus == Extension.PENDING;
    }

    Extension extensionStatus() {
        return extensionStatus;
    }

    Long extensionFlowId() {
        return extensionFlowId;
    }

    String extensionNumber() {
        return extensionNumber;
    }

    LocalDate releasedOn() {
        return releasedOn;
    }

    String releaseReason() {
        return releaseReason;
    }

    String releaseRecord() {
        return releaseRecord;
    }

    String releaseNumber() {
        return releaseNumber;
    }

    List<GoodsItem> items() {
        return items.stream().map(g -> new GoodsItem(g.name(), g.quantity(), g.placeKept())).toList();
    }

    String place() {
        return place;
    }

    String reason() {
        return reason;
    }

    String decisionNumber() {
        return decisionNumber;
    }
}
