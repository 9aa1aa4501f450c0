package cn.anjian.reporting.briefings;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

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
 * SS-06 (000 art. 25): the half-yearly briefing of a department to its social supervisors on the region's enforcement:
 * drafted (prefilled from the figures, edited), approved on the workflow (four eyes), then delivered — each move audited.
 */
@Table("rep_briefing")
class Briefing extends AbstractAggregateRoot<Briefing> {

    @Getter
    @RequiredArgsConstructor
    enum Status {
        DRAFT("起草中"), IN_REVIEW("审核中"), DELIVERED("已通报");

        private final String label;
    }

    static final String SUBJECT = "rep-briefing";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long agencyId;
    private long jurisdictionId;
    private String scopePath;
    private int year;
    private int half;
    private Status status;
    private String title;
    private String body;
    private Long deadlineId;
    private Long flowId;
    private Long fileId;
    private String preparedBy;
    private Instant deliveredAt;

    @PersistenceCreator
    private Briefing() {
    }

    static Briefing open(long agencyId, long jurisdictionId, String scopePath, int year, int half, String title) {
        if (half != 1 && half != 2) {
            throw BusinessException.badInput("SS-06-HALF", "半年度只能是上半年或下半年");
        }
        Briefing b = new Briefing();
        b.agencyId = agencyId;
        b.jurisdictionId = jurisdictionId;
        b.scopePath = scopePath;
        b.year = year;
        b.half = half;
        b.title = title;
        b.status = Status.DRAFT;
        return b;
    }

    /** The text as edited (or prefilled); only while drafting. */
    void edit(String newTitle, String newBody, String by) {
        requireDraft();
        Map<String, Object> before = Map.of("title", title, "content", body == null ? "" : body);
        title = newTitle;
        body = newBody;
        preparedBy = by;
        registerEvent(new AuditableEvent("reporting.briefing.edited", SUBJECT, String.valueOf(id), before,
                Map.of("title", newTitle, "content", newBody), by, null));
    }

    /** Sent for approval; an empty briefing cannot be. */
    void submit(long flow, String by) {
        requireDraft();
        if (body == null || body.isBlank()) {
            throw new BusinessException("SS-06", "通报内容为空，请先生成或填写通报内容");
        }
        flowId = flow;
        move(Status.IN_REVIEW, by, Map.of());
    }

    /** Rejected on the workflow: back to drafting. */
    void rejected(String by) {
        if (status != Status.IN_REVIEW) {
            throw BusinessException.conflict("SS-06-STATE", "该通报不在审核中");
        }
        flowId = null;
        move(Status.DRAFT, by, Map.of());
    }

    /** Approved: the generated document is kept and the briefing counts as delivered to each supervisor. */
    void delivered(long file, int recipients, Instant at, String by) {
        if (status != Status.IN_REVIEW) {
            throw BusinessException.conflict("SS-06-STATE", "该通报不在审核中");
        }
        fileId = file;
        deliveredAt = at;
        move(Status.DELIVERED, by, Map.of("recipients", recipients));
    }

    void deadline(long d) {
        deadlineId = d;
    }

    private void requireDraft() {
        if (status != Status.DRAFT) {
            throw BusinessException.conflict("SS-06-STATE", "该通报已提交审核或已通报，不能修改");
        }
    }

    private void move(Status to, String by, Map<String, Object> extra) {
        Status from = status;
        status = to;
        Map<String, Object> after = new LinkedHashMap<>(extra);
        after.put("status", to.name());
        registerEvent(new AuditableEvent("reporting.briefing." + to.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), SUBJECT,
                String.valueOf(id), Map.of("status", from.name()), after, by, null));
    }

    String period() {
        return year + "年" + (half == 1 ? "上半年" : "下半年");
    }

    Long id() {
        return id;
    }

    long agencyId() {
        return agencyId;
    }

    long jurisdictionId() {
        return jurisdictionId;
    }

    String scopePath() {
        return scopePath;
    }

    int year() {
        return year;
    }

    int half() {
        return half;
    }

    Status status() {
        return status;
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    Long deadlineId() {
        return deadlineId;
    }

    Long flowId() {
        return flowId;
    }

    Long fileId() {
        return fileId;
    }

    Instant deliveredAt() {
        return deliveredAt;
    }

    String preparedBy() {
        return preparedBy;
    }
}
