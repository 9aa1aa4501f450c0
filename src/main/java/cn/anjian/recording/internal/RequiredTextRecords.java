package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.CaseStageGuard;
import cn.anjian.recording.TextKind;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * REC-02: the {@link CaseStageGuard} that keeps a case from closure (and archiving) while a required
 * text record is missing (asked before {@link AvClosureGate}). It depends on nothing but the database: the case
 * service asks it, so it must not need the case service back.
 */
@Component
@Order(100)
@RequiredArgsConstructor
public class RequiredTextRecords implements CaseStageGuard {

    private final JdbcClient jdbc;

    @Override
    public void beforeTransition(CaseRef theCase, CaseStage from, CaseStage to) {
        if (to == CaseStage.CLOSURE || to == CaseStage.ARCHIVED) {
            RequiredRecords.requireComplete(to, due(theCase.id(), theCase.kind()), present(theCase.id()));
        }
    }

    /** The rows of {@code rec_required_text} for a case kind, in stage order, conditional ones included. */
    public List<Requirement> requirements(CaseKind kind) {
        return jdbc.sql("select * from rec_required_text where case_kind = :k order by " + RecordingService.STAGE_ORDER
                        + ", text_kind, doc_type nulls first")
                .param("k", kind.name())
                .query((rs, n) -> {
                    String also = rs.getString("also_kind");
                    String when = rs.getString("applies_when");
                    return new Requirement(CaseStage.valueOf(rs.getString("stage")), TextKind.valueOf(rs.getString("text_kind")),
                            rs.getString("doc_type"), rs.getString("label"), rs.getString("article"),
                            also == null ? null : TextKind.valueOf(also), when == null ? null : Requirement.When.valueOf(when));
                })
                .list();
    }

    /** The requirements that apply to this case now (art. 8: a hearing's records only where a hearing was held, …). */
    public List<Requirement> due(long caseId, CaseKind kind) {
        return RequiredRecords.applicable(requirements(kind), facts(caseId));
    }

    /** What happened in the case, as the conditions of art. 8 ask: a hearing activity, an issued decision, a granted licence. */
    public Requirement.Facts facts(long caseId) {
        return jdbc.sql("""
                        select exists (select 1 from rec_activity where case_id = :c and kind = 'HEARING') as hearing,
                               exists (select 1 from rec_record where case_id = :c and category = 'TEXT' and kind = 'DECISION'
                                       and destroyed_at is null) as decided,
                               exists (select 1 from rec_record where case_id = :c and decision_kind = 'LICENCE_GRANT') as granted""")
                .param("c", caseId)
                .query((rs, n) -> new Requirement.Facts(rs.getBoolean("hearing"), rs.getBoolean("decided"), rs.getBoolean("granted")))
                .single();
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
