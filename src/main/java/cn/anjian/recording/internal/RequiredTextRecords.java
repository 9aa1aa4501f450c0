package cn.anjian.recording.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.CaseStageGuard;
import cn.anjian.recording.TextKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * REC-02: the {@link CaseStageGuard} that keeps a case from closure (and archiving) while a required
 * text record is missing. It depends on nothing but the database: the case service asks it, so it must
 * not need the case service back.
 */
@Component
public class RequiredTextRecords implements CaseStageGuard {

    private final JdbcClient jdbc;

    RequiredTextRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void beforeTransition(CaseRef theCase, CaseStage from, CaseStage to) {
        if (to == CaseStage.CLOSURE || to == CaseStage.ARCHIVED) {
            RequiredRecords.requireComplete(to, requirements(theCase.kind()), present(theCase.id()));
        }
    }

    /** The rows of {@code rec_required_text} for a case kind, in stage order. */
    public List<Requirement> requirements(CaseKind kind) {
        return jdbc.sql("select * from rec_required_text where case_kind = :k order by " + RecordingService.STAGE_ORDER + ", text_kind, doc_type nulls first")
                .param("k", kind.name())
                .query((rs, n) -> new Requirement(CaseStage.valueOf(rs.getString("stage")), TextKind.valueOf(rs.getString("text_kind")),
                        rs.getString("doc_type"), rs.getString("label"), rs.getString("article")))
                .list();
    }

    /** Text records on file (not destroyed), whatever their classification: the gate counts what exists. */
    public Set<RequiredRecords.Present> present(long caseId) {
        return new HashSet<>(jdbc.sql("select distinct stage, kind, doc_type from rec_record where case_id = :c and category = 'TEXT' and destroyed_at is null")
                .param("c", caseId)
                .query((rs, n) -> new RequiredRecords.Present(CaseStage.valueOf(rs.getString("stage")), TextKind.valueOf(rs.getString("kind")),
                        rs.getString("doc_type")))
                .list());
    }
}
