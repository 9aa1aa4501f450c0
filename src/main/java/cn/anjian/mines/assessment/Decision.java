package cn.anjian.mines.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * MA-11 (art. 44): an accountability decision. It is executed when issued; the commissioner may appeal in writing
 * within 30 days of receipt (a calendar deadline: a last day on a holiday moves to the next working day), and the
 * appeal does not stop the execution.
 */
@Table("mine_decision")
class Decision extends AbstractAggregateRoot<Decision> {

    static final String SUBJECT = "mine_decision";
    static final int APPEAL_DAYS = 30;   // art. 44: "自收到问责决定之日起 30 日内"

    @Id
    private Long id;
    @Version
    private Integer version;
    private long commissionerId;
    private long agencyId;
    private long jurisdictionId;
    private String scopePath;
    private Long investigationId;
    private Measure measure;
    private String reason;
    private LocalDate issuedOn;
    private LocalDate receivedOn;
    private Long deadlineId;
    private AppealStatus appealStatus;
    private LocalDate appealFiledOn;
    private String appealText;
    private String appealDecision;
    private Instant createdAt;
    private String createdBy;

    @PersistenceCreator
    private Decision() {
    }

    static Decision issue(CommissionerRef c, Long investigationId, Measure measure, String reason, LocalDate issuedOn,
                          LocalDate receivedOn, LocalDate today, Instant now, String by) {
        if (measure == null) {
            throw BusinessException.badInput("MA-11-MEASURE", "请选择问责措施");
        }
        if (issuedOn == null || receivedOn == null || issuedOn.isAfter(today) || receivedOn.isAfter(today)
                || receivedOn.isBefore(issuedOn)) {
            throw BusinessException.badInput("MA-11-DATE", "作出日期、收到日期不能晚于今天，收到日期不能早于作出日期");
        }
        Decision d = new Decision();
        d.commissionerId = c.id();
        d.agencyId = c.agencyId();
        d.jurisdictionId = c.jurisdictionId();
        d.scopePath = c.scopePath();
        d.investigationId = investigationId;
        d.measure = measure;
        d.reason = reason;
        d.issuedOn = issuedOn;
        d.receivedOn = receivedOn;
        d.appealStatus = AppealStatus.NONE;
        d.createdAt = now;
        d.createdBy = by;
        return d;
    }

    void deadlineOpened(long deadline) {
        deadlineId = deadline;
        registerEvent(AuditableEvent.change("mines.decision.issued", SUBJECT, id, null, snapshot()));
    }

    /** MA-11: an appeal filed on {@code filedOn}, refused after the deadline's last day ({@code due}). */
    void appeal(LocalDate filedOn, String text, LocalDate due) {
        if (appealStatus != AppealStatus.NONE) {
            throw BusinessException.conflict("MA-11-STATE", "该问责决定已有申诉");
        }
        if (filedOn == null || filedOn.isBefore(receivedOn)) {
            throw BusinessException.badInput("MA-11-APPEAL-DATE", "请填写申诉日期，且不能早于收到决定之日");
        }
        if (due != null && filedOn.isAfter(due)) {
            throw new BusinessException("MA-11", "申诉期限已于 " + Fmt.date(due) + " 届满（自收到问责决定之日起 30 日内，"
                    + "《山西省矿山安全监管专员制度》第四十四条）");
        }
        if (text == null || text.isBlank()) {
            throw BusinessException.badInput("MA-11-APPEAL-TEXT", "请填写书面申诉的内容");
        }
        Map<String, Object> before = snapshot();
        appealStatus = AppealStatus.FILED;
        appealFiledOn = filedOn;
        appealText = text;
        registerEvent(AuditableEvent.change("mines.decision.appealed", SUBJECT, id, before, snapshot()));
    }

    void decideAppeal(boolean upheld, String text) {
        if (appealStatus != AppealStatus.FILED) {
            throw BusinessException.conflict("MA-11-STATE", "没有待审查的申诉");
        }
        if (text == null || text.isBlank()) {
            throw BusinessException.badInput("MA-11-APPEAL-DECISION", "请填写申诉审查意见");
        }
        Map<String, Object> before = snapshot();
        appealStatus = upheld ? AppealStatus.UPHELD : AppealStatus.CHANGED;
        appealDecision = text;
        registerEvent(AuditableEvent.change("mines.decision.appeal-decided", SUBJECT, id, before, snapshot()));
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measure", measure.name());
        m.put("reason", reason);
        m.put("issuedOn", issuedOn.toString());
        m.put("receivedOn", receivedOn.toString());
        if (investigationId != null) {
            m.put("investigationId", investigationId);
        }
        m.put("appealStatus", appealStatus.name());
        if (appealText != null) {
            m.put("appealText", appealText);
        }
        if (appealDecision != null) {
            m.put("appealDecision", appealDecision);
        }
        return m;
    }

    Long id() { return id; }
    long commissionerId() { return commissionerId; }
    long jurisdictionId() { return jurisdictionId; }
    String scopePath() { return scopePath; }
    LocalDate receivedOn() { return receivedOn; }
    Long deadlineId() { return deadlineId; }
    AppealStatus appealStatus() { return appealStatus; }
}
