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
 * CASE-14 先行登记保存 (行政处罚法 art. 56): evidence registered and kept with its list of goods, then decided
 * (处理决定) within 7 working days — the due date is the calendar's ({@code Deadlines}, CAL-02); after it the measure has
 * lapsed: any decision but the return of the goods is refused, and the open deadline shows overdue in the deadline lists.
 */
@Table("enf_preservation")
class Preservation extends AbstractAggregateRoot<Preservation> {

    /** 行政处罚法 art. 56: within seven days (art. 85: 期限以工作日计算). */
    static final int DECIDE_WITHIN_WORKING_DAYS = 7;

    enum Status { REGISTERED, DECIDED }

    @Getter
    @RequiredArgsConstructor
    enum Outcome {
        RETURN("解除先行登记保存，退还当事人"),
        CONFISCATE("依法予以没收"),
        TRANSFER("移送有关部门处理"),
        SEIZE("依法采取查封、扣押措施");

        private final String label;
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private long caseId;
    private LocalDate registeredOn;
    private String place;
    private String reason;
    private Long deadlineId;
    private LocalDate dueDate;
    private Status status;
    private String noticeNumber;
    private LocalDate decidedOn;
    private Outcome outcome;
    private String outcomeNote;
    private String decisionNumber;
    private Instant createdAt;
    private String createdBy;
    private Instant decidedAt;
    private String decidedBy;
    @MappedCollection(idColumn = "preservation_id", keyColumn = "position")
    private List<PreservedGoods> items;

    /** A row of the list of goods. */
    @Table("enf_preservation_item")
    record PreservedGoods(String name, String quantity, String placeKept) {
    }

    @PersistenceCreator
    private Preservation() {
    }

    static Preservation register(long caseId, LocalDate on, String place, String reason, List<GoodsItem> items,
                                 String noticeNumber, Instant at, String by) {
        Preservation p = new Preservation();
        p.caseId = caseId;
        p.registeredOn = on;
        p.place = place;
        p.reason = reason;
        p.items = items.stream().map(g -> new PreservedGoods(g.name(), g.quantity(), g.placeKept())).toList();
        p.status = Status.REGISTERED;
        p.noticeNumber = noticeNumber;
        p.createdAt = at;
        p.createdBy = by;
        return p;
    }

    /** The deadline opened for the decision (after the first save, whose id it names). */
    void deadline(long id, LocalDate due) {
        deadlineId = id;
        dueDate = due;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseId", caseId);
        after.put("registeredOn", registeredOn.toString());
        after.put("items", items.size());
        after.put("dueDate", due == null ? null : due.toString());
        after.put("notice", noticeNumber);
        registerEvent(AuditableEvent.change("enforcement.case.preservation-registered", "case_preservation", id(), null, after));
    }

    /** The calendar's due date, once it knows it (a deadline pending next year's holidays had none). */
    void dueKnown(LocalDate due) {
        if (dueDate == null) {
            dueDate = due;
        }
    }

    /**
     * CASE-14: the decision on the registered goods, on {@code on} (today); refused once decided, before the
     * registration, or after the 7th working day (the deadline's due date).
     */
    void decide(Outcome o, String note, LocalDate on, String number, Instant at, String by) {
        requireDecidable(o, on);
        status = Status.DECIDED;
        outcome = o;
        outcomeNote = note;
        decidedOn = on;
        decisionNumber = number;
        decidedAt = at;
        decidedBy = by;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        after.put("outcome", o.name());
        after.put("decidedOn", on.toString());
        after.put("decision", number);
        registerEvent(AuditableEvent.change("enforcement.case.preservation-decided", "case_preservation", id,
                Map.of("status", Status.REGISTERED.name()), after));
    }

    /** The checks of {@link #decide}, also asked before the decision document is numbered. */
    void requireDecidable(Outcome o, LocalDate on) {
        if (status != Status.REGISTERED) {
            throw BusinessException.conflict("CASE-14-DECIDED", "该先行登记保存已于" + Fmt.date(decidedOn) + "作出处理决定");
        }
        if (o == null) {
            throw BusinessException.badInput("CASE-14-OUTCOME", "请选择处理决定");
        }
        if (on.isBefore(registeredOn)) {
            throw BusinessException.badInput("CASE-14-DATE", "处理决定日期不能早于登记保存日期");
        }
        if (late(on) && o != Outcome.RETURN) {
            throw new BusinessException("CASE-14-LATE", "先行登记保存应在七个工作日内作出处理决定，期限已于" + Fmt.date(dueDate)
                    + "届满，保存措施已自动解除，只能登记退还当事人");
        }
    }

    /** After the 7th working day: the measure has lapsed (行政处罚法 art. 56), only the return may be recorded. */
    boolean late(LocalDate on) {
        return dueDate != null && on.isAfter(dueDate);
    }

    Long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    Long deadlineId() {
        return deadlineId;
    }

    LocalDate registeredOn() {
        return registeredOn;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    Status status() {
        return status;
    }

    List<GoodsItem> items() {
        return items.stream().map(g -> new GoodsItem(g.name(), g.quantity(), g.placeKept())).toList();
    }

    Outcome outcome() {
        return outcome;
    }

    String outcomeNote() {
        return outcomeNote;
    }

    LocalDate decidedOn() {
        return decidedOn;
    }

    String noticeNumber() {
        return noticeNumber;
    }

    String decisionNumber() {
        return decisionNumber;
    }

    String place() {
        return place;
    }

    String reason() {
        return reason;
    }
}
