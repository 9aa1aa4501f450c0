package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enterprise's enforcement history for its page (issue 12): its cases — inspections included — with stage,
 * decision and fine, newest first, only those in the actor's scope (ORG-03: a county user sees the county's
 * cases of the enterprise, not the city's). Enterprises own the enterprise, enforcement its cases, so this
 * is served by enforcement as a fragment the enterprise page loads.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class EnterpriseCaseHistory {

    static final int MAX_ROWS = 200;

    private final JdbcClient jdbc;

    public record Row(long id, String caseNumber, CaseKind kind, String title, CaseStage stage, Instant openedAt,
                      String agencyName, DecisionKind decision, String decisionNumber, Instant decidedAt,
                      BigDecimal fineYuan, BigDecimal confiscationYuan) {
    }

    public record History(List<Row> rows, long cases, long open, long decisions, BigDecimal fines, boolean truncated) {
    }

    public History of(Actor actor, long enterpriseId) {
        List<Row> rows = jdbc.sql("""
                        SELECT c.id, c.case_number, c.kind, c.title, c.stage, c.opened_at, a.name AS agency_name,
                               d.kind AS decision_kind, d.document_number, d.issued_at, d.fine_yuan, d.confiscation_yuan
                        FROM enf_case c
                        JOIN org_agency_view a ON a.id = c.agency_id
                        LEFT JOIN enf_case_decision d ON d.case_id = c.id
                        WHERE c.enterprise_id = :e AND c.scope_path LIKE :scope
                        ORDER BY c.opened_at DESC, c.id DESC
                        LIMIT :limit""")
                .param("e", enterpriseId).param("scope", actor.scope().pattern()).param("limit", MAX_ROWS + 1)
                .query((rs, i) -> new Row(rs.getLong("id"), rs.getString("case_number"), CaseKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), CaseStage.valueOf(rs.getString("stage")), rs.getTimestamp("opened_at").toInstant(),
                        rs.getString("agency_name"), decision(rs.getString("decision_kind")), rs.getString("document_number"),
                        rs.getTimestamp("issued_at") == null ? null : rs.getTimestamp("issued_at").toInstant(),
                        rs.getBigDecimal("fine_yuan"), rs.getBigDecimal("confiscation_yuan")))
                .list();
        return jdbc.sql("""
                        SELECT count(*) AS cases,
                               count(*) FILTER (WHERE c.closed_at IS NULL) AS open,
                               count(d.case_id) AS decisions,
                               COALESCE(sum(d.fine_yuan), 0) AS fines
                        FROM enf_case c LEFT JOIN enf_case_decision d ON d.case_id = c.id
                        WHERE c.enterprise_id = :e AND c.scope_path LIKE :scope""")
                .param("e", enterpriseId).param("scope", actor.scope().pattern())
                .query((rs, i) -> new History(rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows, rs.getLong("cases"),
                        rs.getLong("open"), rs.getLong("decisions"), rs.getBigDecimal("fines"), rows.size() > MAX_ROWS))
                .single();
    }

    private static DecisionKind decision(String kind) {
        if (kind == null) {
            return null;
        }
        try {
            return DecisionKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
