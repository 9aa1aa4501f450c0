package cn.anjian.complaints.submissions;

import java.time.Instant;

import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A submission (SS-04) and its handling (SS-05): submitted → accepted → answered. A Spring Data JDBC
 * aggregate ({@link SubmissionRepository}, optimistic {@code @Version}); the answer text is required;
 * each transition checks the state and refuses before anything changes.
 */
@Table("cmp_submission")
class Submission {

    static final int TITLE_MAX = 100;
    static final int CONTENT_MAX = 4000;
    static final int FIELD_MAX = 200;

    @Id
    Long id;
    @Version
    Integer version;
    final String trackingCode;
    final Channel channel;
    final SubmissionKind kind;
    final String title;
    final String content;
    final String location;
    final String enterpriseName;
    final Long supervisorId;
    final Long submitterUserId;
    final long agencyId;
    final long jurisdictionId;
    final String scopePath;
    SubmissionStatus status = SubmissionStatus.SUBMITTED;
    Long deadlineId;
    java.time.LocalDate dueDate;
    final Instant submittedAt;
    Instant acceptedAt;
    String acceptedBy;
    String answer;
    Instant answeredAt;
    String answeredBy;
    // public channels (CMP-01, CAP-08, PUB-09), issue 14
    boolean anonymous;
    String contactName;
    String contactPhone;
    String receivedBy;
    Long ownerUnitId;
    String aboutRef;
    String aboutTitle;
    String declineReason;
    Instant declinedAt;
    String declinedBy;
    Long handlerUserId;
    Instant handlerAssignedAt;
    String handlerAssignedBy;
    Long caseId;
    java.math.BigDecimal rewardAmount;
    String rewardNote;
    Instant rewardRecordedAt;
    String rewardRecordedBy;

    @PersistenceCreator
    Submission(String trackingCode, Channel channel, SubmissionKind kind, String title, String content, String location, String enterpriseName,
               Long supervisorId, Long submitterUserId, long agencyId, long jurisdictionId, String scopePath,
               Instant submittedAt) {
        this.trackingCode = trackingCode;
        this.channel = channel;
        this.kind = kind;
        this.title = title;
        this.content = content;
        this.location = location;
        this.enterpriseName = enterpriseName;
        this.supervisorId = supervisorId;
        this.submitterUserId = submitterUserId;
        this.agencyId = agencyId;
        this.jurisdictionId = jurisdictionId;
        this.scopePath = scopePath;
        this.submittedAt = submittedAt;
    }

    /** SS-04: a supervisor's submission to the department that appointed them. */
    static Submission bySupervisor(String trackingCode, long supervisorId, long userId, long agencyId, long jurisdictionId, String scopePath,
                                   String kind, String title, String content, String location, String enterprise,
                                   Instant at) {
        SubmissionKind k = SubmissionKind.parse(kind);
        String t = required(title, TITLE_MAX, "标题");
        String c = required(content, CONTENT_MAX, "内容");
        return new Submission(trackingCode, Channel.SUPERVISOR, k, t, c, optional(location, FIELD_MAX, "地点"),
                optional(enterprise, FIELD_MAX, "涉及单位名称"), supervisorId, userId, agencyId, jurisdictionId,
                scopePath, at);
    }

    /** SS-05: the handling deadline, opened once right after the submission is stored (its id is the subject). */
    void trackedBy(long deadline, java.time.LocalDate due) {
        if (deadlineId != null) {
            throw new BusinessException("SS-05-STATE", "该意见已有答复期限");
        }
        this.deadlineId = deadline;
        this.dueDate = due;
    }

    void accept(String by, Instant at) {
        if (status == SubmissionStatus.DECLINED) {
            throw new BusinessException("CMP-02-STATE", "该件已不予受理，不能再受理");
        }
        if (status != SubmissionStatus.SUBMITTED) {
            throw new BusinessException("SS-05-STATE", "该意见已受理（当前状态：" + status.label() + "）");
        }
        this.status = SubmissionStatus.ACCEPTED;
        this.acceptedAt = at;
        this.acceptedBy = by;
    }

    /** SS-05: the answer (feedback to the supervisor) is required; answering accepts implicitly. */
    void answer(String text, String by, Instant at) {
        if (status == SubmissionStatus.ANSWERED) {
            throw new BusinessException("SS-05-STATE", "该意见已答复，不能重复答复");
        }
        if (status == SubmissionStatus.DECLINED) {
            throw new BusinessException("CMP-02-STATE", "该件已不予受理并告知理由，不能再答复");
        }
        String a = optional(text, CONTENT_MAX, "答复内容");
        if (a == null) {
            throw BusinessException.badInput("SS-05-ANSWER", "请填写答复内容");
        }
        if (status == SubmissionStatus.SUBMITTED) {
            accept(by, at);
        }
        this.answer = a;
        this.answeredAt = at;
        this.answeredBy = by;
        this.status = SubmissionStatus.ANSWERED;
    }

    /**
     * CMP-01: a complaint or tip from the portal, or typed by staff from a 12345 call or a letter ({@code receivedBy}).
     * Anonymous is allowed; otherwise the name and a phone number (kernel.Phones) are required. Questions about a
     * published entry (PUB-09) come the same way with {@code aboutRef}.
     */
    static Submission publicly(String trackingCode, Channel channel, SubmissionKind kind, String title, String content,
                               String location, String enterprise, boolean anonymous, String contactName,
                               String contactPhone, String receivedBy, long agencyId, long jurisdictionId,
                               String scopePath, Instant at) {
        if (channel == Channel.SUPERVISOR) {
            throw new IllegalArgumentException("supervisors submit through bySupervisor");
        }
        Submission s = new Submission(trackingCode, channel, kind, required(title, TITLE_MAX, "标题"),
                required(content, CONTENT_MAX, "内容"), optional(location, FIELD_MAX, "地点"),
                optional(enterprise, FIELD_MAX, "涉及单位名称"), null, null, agencyId, jurisdictionId, scopePath, at);
        s.anonymous = anonymous;
        if (!anonymous) {
            String name = cn.anjian.kernel.Params.text("CMP-01-CONTACT", "联系人姓名", contactName, 50, false);
            if (name == null) {
                throw BusinessException.badInput("CMP-01-CONTACT", "实名提交请填写姓名，或选择匿名");
            }
            String phone = cn.anjian.kernel.Params.text("CMP-01-PHONE", "联系电话", contactPhone, 20, false);
            if (phone == null || !cn.anjian.kernel.Phones.valid(phone)) {
                throw BusinessException.badInput("CMP-01-PHONE", "请填写正确的联系电话（11 位手机号或带区号的固定电话）");
            }
            s.contactName = name;
            s.contactPhone = phone;
        }
        s.receivedBy = receivedBy;
        return s;
    }

    /** PUB-09: the published entry a question is about, answered by its owning unit (PUB-10). */
    void about(String ref, String title, Long unitId) {
        this.aboutRef = ref;
        this.aboutTitle = title;
        this.ownerUnitId = unitId;
    }

    /** CMP-02: only an item not yet accepted may be declined, and only with a reason told to the submitter. */
    void decline(String reason, String by, Instant at) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw new BusinessException("CMP-02-STATE", "只有待受理的件可以不予受理（当前状态：" + status.label() + "）");
        }
        String r = cn.anjian.kernel.Params.text("CMP-02-REASON", "不予受理理由", reason, 500, false);
        if (r == null) {
            throw BusinessException.badInput("CMP-02-REASON", "不予受理须填写理由");
        }
        this.status = SubmissionStatus.DECLINED;
        this.declineReason = r;
        this.declinedAt = at;
        this.declinedBy = by;
    }

    /** CMP-02 / CAP-08: the handling officer — the one person who sees the submitter's identity. */
    void assign(long handler, String by, Instant at) {
        if (status == SubmissionStatus.ANSWERED || status == SubmissionStatus.DECLINED) {
            throw new BusinessException("CMP-02-STATE", "该件已办结，不能再指定承办人");
        }
        this.handlerUserId = handler;
        this.handlerAssignedAt = at;
        this.handlerAssignedBy = by;
    }

    boolean isTip() {
        return kind == SubmissionKind.VIOLATION_CLUE || kind == SubmissionKind.HAZARD_CLUE;
    }

    /** CASE-04: a tip accepted for handling becomes the basis of one case. */
    void caseOpened(long id) {
        requireCaseMayOpen();
        this.caseId = id;
    }

    /** CASE-04 / CMP-02: checked before a case number is taken. */
    void requireCaseMayOpen() {
        if (!isTip()) {
            throw new BusinessException("CMP-02-CASE", "只有违法行为或风险隐患线索可以转为案件");
        }
        if (status != SubmissionStatus.ACCEPTED) {
            throw new BusinessException("CMP-02-CASE", "请先受理该线索，再转为案件");
        }
        if (caseId != null) {
            throw BusinessException.conflict("CMP-02-CASE", "该线索已转为案件");
        }
    }

    /** CAP-08: a reward for a tip is recorded once, after the tip was handled. */
    void reward(java.math.BigDecimal amount, String note, String by, Instant at) {
        if (!isTip()) {
            throw new BusinessException("CAP-08-REWARD", "只有举报线索可以记录奖励");
        }
        if (status != SubmissionStatus.ANSWERED) {
            throw new BusinessException("CAP-08-REWARD", "线索办结答复后才能记录奖励");
        }
        if (rewardRecordedAt != null) {
            throw BusinessException.conflict("CAP-08-REWARD", "该线索已记录奖励");
        }
        if (amount == null || amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new java.math.BigDecimal("10000000")) >= 0) {
            throw BusinessException.badInput("CAP-08-REWARD", "奖励金额须为 0 至 9,999,999.99 元");
        }
        this.rewardAmount = amount;
        this.rewardNote = optional(note, 500, "奖励说明");
        this.rewardRecordedAt = at;
        this.rewardRecordedBy = by;
    }

    static String required(String v, int max, String what) {
        return cn.anjian.kernel.Params.text("SS-04-INPUT", what, v, max, true);
    }

    static String optional(String v, int max, String what) {
        return cn.anjian.kernel.Params.text("SS-04-INPUT", what, v, max, false);
    }
}
