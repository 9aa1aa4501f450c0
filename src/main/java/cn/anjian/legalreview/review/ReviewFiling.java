package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.documents.DocumentGenerator;
import cn.anjian.files.Files;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.Zones;
import cn.anjian.legalreview.ReviewDocumentFiled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Files a review's documents in the case's record file (LR-05 application form, LR-10 opinion letter, LR-15 approval
 * form and legal advisers' written opinions) by publishing {@link ReviewDocumentFiled}, which the recording module
 * consumes: legal review never names recording, so the modules form no cycle.
 */
@Component
@RequiredArgsConstructor
class ReviewFiling {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ApplicationEventPublisher events;
    private final DocumentGenerator generator;
    private final Files files;
    private final ActingUsers users;
    private final ApprovalForms approvalForms;
    private final ReviewQueries queries;

    /** LR-10: the numbered opinion letter, once per number (a re-review's letter is a new one). */
    void opinionLetter(LegalReview r, String number, Long fileId, Instant at, String by) {
        if (fileId != null) {
            publish(r.caseId(), r.id(), "opinion:" + number, "LEGAL_REVIEW_OPINION", "法制审核意见书", number, fileId, at, by);
        }
    }

    /** LR-05: the application form as received (complete, signed), generated as .docx; call after the review is saved. */
    void applicationForm(long reviewId, Actor actor, Instant at) {
        Map<String, Object> r = queries.view(actor, reviewId).review();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agencyName", actor.agencyName());
        m.put("docNumber", "案号：" + Fmt.text(r.get("case_number")));
        m.put("date", LocalDate.ofInstant(at, Zones.SHANGHAI));
        m.put("caseName", r.get("case_title"));
        m.put("summary", r.get("form_summary"));
        m.put("basis", r.get("form_basis"));
        m.put("proposal", r.get("form_proposal"));
        m.put("officers", r.get("form_officers"));
        m.put("notes", r.get("form_notes"));
        m.put("signedUnitHead", r.get("signed_unit_head"));
        m.put("signedDeputy", r.get("signed_deputy"));
        m.put("submittedBy", users.actor((String) r.get("submitted_by")).map(Actor::displayName).orElse("—"));
        m.put("submittedOn", LocalDate.ofInstant((Instant) r.get("submitted_at"), Zones.SHANGHAI));
        byte[] docx = generator.generate("LEGAL_REVIEW_APPLICATION", m);
        long caseId = ((Number) r.get("case_id")).longValue();
        long fileId = files.store(new ByteArrayInputStream(docx), "法制审核申请表-" + r.get("case_title") + ".docx", DOCX, null, actor).id();
        publish(caseId, reviewId, "application", "LEGAL_REVIEW_APPLICATION", "重大行政执法决定法制审核申请表", null, fileId, at,
                actor.username());
    }

    /** LR-15: the approval form with the opinions so far, once per round (the director's round included, LR-12). */
    void approvalForm(LegalReview r, Instant at, String by) {
        users.actor(by).ifPresent(a -> {
            byte[] docx = approvalForms.docx(a, r.id());
            long fileId = files.store(new ByteArrayInputStream(docx), "法制审核审批表-" + r.caseTitle() + "-" + Fmt.date(
                    LocalDate.ofInstant(at, Zones.SHANGHAI)) + ".docx", DOCX, null, a).id();
            publish(r.caseId(), r.id(), "approval:" + r.round(), "LEGAL_REVIEW_APPROVAL", "重大行政执法决定法制审核审批表", null, fileId, at, by);
        });
    }

    /** LR-15 / LR-07: the signed file of a record — a legal adviser's written opinion, an expert argumentation report. */
    void meetingFile(LegalReview r, ReviewEnums.MeetingKind kind, long fileId, Instant at, String by) {
        String type = kind == ReviewEnums.MeetingKind.ADVISER ? "LEGAL_ADVISER_OPINION" : "LEGAL_REVIEW_" + kind.name();
        publish(r.caseId(), r.id(), "record:" + fileId, type, "法制审核" + kind.label() + "（" + r.caseTitle() + "）", null, fileId, at, by);
    }

    private void publish(long caseId, long reviewId, String ref, String type, String title, String number, long fileId, Instant at,
                         String by) {
        events.publishEvent(new ReviewDocumentFiled(caseId, reviewId, "legal-review:" + reviewId + ":" + ref, type, title, number,
                fileId, at, by));
    }
}
