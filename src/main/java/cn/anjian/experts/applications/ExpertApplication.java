package cn.anjian.experts.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An application to the expert pool (EXP-03, EXP-04) and its way through the review (EXP-05): submitted → the review
 * flow (unit preliminary review, recommendation, formal review, leading group) → 5-day public notice → the director's
 * meeting → admitted (joint document, certificate) or rejected; archived at least five years after the decision.
 */
@Table("exp_application")
class ExpertApplication extends AbstractAggregateRoot<ExpertApplication> {

    /** Seed 002 art. 6(5): "资料保存期限不少于五年". */
    static final int RETAIN_YEARS = 5;
    /** Seed 002 art. 6(3): "公示5日" — fixed by the text, not a setting. */
    static final int NOTICE_DAYS = 5;

    @Id Long id;
    @Version Integer version;
    long agencyId;
    String scopePath;
    String trackingCode;
    ApplicationSource source;
    String recommender;
    ApplicationLevel level;
    String name;
    Gender gender;
    LocalDate birthDate;
    String idCard;
    String phone;
    String email;
    Employment employment;
    String employerName;
    String employerAddress;
    String department;
    String title;
    TitleGrade titleGrade;
    Qualification qualification;
    String school;
    String education;
    String major;
    int yearsExperience;
    int keyIndustryYears;
    boolean legalPractice;
    boolean healthy;
    boolean cleanRecord;
    String fieldCode;
    String subCodes;
    String workHistory;
    String publications;
    String awards;
    String achievements;
    boolean commitments;
    String attachmentIds;
    ApplicationStatus status;
    Instant submittedAt;
    String exceptionReason;
    String exceptionRequestedBy;
    String exceptionApprovedBy;
    Instant exceptionApprovedAt;
    Long reviewFlowId;
    LocalDate noticeFrom;
    LocalDate noticeUntil;
    Long noticeDeadlineId;
    Long meetingFlowId;
    String jointDocNumber;
    String certificateNumber;
    Long expertId;
    LocalDate decidedOn;
    LocalDate retainUntil;

    @PersistenceCreator
    ExpertApplication() {
    }

    static ExpertApplication submit(long agencyId, String scopePath, String code, NewApplication a, Instant now) {
        ExpertApplication x = new ExpertApplication();
        x.agencyId = agencyId;
        x.scopePath = scopePath;
        x.trackingCode = code;
        x.source = a.source();
        x.recommender = a.recommender();
        x.level = a.level();
        x.name = a.name();
        x.gender = a.gender();
        x.birthDate = a.birthDate();
        x.idCard = a.idCard();
        x.phone = a.phone();
        x.email = a.email();
        x.employment = a.employment();
        x.employerName = a.employerName();
        x.employerAddress = a.employerAddress();
        x.department = a.department();
        x.title = a.title();
        x.titleGrade = a.titleGrade();
        x.qualification = a.qualification();
        x.school = a.school();
        x.education = a.education();
        x.major = a.major();
        x.yearsExperience = a.yearsExperience();
        x.keyIndustryYears = a.keyIndustryYears();
        x.legalPractice = a.legalPractice();
        x.healthy = a.healthy();
        x.cleanRecord = a.cleanRecord();
        x.fieldCode = a.fieldCode();
        x.subCodes = String.join(",", a.subCodes());
        x.workHistory = a.workHistory();
        x.publications = a.publications();
        x.awards = a.awards();
        x.achievements = a.achievements();
        x.commitments = a.allCommitments();
        x.status = ApplicationStatus.SUBMITTED;
        x.submittedAt = now;
        return x;
    }

    Eligibility.Facts facts() {
        return new Eligibility.Facts(level, birthDate, titleGrade, qualification, yearsExperience, keyIndustryYears,
                legalPractice, healthy, cleanRecord);
    }

    /** EXP-03: a failed criterion may be waived (破格) only with a reason, then approved by someone else. */
    void requestException(List<Eligibility.Criterion> criteria, String reason, String by) {
        requireStatus(ApplicationStatus.SUBMITTED, "只有待受理审查的申报可以申请破格");
        if (Eligibility.allPassed(criteria)) {
            throw BusinessException.conflict("EXP-03-EXCEPTION", "该申报人符合全部聘任条件，无需破格");
        }
        if (exceptionApprovedBy != null) {
            throw BusinessException.conflict("EXP-03-EXCEPTION", "破格申请已经批准");
        }
        String before = exceptionReason;
        exceptionReason = reason;
        exceptionRequestedBy = by;
        audit("exception-requested", mapOf("exceptionReason", before), mapOf("exceptionReason", reason), by);
    }

    void approveException(String by, Instant at) {
        requireStatus(ApplicationStatus.SUBMITTED, "只有待受理审查的申报可以批准破格");
        if (exceptionRequestedBy == null || exceptionApprovedBy != null) {
            throw BusinessException.conflict("EXP-03-EXCEPTION", exceptionRequestedBy == null ? "尚未提出破格申请" : "破格申请已经批准");
        }
        if (exceptionRequestedBy.equals(by)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "EXP-03-FOUR-EYES", "破格申请须由提出人以外的人员批准");
        }
        exceptionApprovedBy = by;
        exceptionApprovedAt = at;
        audit("exception-approved", null, mapOf("exceptionApprovedBy", by), by);
    }

    /** EXP-03 gate: the review starts only when every criterion is met or an approved exception covers the failures. */
    void startReview(List<Eligibility.Criterion> criteria, long flowId, String by) {
        requireReviewable(criteria);
        reviewFlowId = flowId;
        move(ApplicationStatus.IN_REVIEW, by);
    }

    void requireReviewable(List<Eligibility.Criterion> criteria) {
        requireStatus(ApplicationStatus.SUBMITTED, "该申报已进入审核程序");
        if (!Eligibility.allPassed(criteria) && exceptionApprovedBy == null) {
            throw new BusinessException("EXP-03", "申报人不符合专家聘任条件（"
                    + String.join("；", criteria.stream().filter(c -> !c.passed()).map(Eligibility.Criterion::label).toList())
                    + "），须经批准破格后方可推荐");
        }
    }

    /** The review flow ended: approved → the 5-day public notice, else rejected (archived from today). */
    void reviewDecided(boolean approved, LocalDate today, LocalDate until, Long deadlineId, String by) {
        requireStatus(ApplicationStatus.IN_REVIEW, "该申报不在审核推荐中");
        if (approved) {
            noticeFrom = today;
            noticeUntil = until;
            noticeDeadlineId = deadlineId;
            move(ApplicationStatus.NOTICE, by);
        } else {
            close(today);
            move(ApplicationStatus.REJECTED, by);
        }
    }

    /** EXP-05 gate: the director's meeting only after the full notice and with no objection left open. */
    void startMeeting(LocalDate today, long openObjections, long flowId, String by) {
        requireMeetingAllowed(today, openObjections);
        meetingFlowId = flowId;
        move(ApplicationStatus.MEETING, by);
    }

    void requireMeetingAllowed(LocalDate today, long openObjections) {
        requireStatus(ApplicationStatus.NOTICE, "只有公示中的申报可以提交局长办公会审定");
        if (!today.isAfter(noticeUntil)) {
            throw new BusinessException("EXP-05", "公示期（5日）至 " + noticeUntil + " 届满，期满后方可提交局长办公会审定");
        }
        if (openObjections > 0) {
            throw new BusinessException("EXP-05", "公示期间收到的异议尚有 " + openObjections + " 件未处理，处理完毕后方可提交局长办公会审定");
        }
    }

    /** The meeting approved: admitted to the pool as that expert, with the joint document and certificate numbers. */
    void admitted(long expert, String jointDoc, String certificate, LocalDate today, String by) {
        requireStatus(ApplicationStatus.MEETING, "该申报不在局长办公会审定中");
        expertId = expert;
        jointDocNumber = jointDoc;
        certificateNumber = certificate;
        close(today);
        move(ApplicationStatus.ADMITTED, by);
    }

    void meetingRejected(LocalDate today, String by) {
        requireStatus(ApplicationStatus.MEETING, "该申报不在局长办公会审定中");
        close(today);
        move(ApplicationStatus.REJECTED, by);
    }

    /** EXP-05 (seed 002 art. 6(5)): the archive is kept at least five years after the decision. */
    void requireDeletable(LocalDate today) {
        if (retainUntil == null || today.isBefore(retainUntil)) {
            throw new BusinessException("EXP-05-ARCHIVE", retainUntil == null
                    ? "申报尚未办结，申报及审核资料须归档保存，不能删除"
                    : "申报及审核资料须保存至 " + retainUntil + "（不少于五年），保存期满前不能删除");
        }
    }

    private void close(LocalDate today) {
        decidedOn = today;
        retainUntil = today.plusYears(RETAIN_YEARS);
    }

    private void requireStatus(ApplicationStatus s, String message) {
        if (status != s) {
            throw BusinessException.conflict("EXP-APPLICATION-STATE", message);
        }
    }

    private void move(ApplicationStatus to, String by) {
        ApplicationStatus from = status;
        status = to;
        audit(to.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), mapOf("status", from.name()),
                mapOf("status", to.name()), by);
    }

    private void audit(String action, Map<String, Object> before, Map<String, Object> after, String by) {
        registerEvent(new AuditableEvent("experts.application." + action, "expert_application", String.valueOf(id),
                before, after, by, null));
    }

    private static Map<String, Object> mapOf(String k, Object v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k, v == null ? "" : v);
        return m;
    }

    /** What the audit trail keeps of a new application: no ID card, no phone. */
    Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agencyId", agencyId);
        m.put("name", name);
        m.put("source", source.name());
        m.put("level", level.name());
        m.put("field", fieldCode);
        m.put("subSpecialties", subCodes);
        m.put("employer", employerName);
        m.put("status", status.name());
        return m;
    }
}
