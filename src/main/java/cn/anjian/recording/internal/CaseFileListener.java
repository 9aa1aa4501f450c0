package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineOverdue;
import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDocumentIssued;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.CaseStageChanged;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.DecisionIssued;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.recording.RetentionReason;
import cn.anjian.recording.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How recording follows a case, all inside the case's own transaction (synchronous listeners, so a
 * failure here rolls the case change back): generated documents filed as text records, REC-08 archive deadline, REC-10 retention start and the coercive-execution flag.
 */
@Component
@RequiredArgsConstructor
class CaseFileListener {

    private final JdbcClient jdbc;
    private final Cases cases;
    private final RecordingService recording;
    private final ApplicationEventPublisher events;
    private final CaseFiles caseFiles;
    private final Activities activities;

    /** REC-01: a generated, numbered document is a text record of its stage (once per document). */
    @EventListener
    @Transactional
    void onDocument(CaseDocumentIssued e) {
        CaseRef c = cases.find(e.caseId()).orElseThrow(() -> BusinessException.notFound("案件"));
        TextKind kind = TextKind.ofDocType(e.docType());
        String title = e.docTitle() == null || e.docTitle().isBlank() ? kind.label() : e.docTitle();
        // the decision may have been filed by its number first (DecisionIssued): attach the document to it
        List<Long> attached = jdbc.sql("""
                update rec_record set file_id = :file, document_id = :doc, doc_type = :type where case_id = :c and document_number = :no
                    and file_id is null and document_id is null returning id""")
                .param("file", e.fileId()).param("doc", e.documentId()).param("type", e.docType()).param("c", c.id()).param("no", e.documentNumber())
                .query(Long.class).list();
        if (!attached.isEmpty()) {
            return;
        }
        CaseStage stage = e.stage() == null ? c.stage() : e.stage();
        List<Long> ids = jdbc.sql("""
                insert into rec_record (case_id, scope_path, stage, category, kind, title, classification, file_id,
                    document_id, document_number, doc_type, filed_late, created_at, created_by)
                values (:c, :scope, :stage, 'TEXT', :kind, :title, 'NONE', :file, :doc, :no, :type, :late, :at, :by)
                on conflict (document_id) where document_id is not null do nothing returning id""")
                .param("c", c.id()).param("scope", c.scopePath()).param("stage", stage.name())
                .param("late", stage.ordinal() < c.stage().ordinal()) // REC-02: generated late for a stage already left
                .param("kind", kind.name()).param("title", title.length() > 200 ? title.substring(0, 200) : title)
                .param("file", e.fileId()).param("doc", e.documentId()).param("no", e.documentNumber())
                .param("type", e.docType()).param("at", Timestamp.from(e.at())).param("by", e.actor() == null ? "system" : e.actor())
                .query(Long.class).list();
        for (Long id : ids) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("caseId", c.id());
            after.put("kind", kind.name());
            after.put("documentNumber", e.documentNumber());
            after.put("fileId", e.fileId());
            events.publishEvent(new AuditableEvent("recording.record.filed", "rec-record", String.valueOf(id), null, after,
                    e.actor(), null));
        }
    }

    /** REC-08: closure opens the 30-working-day archive deadline; archiving meets it and starts REC-10 retention. */
    @EventListener
    @Transactional
    void onStage(CaseStageChanged e) {
        if (e.to() == CaseStage.CLOSURE) {
            CaseRef c = cases.find(e.caseId()).orElseThrow(() -> BusinessException.notFound("案件"));
            caseFiles.closed(c, e.at());
        } else if (e.to() == CaseStage.ARCHIVED) {
            CaseRef c = cases.find(e.caseId()).orElseThrow(() -> BusinessException.notFound("案件"));
            caseFiles.archived(c, e.at(), e.actor());
        }
    }

    /**
     * The issued decision is a text record of its stage (REC-01/02). When it came with a generated document,
     * that document was filed already (CaseDocumentIssued); a decision issued without one is filed by its
     * number, without an electronic file. REC-10 (art. 22(一)): coercive execution means long-term retention.
     */
    @EventListener
    @Transactional
    void onDecision(DecisionIssued e) {
        CaseRef c = cases.find(e.caseId()).orElse(null);
        if (c != null && e.documentNumber() != null) {
            String decisionKind = e.decision() == null || e.decision().kind() == null ? null : e.decision().kind().name();
            // REC-02: the decision's kind is kept on its record (a granted licence requires the certificate copy)
            int filed = jdbc.sql("update rec_record set decision_kind = :k where case_id = :c and document_number = :no")
                    .param("k", decisionKind).param("c", c.id()).param("no", e.documentNumber()).update();
            if (filed == 0) {
                String title = e.decision() == null || e.decision().kind() == null ? "处理决定" : e.decision().kind().label() + "书";
                Long id = jdbc.sql("""
                        insert into rec_record (case_id, scope_path, stage, category, kind, title, classification, document_number,
                            decision_kind, created_at, created_by)
                        values (:c, :scope, :stage, 'TEXT', 'DECISION', :title, 'NONE', :no, :k, :at, :by) returning id""")
                        .param("c", c.id()).param("scope", c.scopePath()).param("stage", c.stage().name()).param("title", title)
                        .param("k", decisionKind)
                        .param("no", e.documentNumber()).param("at", Timestamp.from(e.at()))
                        .param("by", e.actor() == null ? "system" : e.actor()).query(Long.class).single();
                events.publishEvent(new AuditableEvent("recording.record.filed", "rec-record", String.valueOf(id), null,
                        Map.of("caseId", c.id(), "kind", "DECISION", "documentNumber", e.documentNumber()), e.actor(), null));
            }
        }
        if (c != null && e.decision() != null && e.decision().kind() == CaseDecision.DecisionKind.COERCIVE_EXECUTION) {
            recording.flag(c, RetentionReason.COERCIVE_EXECUTION,
                    "行政强制执行决定 " + (e.documentNumber() == null ? "" : e.documentNumber()), e.actor() == null ? "system" : e.actor());
        }
    }

    /** Overdue REC-07/REC-08 deadlines become visible flags on the lists (the calendar's scan reports them). */
    @EventListener
    @Transactional
    void onOverdue(DeadlineOverdue e) {
        if (RecordingService.UPLOAD_SUBJECT.equals(e.subjectType())) {
            activities.uploadOverdue(e.id());
        } else if (RecordingService.ARCHIVE_SUBJECT.equals(e.subjectType())) {
            caseFiles.archiveOverdue(e.id());
        }
    }
}
