package cn.anjian.complaints.submissions;

import java.time.Instant;
import java.time.LocalDate;

/** What pages and the API show of a submission (the submitter's identity stays internal). */
record SubmissionView(long id, String trackingCode, String channel, String channelLabel, String kind, String kindLabel,
                      String title, String content, String location, String enterpriseName, Long supervisorId,
                      long agencyId, String status, String statusLabel, LocalDate dueDate, boolean overdue,
                      Instant submittedAt, Instant acceptedAt, String acceptedBy, String answer, Instant answeredAt,
                      String answeredBy, int version) {

    static SubmissionView of(Submission s, LocalDate today) {
        boolean overdue = (s.status == SubmissionStatus.SUBMITTED || s.status == SubmissionStatus.ACCEPTED) && s.dueDate != null && today.isAfter(s.dueDate);
        return new SubmissionView(s.id, s.trackingCode, s.channel.name(), s.channel.label(), s.kind.name(),
                s.kind.label(), s.title, s.content, s.location, s.enterpriseName, s.supervisorId, s.agencyId,
                s.status.name(), s.status.label(), s.dueDate, overdue, s.submittedAt, s.acceptedAt, s.acceptedBy,
                s.answer, s.answeredAt, s.answeredBy, s.version);
    }
}
