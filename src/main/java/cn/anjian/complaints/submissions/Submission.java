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

    static String required(String v, int max, String what) {
        return cn.anjian.kernel.Params.text("SS-04-INPUT", what, v, max, true);
    }

    static String optional(String v, int max, String what) {
        return cn.anjian.kernel.Params.text("SS-04-INPUT", what, v, max, false);
    }
}
