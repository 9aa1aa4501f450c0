package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowSubjectProvider;
import cn.anjian.workflow.FlowSummary;
import cn.anjian.workflow.FlowView;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issue 12 defect 3: what the case flows approve — the judicial transfer (CASE-09), the time-limit extension
 * (CASE-13), the seizure extension (CASE-14) and the payment plan (CASE-15) — shown on the approval page, with the
 * case's documents; readable by those with {@code case:read} in the case's scope (a social supervisor is not).
 */
@Component
@RequiredArgsConstructor
class CaseFlowSubjects implements FlowSubjectProvider {

    private final JdbcClient jdbc;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(CaseTransfers.FLOW, TimeLimitExtensions.FLOW, Seizures.EXTENSION_FLOW, PaymentPlans.FLOW);
    }

    @Override
    public boolean mayRead(FlowView flow, Actor actor) {
        return actor.hasPermission("case:read") && actor.scope().covers(flow.scopePath());
    }

    @Override
    public FlowSummary summary(FlowView flow, Actor actor) {
        long flowId = flow.id().value();
        FlowSummary.Builder b = FlowSummary.builder();
        Optional<Long> caseId = switch (flow.definitionCode()) {
            case "case-transfer" -> row("""
                    SELECT t.case_id, t.organ, t.transfer_date, t.reason, t.transfer_number, u.display_name AS requester
                    FROM enf_case_transfer t LEFT JOIN iam_user_view u ON u.username = t.requested_by
                    WHERE t.flow_id = :f""", flowId, rs -> {
                b.fact("接收机关", rs.getString("organ")).fact("移送日期", Fmt.date(rs.getObject("transfer_date", java.time.LocalDate.class)))
                        .fact("涉嫌犯罪事实和移送理由", rs.getString("reason")).fact("移送书文号", rs.getString("transfer_number"))
                        .fact("提请人", rs.getString("requester"));
                return rs.getLong("case_id");
            });
            case "case-time-limit-extension" -> row("""
                    SELECT e.case_id, e.extra_days, e.reason, e.old_due_at, u.display_name AS requester
                    FROM enf_case_extension e LEFT JOIN iam_user_view u ON u.username = e.requested_by
                    WHERE e.flow_id = :f""", flowId, rs -> {
                b.fact("申请延长", rs.getInt("extra_days") + " 日").fact("延长理由", rs.getString("reason"))
                        .fact("原办案期限", Fmt.dateTime(instant(rs, "old_due_at"))).fact("提请人", rs.getString("requester"));
                return rs.getLong("case_id");
            });
            case "case-seizure-extension" -> row("""
                    SELECT s.case_id, s.measure, s.place, s.started_on, s.ends_on, s.reason, s.extension_reason, s.decision_number
                    FROM enf_seizure s WHERE s.extension_flow_id = :f""", flowId, rs -> {
                b.fact("措施", "SEAL".equals(rs.getString("measure")) ? "查封" : "扣押").fact("场所", rs.getString("place"))
                        .fact("决定书文号", rs.getString("decision_number"))
                        .fact("起始日", Fmt.date(rs.getObject("started_on", java.time.LocalDate.class)))
                        .fact("原届满日", Fmt.date(rs.getObject("ends_on", java.time.LocalDate.class)))
                        .fact("采取措施理由", rs.getString("reason")).fact("延长理由", rs.getString("extension_reason"));
                return rs.getLong("case_id");
            });
            case "case-payment-plan" -> row("""
                    SELECT x.case_id, x.fine_yuan, x.served_on, x.payment_due, x.plan_kind, x.plan_reason
                    FROM enf_execution x WHERE x.plan_flow_id = :f""", flowId, rs -> {
                BigDecimal fine = rs.getBigDecimal("fine_yuan");
                b.fact("申请事项", "INSTALMENTS".equals(rs.getString("plan_kind")) ? "分期缴纳罚款" : "延期缴纳罚款")
                        .fact("罚款金额", fine == null ? null : fine.toPlainString() + " 元")
                        .fact("决定送达日", Fmt.date(rs.getObject("served_on", java.time.LocalDate.class)))
                        .fact("原缴纳期限", Fmt.date(rs.getObject("payment_due", java.time.LocalDate.class)))
                        .fact("申请理由", rs.getString("plan_reason"));
                return rs.getLong("case_id");
            });
            default -> Optional.empty();
        };
        caseId.ifPresent(id -> caseFacts(id, b));
        return b.build();
    }

    /** The case itself and its documents (each a link to its verified download). */
    private void caseFacts(long caseId, FlowSummary.Builder b) {
        jdbc.sql("SELECT case_number, title, party_name FROM enf_case WHERE id = :c").param("c", caseId)
                .query((rs, n) -> b.fact("案号", rs.getString("case_number")).fact("案件", rs.getString("title"))
                        .fact("当事人", rs.getString("party_name"))).list();
        jdbc.sql("SELECT id, doc_title, document_number FROM enf_case_document WHERE case_id = :c ORDER BY generated_at, id")
                .param("c", caseId)
                .query((rs, n) -> b.attachment(rs.getString("doc_title") + "（" + rs.getString("document_number") + "）",
                        "/cases/" + caseId + "/documents/" + rs.getLong("id") + "/download")).list();
    }

    interface RowMapper {
        long map(ResultSet rs) throws SQLException;
    }

    private Optional<Long> row(String sql, long flowId, RowMapper mapper) {
        return jdbc.sql(sql).param("f", flowId).query((rs, n) -> mapper.map(rs)).optional();
    }

    private static java.time.Instant instant(ResultSet rs, String col) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }
}
