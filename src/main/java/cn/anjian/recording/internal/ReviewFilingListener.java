package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.legalreview.ReviewDocumentFiled;
import cn.anjian.recording.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * LR-05 / LR-10 / LR-15 (art. 13: the opinion letter is filed with the case): a legal review's documents become text
 * records of the case in its current stage, inside the review's transaction like the case's own documents
 * ({@link CaseFileListener}), so they are listed on the case page and in the dossier. Once per source reference.
 */
@Component
@RequiredArgsConstructor
class ReviewFilingListener {

    private final JdbcClient jdbc;
    private final Cases cases;
    private final ApplicationEventPublisher events;

    @EventListener
    @Transactional
    void onReviewDocument(ReviewDocumentFiled e) {
        CaseRef c = cases.find(e.caseId()).orElseThrow(() -> BusinessException.notFound("案件"));
        TextKind kind = "LEGAL_REVIEW_EXPERT".equals(e.docType()) ? TextKind.EXPERT_OPINION : TextKind.INTERNAL_APPROVAL;
        String title = e.title().length() > 200 ? e.title().substring(0, 200) : e.title();
        List<Long> ids = jdbc.sql("""
                insert into rec_record (case_id, scope_path, stage, category, kind, title, classification, file_id,
                    document_number, doc_type, source_ref, created_at, created_by)
                values (:c, :scope, :stage, 'TEXT', :kind, :title, 'NONE', :file, :no, :type, :ref, :at, :by)
                on conflict (source_ref) where source_ref is not null do nothing returning id""")
                .param("c", c.id()).param("scope", c.scopePath()).param("stage", c.stage().name()).param("kind", kind.name())
                .param("title", title).param("file", e.fileId()).param("no", e.documentNumber()).param("type", e.docType())
                .param("ref", e.sourceRef()).param("at", Timestamp.from(e.at()))
                .param("by", e.actor() == null ? "system" : e.actor()).query(Long.class).list();
        for (Long id : ids) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("caseId", c.id());
            after.put("kind", kind.name());
            after.put("docType", e.docType());
            after.put("documentNumber", e.documentNumber());
            after.put("fileId", e.fileId());
            after.put("legalReviewId", e.reviewId());
            events.publishEvent(new AuditableEvent("recording.record.filed", "rec-record", String.valueOf(id), null, after,
                    e.actor(), null));
        }
    }
}
