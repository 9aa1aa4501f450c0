package cn.anjian.legalreview.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.legalreview.review.ReviewEnums.Checkpoint;
import cn.anjian.legalreview.review.ReviewEnums.MaterialKind;
import cn.anjian.legalreview.review.ReviewEnums.Outcome;
import cn.anjian.legalreview.review.ReviewEnums.Status;
import cn.anjian.legalreview.review.ReviewEnums.Suspension;
import cn.anjian.legalreview.review.ReviewParts.Event;
import cn.anjian.legalreview.review.ReviewParts.Finding;
import cn.anjian.legalreview.review.ReviewParts.Material;
import cn.anjian.legalreview.review.ReviewParts.Meeting;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One legal review of a case's proposed major decision (LR-05..LR-13). Every transition checks the state,
 * refuses with a {@code BusinessException} before changing anything, appends to the timeline and registers
 * its audit event (published on save).
 */
@Table("lr_review")
class LegalReview extends AbstractAggregateRoot<LegalReview> {

    @Id
    private Long id;
    @Version
    private Integer version;
    @Embedded.Empty
    private ReviewSubject subject;
    private Status status;
    private String objectionReason, directorOpinion, discussionParticipants, discussionConclusion, discussionRecordedBy;
    private String outcomeContent, reviewedBy, opinionApprovedBy, opinionNumber;
    private Instant submittedAt, receivedAt, consentAt, opinionApprovedAt;
    private String supplementNote, submittedBy, consentBy, consentOpinion;
    private String formSummary, formBasis, formOfficers, formProposal, formNotes, signedUnitHead, signedDeputy;
    private ReviewRoute route;
    private Long undertakingUnitId, consentFlowId;
    private int round, objections;
    private boolean hadHearing, extended;
    private LocalDate supplementDue, discussedOn;
    private Long deadlineId, extensionFlowId, flowId, opinionFileId;
    private Suspension suspendedReason;
    private Outcome outcome;
    private Boolean discussionAgreed;
    @MappedCollection(idColumn = "review_id", keyColumn = "idx")
    private List<Material> materials = new ArrayList<>();
    @MappedCollection(idColumn = "review_id", keyColumn = "idx")
    private List<Finding> findings = new ArrayList<>();
    @MappedCollection(idColumn = "review_id", keyColumn = "idx")
    private List<Meeting> meetings = new ArrayList<>();
    @MappedCollection(idColumn = "review_id", keyColumn = "idx")
    private List<Event> events = new ArrayList<>();

    @PersistenceCreator
    private LegalReview() {
    }

    /**
     * LR-05: a submission; complete → UNDER_REVIEW (clock starts at {@code at}), else SUPPLEMENT_REQUESTED. LR-14: on the
     * internal route a complete submission first waits for the director's consent (CONSENT_REQUESTED, no clock).
     */
    static LegalReview submit(ReviewSubject s, ApplicationForm form, List<Material> materials, ReviewRoute route,
                              Long undertakingUnitId, Instant at, String by) {
        LegalReview r = new LegalReview();
        r.subject = s;
        r.round = 1;
        r.route = route;
        r.undertakingUnitId = undertakingUnitId;
        r.formSummary = form.summary();
        r.formBasis = form.basis();
        r.formOfficers = form.officers();
        r.formProposal = form.proposal();
        r.formNotes = form.notes();
        r.signedUnitHead = form.signedUnitHead();
        r.signedDeputy = form.signedDeputy();
        r.hadHearing = form.hadHearing();
        r.submittedAt = at;
        r.submittedBy = by;
        r.materials.addAll(materials);
        r.status = Status.SUPPLEMENT_REQUESTED;
        r.log(at, by, route == ReviewRoute.ENTRUSTED_INTERNAL ? "提交法制审核申请，申请经局长同意由局内设法制机构审核" : "提交法制审核申请");
        r.checkComplete(at, by);
        r.registerEvent(AuditableEvent.change("legalreview.submitted", "legal_review", s.caseId(), null,
                Map.of("caseId", s.caseId(), "status", r.status.name(), "ruleSetVersion", s.ruleSetVersion(), "route", route.name())));
        return r;
    }

    /** LR-05: the required materials still missing decide the next state. */
    private void checkComplete(Instant at, String by) {
        List<String> missing = MaterialKind.missing(materials.stream().map(Material::kind).toList(), hadHearing, signedUnitHead,
                signedDeputy);
        if (missing.isEmpty() && route == ReviewRoute.ENTRUSTED_INTERNAL && consentAt == null) {
            status = Status.CONSENT_REQUESTED;
            supplementNote = null;
            log(at, by, "材料齐全，报局长同意由局内设法制机构审核（同意前审核期限不起算）");
        } else if (missing.isEmpty()) {
            status = Status.UNDER_REVIEW;
            receivedAt = at;
            supplementDue = null;
            supplementNote = null;
            log(at, by, "材料齐全，法制机构收件，审核期限起算");
        } else {
            status = Status.SUPPLEMENT_REQUESTED;
            supplementNote = "请补充：" + String.join("、", missing);
            log(at, by, "材料不齐全，退回补充，审核期限不起算：" + String.join("、", missing));
        }
    }

    /** LR-14: the director's consent was asked on the workflow (a step the submitter can never decide). */
    void consentRequested(long flowId) {
        consentFlowId = flowId;
    }

    /** LR-14: the director consented (the internal legal unit receives it, the clock starts) or refused (closed). */
    void consentDecided(boolean approved, String opinion, Instant at, String by) {
        require(EnumSet.of(Status.CONSENT_REQUESTED), "该申请不在待局长同意状态");
        consentBy = by;
        consentAt = at;
        consentOpinion = opinion;
        if (approved) {
            status = Status.UNDER_REVIEW;
            receivedAt = at;
            log(at, by, "局长同意由局内设法制机构审核，法制机构收件，审核期限起算");
        } else {
            status = Status.CONSENT_REFUSED;
            log(at, by, "局长未同意由局内设法制机构审核" + (blank(opinion) ? "" : "：" + opinion));
        }
        audit(approved ? "legalreview.consent-given" : "legalreview.consent-refused", Status.CONSENT_REQUESTED, by);
    }

    /** LR-05: the submitter adds what was missing; complete → the clock starts now. */
    void supplement(List<Material> more, String signedUnitHead, String signedDeputy, Instant at, String by) {
        require(EnumSet.of(Status.SUPPLEMENT_REQUESTED), "只有退回补充材料的申请才能补充材料");
        materials.addAll(more);
        this.signedUnitHead = blank(signedUnitHead) ? this.signedUnitHead : signedUnitHead;
        this.signedDeputy = blank(signedDeputy) ? this.signedDeputy : signedDeputy;
        log(at, by, "补充材料 " + more.size() + " 份");
        checkComplete(at, by);
        audit("legalreview.supplemented", Status.SUPPLEMENT_REQUESTED, by);
    }

    /** LR-05: the due date of the supplement (a calendar deadline; null while that year's holidays are missing). */
    void supplementDue(LocalDate due, long deadline) {
        supplementDue = due;
        deadlineId = deadline;
    }

    void reviewStarted(long flowId, long deadlineId) {
        this.flowId = flowId;
        this.deadlineId = deadlineId;
    }

    /** LR-06: the findings on the ten checkpoints (all of them, in order). */
    void recordFindings(List<Finding> all, Instant at, String by) {
        require(EnumSet.of(Status.UNDER_REVIEW), "只有审核中的申请才能记录审核要点");
        if (all.size() != Checkpoint.values().length) {
            throw BusinessException.badInput("LR-06", "须对第十条规定的 10 项审核内容逐项提出意见");
        }
        findings.clear();
        findings.addAll(all);
        log(at, by, "记录审核要点意见（" + all.stream().filter(f -> !f.ok()).count() + " 项存在问题）");
        audit("legalreview.findings-recorded", status, by);
    }

    /** LR-07 / LR-15: a meeting record or a legal adviser's written opinion. */
    void addMeeting(Meeting m, Instant at) {
        require(EnumSet.of(Status.UNDER_REVIEW, Status.DIRECTOR_REVIEW), "只有审核中的申请才能添加记录");
        meetings.add(m);
        log(at, m.recordedBy(), "记录" + ReviewEnums.MeetingKind.valueOf(m.kind()).label());
        audit("legalreview.meeting-recorded", status, m.recordedBy());
    }

    /** LR-08: the legal unit's collective opinion; goes to the deputy director (LR-09). */
    void submitOpinion(Outcome o, String content, Instant at, String by) {
        require(EnumSet.of(Status.UNDER_REVIEW), "只有审核中的申请才能提出审核意见");
        if (suspendedReason != null) {
            throw new BusinessException("LR-11", "审核期限已中止（" + suspendedReason.label() + "），请先恢复计时");
        }
        if (findings.size() != Checkpoint.values().length) {
            throw new BusinessException("LR-06", "请先对第十条规定的 10 项审核内容逐项提出意见");
        }
        if (o == null || blank(content)) {
            throw BusinessException.badInput("LR-08", "请选择审核结论并写明审核意见（纠正意见须列明纠正事项）");
        }
        Status before = status;
        outcome = o;
        outcomeContent = content;
        reviewedBy = by;
        status = Status.AWAITING_APPROVAL;
        log(at, by, "法制机构集体研究，提出" + o.label() + "意见，报分管负责人签批");
        audit("legalreview.opinion-submitted", before, by);
    }

    /** LR-09: the deputy director approved the opinion; the letter's number is recorded (LR-10). */
    void opinionApproved(String number, Long fileId, Instant at, String by) {
        require(EnumSet.of(Status.AWAITING_APPROVAL), "该审核意见不在待签批状态");
        status = Status.DECIDED;
        opinionApprovedBy = by;
        opinionApprovedAt = at;
        opinionNumber = number;
        opinionFileId = fileId;
        log(at, by, "分管负责人签批同意审核意见，意见书 " + number);
        audit("legalreview.opinion-approved", Status.AWAITING_APPROVAL, by);
    }

    /** LR-09: the deputy director did not approve; the legal unit reviews again (new flow). */
    void opinionRejected(long newFlowId, String opinion, Instant at, String by) {
        require(EnumSet.of(Status.AWAITING_APPROVAL), "该审核意见不在待签批状态");
        status = Status.UNDER_REVIEW;
        flowId = newFlowId;
        log(at, by, "分管负责人未同意审核意见，退回法制机构重新研究：" + opinion);
        audit("legalreview.opinion-rejected", Status.AWAITING_APPROVAL, by);
    }

    /** LR-11 / CAL-04: a period not counted. */
    void suspend(Suspension why, Instant at, String by) {
        require(EnumSet.of(Status.UNDER_REVIEW), "只有审核中的申请才能中止计时");
        if (suspendedReason != null) {
            throw BusinessException.conflict("LR-11", "审核期限已中止（" + suspendedReason.label() + "）");
        }
        suspendedReason = why;
        log(at, by, why.label() + "期间，审核期限中止计算");
        audit("legalreview.suspended", status, by);
    }

    void resume(Instant at, String by) {
        if (suspendedReason == null) {
            throw BusinessException.conflict("LR-11", "审核期限未中止");
        }
        log(at, by, suspendedReason.label() + "结束，审核期限恢复计算");
        suspendedReason = null;
        audit("legalreview.resumed", status, by);
    }

    /** LR-11: one extension of 10 working days, asked of the deputy director. */
    void extensionRequested(long flowId, Instant at, String by) {
        mayExtend();
        extensionFlowId = flowId;
        log(at, by, "申请延长审核期限 10 个工作日，报分管负责人批准");
        audit("legalreview.extension-requested", status, by);
    }

    void mayExtend() {
        require(EnumSet.of(Status.UNDER_REVIEW), "只有审核中的申请才能申请延期");
        if (extended || extensionFlowId != null) {
            throw BusinessException.conflict("LR-11", "审核期限只能延长一次");
        }
    }

    void extensionDecided(boolean approved, Long newDeadlineId, Instant at, String by) {
        if (approved) {
            extended = true;
            deadlineId = newDeadlineId;
        }
        log(at, by, approved ? "分管负责人批准延长审核期限 10 个工作日" : "分管负责人未批准延长审核期限");
        audit(approved ? "legalreview.extended" : "legalreview.extension-refused", status, by);
    }

    /** LR-12: one re-review; a second objection goes to the director, whose word is final. */
    Status object(String reason, long newFlowId, Instant at, String by) {
        if (status == Status.FINAL) {
            throw new BusinessException("LR-12", "主要负责人已作出最终审核意见，不能再提出异议");
        }
        require(EnumSet.of(Status.DECIDED), "只有已签批的审核意见才能申请复核");
        if (blank(reason)) {
            throw BusinessException.badInput("LR-12", "请写明异议理由");
        }
        objections++;
        objectionReason = reason;
        flowId = newFlowId;
        if (objections == 1) {
            status = Status.UNDER_REVIEW;
            round = 2;
            findings.clear();
            log(at, by, "承办机构对审核意见有异议，申请复核（由法制机构和承办机构共同研究）：" + reason);
        } else {
            status = Status.DIRECTOR_REVIEW;
            round = 3;
            log(at, by, "复核后仍有异议，报主要负责人审核：" + reason);
        }
        audit("legalreview.objected", Status.DECIDED, by);
        return status;
    }

    void reReviewStarted(long deadline) {
        deadlineId = deadline;
        extended = false;
        extensionFlowId = null;
    }

    /** LR-12: the director's final opinion (null outcome: the legal unit's opinion stands). */
    void directorDecided(Outcome o, String opinion, Instant at, String by) {
        require(EnumSet.of(Status.DIRECTOR_REVIEW), "该审核不在报主要负责人审核状态");
        outcome = o != null ? o : outcome;
        directorOpinion = opinion;
        status = Status.FINAL;
        log(at, by, "主要负责人审定：" + outcome.label() + (blank(opinion) ? "" : "，" + opinion));
        audit("legalreview.director-decided", Status.DIRECTOR_REVIEW, by);
    }

    /** LR-13: the heads' collective discussion after a passed review. */
    void recordDiscussion(LocalDate on, String participants, String conclusion, boolean agreed, Instant at, String by) {
        require(EnumSet.of(Status.DECIDED, Status.FINAL), "法制审核通过后才能记录集体讨论");
        if (!passed()) {
            throw new BusinessException("LR-13", "审核意见为“" + outcome.label() + "”，不能提交集体讨论作出决定");
        }
        if (discussionAgreed != null) {
            throw BusinessException.conflict("LR-13", "集体讨论已记录");
        }
        if (on == null || blank(participants) || blank(conclusion)) {
            throw BusinessException.badInput("LR-13", "请填写讨论日期、参加的负责人和讨论结论");
        }
        discussedOn = on;
        discussionParticipants = participants;
        discussionConclusion = conclusion;
        discussionAgreed = agreed;
        discussionRecordedBy = by;
        log(at, by, "负责人集体讨论（" + on + "）：" + (agreed ? "同意作出决定" : "不同意作出决定"));
        audit("legalreview.discussed", status, by);
    }

    /** LR-01: the review passed (approved opinion — or the director's final one — to approve or correct). */
    boolean passed() {
        return (status == Status.DECIDED || status == Status.FINAL) && outcome != null && outcome.passes();
    }

    /** LR-13: the heads discussed it and agreed. */
    boolean discussed() {
        return Boolean.TRUE.equals(discussionAgreed);
    }

    private void require(Set<Status> allowed, String message) {
        if (status == Status.CONSENT_REQUESTED && !allowed.contains(status)) {
            throw new BusinessException("LR-14", "须经局长同意后方可由局内设法制机构审核，目前尚待局长同意");
        }
        if (!allowed.contains(status)) {
            throw BusinessException.conflict("LR-STATE", message + "（当前：" + status.label() + "）");
        }
    }

    private void log(Instant at, String by, String what) {
        events.add(new Event(at, by, what.length() > 1000 ? what.substring(0, 1000) : what));
    }

    private void audit(String action, Status before, String by) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        after.put("outcome", outcome == null ? null : outcome.name());
        after.put("round", round);
        registerEvent(new AuditableEvent(action, "legal_review", String.valueOf(id), Map.of("status", before.name()),
                after, by, null));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    Long id() { return id; }
    long caseId() { return subject.caseId(); }
    long agencyId() { return subject.agencyId(); }
    long jurisdictionId() { return subject.jurisdictionId(); }
    String scopePath() { return subject.scopePath(); }
    String caseTitle() { return subject.caseTitle(); }
    int round() { return round; }
    ReviewRoute route() { return route; }
    Long consentFlowId() { return consentFlowId; }
    String opinionNumber() { return opinionNumber; }
    Long opinionFileId() { return opinionFileId; }
    Status status() { return status; }
    Long flowId() { return flowId; }
    int objections() { return objections; }
    Long deadlineId() { return deadlineId; }
    Long extensionFlowId() { return extensionFlowId; }
    Suspension suspendedReason() { return suspendedReason; }
    Outcome outcome() { return outcome; }
    String outcomeContent() { return outcomeContent; }
    String submittedBy() { return submittedBy; }
    String reviewedBy() { return reviewedBy; }
    String formSummary() { return formSummary; }
    String formBasis() { return formBasis; }
    List<Finding> findings() { return List.copyOf(findings); }
    List<Meeting> meetings() { return List.copyOf(meetings); }
}
