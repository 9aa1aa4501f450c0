package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.recording.RetentionReason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * REC-10: long-term retention flags (art. 22) and the recorded destruction of a record after its retention — only AV
 * material not archived with the case file, five years after archiving at the earliest ({@link Retention}).
 */
@Component
@RequiredArgsConstructor
class RecordRetention {

    private final JdbcClient jdbc;
    private final FiledRecordRepository records;
    private final Cases cases;
    private final CaseFiles caseFiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** REC-10: marks a case's records for long-term retention (art. 22). */
    @Transactional
    void flagLongTerm(long caseId, String reason, String note, Actor actor) {
        CaseRef c = cases.ref(caseId, actor);
        RetentionReason r = RecordInput.choice(RetentionReason.class, reason, "长期保存理由");
        String n = RecordInput.text(note, "说明", 500, r == RetentionReason.OTHER);
        flag(c, r, n, actor.username());
    }

    void flag(CaseRef c, RetentionReason r, String note, String by) {
        int inserted = jdbc.sql("""
                insert into rec_retention_flag (case_id, reason, note, flagged_at, flagged_by) values (:c, :r, :n, :now, :by)
                on conflict (case_id, reason) do nothing""")
                .param("c", c.id()).param("r", r.name()).param("n", note).param("now", Timestamp.from(clock.instant()))
                .param("by", by).update();
        if (inserted > 0) {
            events.publishEvent(new AuditableEvent("recording.retention.long-term", "case", String.valueOf(c.id()), null,
                    Map.of("reason", r.name(), "note", note == null ? "" : note), by, null));
        }
    }

    /**
     * REC-10: destroys an AV record not archived with the case file after its five years (art. 23); text records and
     * AV exported as evidence (art. 21) follow the case file's long-term retention and are refused. The file store is write-once and offers no
     * erasure: the destruction decision is recorded (who, when, why), the record disappears from exports
     * and its bytes are no longer served; physical erasure of the blob is outside this module.
     */
    @Transactional
    void destroy(RecordView r, String note, Actor actor) {
        FiledRecord filed = records.findById(r.id()).orElseThrow(() -> BusinessException.notFound("执法记录"));
        if (r.destroyed()) {
            throw BusinessException.conflict("REC-10-DESTROYED", "该记录已销毁");
        }
        String n = RecordInput.text(note, "销毁说明（依据、审批）", 500, true);
        RecordingService.CaseFile f = caseFiles.caseFile(r.caseId());
        LocalDate archived = f.archivedAt() == null ? null : f.archivedAt().atZone(Zones.SHANGHAI).toLocalDate();
        Retention.requireDestroyable(r.av(), r.av() && exportedAsEvidence(r), archived, f.longTerm(), LocalDate.now(clock));
        filed.destroy(n, actor.username(), clock.instant());
        records.save(filed); // publishes the audit entry
    }

    /** Art. 21: AV material used as evidence is exported to a medium with an explanation and archived with the case file. */
    private boolean exportedAsEvidence(RecordView r) {
        return jdbc.sql("select exists (select 1 from rec_export where case_id = :c and :id = any(record_ids))")
                .param("c", r.caseId()).param("id", r.id()).query(Boolean.class).single();
    }
}
