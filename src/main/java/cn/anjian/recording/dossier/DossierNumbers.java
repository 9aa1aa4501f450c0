package cn.anjian.recording.dossier;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.anjian.documents.DocumentNumbers;
import cn.anjian.documents.IssuedNumber;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.CaseStageChanged;
import cn.anjian.enforcement.Cases;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-16: when a case is archived (CLOSURE → ARCHIVED; REC-02 has by then refused the move while a required record
 * was missing) it gets its archive number, once, through the one numbering service ({@code CASE_DOSSIER}:
 * 泽应急安监档〔2026〕1号), in the archiving transaction: a failure here rolls the archiving back.
 */
@Component
@RequiredArgsConstructor
class DossierNumbers {

    static final String TYPE = "CASE_DOSSIER";

    private final JdbcClient jdbc;
    private final Cases cases;
    private final DocumentNumbers numbers;
    private final ApplicationEventPublisher events;

    record Numbered(String archiveNumber, String agencyName, String retention, int volumes) {
    }

    @EventListener
    @Transactional
    void onStage(CaseStageChanged e) {
        if (e.to() == CaseStage.ARCHIVED) {
            CaseRef c = cases.find(e.caseId()).orElseThrow(() -> BusinessException.notFound("案件"));
            number(c, e.actor(), e.at());
        }
    }

    /** Takes the archive number of an archived case unless it has one (idempotent; the demo loader backfills with it). */
    @Transactional
    void number(CaseRef c, String by, java.time.Instant at) {
        if (find(c.id()).isPresent()) {
            return;
        }
        String actor = by == null || by.isBlank() ? "system" : by;
        IssuedNumber n = numbers.take(TYPE, c.agencyId(), "case", String.valueOf(c.id()), actor);
        jdbc.sql("""
                        INSERT INTO rec_dossier (case_id, scope_path, archive_number, number_id, agency_name, numbered_at, numbered_by)
                        VALUES (:c, :p, :no, :nid, :agency, :at, :by)""")
                .param("c", c.id()).param("p", c.scopePath()).param("no", n.text()).param("nid", n.id())
                .param("agency", n.agencyName()).param("at", Timestamp.from(at)).param("by", actor).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("archiveNumber", n.text());
        after.put("retention", "LONG_TERM");
        events.publishEvent(new AuditableEvent("recording.dossier.numbered", "case", String.valueOf(c.id()), null, after, actor, null));
    }

    Optional<Numbered> find(long caseId) {
        return jdbc.sql("SELECT archive_number, agency_name, retention, volumes FROM rec_dossier WHERE case_id = :c")
                .param("c", caseId)
                .query((rs, i) -> new Numbered(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4))).optional();
    }
}
