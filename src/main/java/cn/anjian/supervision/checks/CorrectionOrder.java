package cn.anjian.supervision.checks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * COR-02: a correction order (纠错整改) issued on a finding, tracked to closure: issued → rectifying → submitted →
 * closed, or back to rectifying when the issuing agency does not accept the report (reopened). Each move is audited.
 */
@Table("sup_order")
class CorrectionOrder extends AbstractAggregateRoot<CorrectionOrder> {

    @Id
    private Long id;
    @Version
    private Integer version;
    private long checkId;
    private long findingId;
    private long agencyId;
    private long targetAgencyId;
    private long jurisdictionId;
    private String scopePath;
    private CorrectionKind kind;
    private String requirement;
    private Long caseId;
    private String caseNumber;
    private OrderStatus status;
    private Long deadlineId;
    private String report;
    private String verification;
    private int reopened;
    private Instant issuedAt;
    private String issuedBy;
    private Instant submittedAt;
    private String submittedBy;
    private Instant closedAt;
    private String closedBy;

    @PersistenceCreator
    private CorrectionOrder() {
    }

    static CorrectionOrder issue(long checkId, long findingId, long agencyId, long targetAgencyId, long jurisdictionId,
                                 String scopePath, CorrectionKind kind, String requirement, Long caseId, String caseNumber,
                                 Instant at, String by) {
        if (kind == CorrectionKind.PENALTY && caseId == null) {
            throw new BusinessException("COR-02", "纠正行政处罚决定须关联被纠正的案件（《安全生产执法纠错制度》第五条第（三）项）");
        }
        CorrectionOrder o = new CorrectionOrder();
        o.checkId = checkId;
        o.findingId = findingId;
        o.agencyId = agencyId;
        o.targetAgencyId = targetAgencyId;
        o.jurisdictionId = jurisdictionId;
        o.scopePath = scopePath;
        o.kind = kind;
        o.requirement = requirement;
        o.caseId = caseId;
        o.caseNumber = caseNumber;
        o.status = OrderStatus.ISSUED;
        o.issuedAt = at;
        o.issuedBy = by;
        return o;
    }

    /** The audited snapshot of a new order (published by the service once the id is known). */
    Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.name());
        m.put("requirement", requirement);
        m.put("caseNumber", caseNumber == null ? "" : caseNumber);
        m.put("status", status.name());
        return m;
    }

    void deadline(long id) {
        deadlineId = id;
    }

    /** The checked agency starts rectifying. */
    void startRectifying(String by) {
        if (status != OrderStatus.ISSUED) {
            throw BusinessException.conflict("COR-02-STATE", "只有已下达的整改通知可以开始整改");
        }
        move(OrderStatus.RECTIFYING, by, Map.of());
    }

    /** The checked agency reports what it corrected. */
    void submit(String text, Instant at, String by) {
        if (status != OrderStatus.ISSUED && status != OrderStatus.RECTIFYING) {
            throw BusinessException.conflict("COR-02-STATE", "该整改通知当前不能报送整改情况（" + status.label() + "）");
        }
        report = text;
        submittedAt = at;
        submittedBy = by;
        move(OrderStatus.SUBMITTED, by, Map.of("report", text));
    }

    /** The issuing agency accepts the report (closed) or sends it back (reopened, rectifying again). */
    void verify(boolean accepted, String note, Instant at, String by) {
        if (status != OrderStatus.SUBMITTED) {
            throw BusinessException.conflict("COR-02-STATE", "只有已报送整改情况的整改通知可以验收");
        }
        if (by.equals(submittedBy)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "COR-02-VERIFIER", "报送整改情况的人员不能验收本次整改");
        }
        verification = note;
        if (accepted) {
            closedAt = at;
            closedBy = by;
            move(OrderStatus.CLOSED, by, Map.of("verification", note));
        } else {
            reopened++;
            move(OrderStatus.RECTIFYING, by, Map.of("verification", note, "reopened", reopened));
        }
    }

    private void move(OrderStatus to, String by, Map<String, Object> extra) {
        OrderStatus from = status;
        status = to;
        Map<String, Object> after = new LinkedHashMap<>(extra);
        after.put("status", to.name());
        String action = from == OrderStatus.SUBMITTED && to == OrderStatus.RECTIFYING ? "reopened" : to.name().toLowerCase(java.util.Locale.ROOT);
        registerEvent(new AuditableEvent("supervision.order." + action, "sup-order", String.valueOf(id),
                Map.of("status", from.name()), after, by, null));
    }

    Long id() {
        return id;
    }

    String scopePath() {
        return scopePath;
    }

    long agencyId() {
        return agencyId;
    }

    long targetAgencyId() {
        return targetAgencyId;
    }

    OrderStatus status() {
        return status;
    }

    Long deadlineId() {
        return deadlineId;
    }

    CorrectionKind kind() {
        return kind;
    }

    Long caseId() {
        return caseId;
    }

    int reopened() {
        return reopened;
    }
}
