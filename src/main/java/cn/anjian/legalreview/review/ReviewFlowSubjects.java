package cn.anjian.legalreview.review;

import java.math.BigDecimal;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowSubjectProvider;
import cn.anjian.workflow.FlowSummary;
import cn.anjian.workflow.FlowView;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issue 12 defect 3: what a legal-review flow approves (the review, its objection to the director, its extension):
 * the case, the proposed decision and the application form, with the submitted materials as attachments; readable
 * with {@code legalreview:read} in scope.
 */
@Component
@RequiredArgsConstructor
class ReviewFlowSubjects implements FlowSubjectProvider {

    private final JdbcClient jdbc;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(ReviewFlows.REVIEW, ReviewFlows.REVIEW_INTERNAL, ReviewFlows.CONSENT, ReviewFlows.DIRECTOR,
                ReviewFlows.EXTENSION);
    }

    @Override
    public boolean mayRead(FlowView flow, Actor actor) {
        return actor.hasPermission("legalreview:read") && actor.scope().covers(flow.scopePath());
    }

    @Override
    public FlowSummary summary(FlowView flow, Actor actor) {
        FlowSummary.Builder b = FlowSummary.builder();
        long reviewId;
        try {
            reviewId = Long.parseLong(flow.subjectId());
        } catch (NumberFormatException e) {
            return b.build();
        }
        jdbc.sql("""
                SELECT case_number, case_title, fine_yuan, confiscation_yuan, measures, major, form_summary, form_basis,
                       form_proposal, reasons
                FROM lr_review WHERE id = :id""").param("id", reviewId).query((rs, n) -> {
            BigDecimal fine = rs.getBigDecimal("fine_yuan");
            BigDecimal conf = rs.getBigDecimal("confiscation_yuan");
            return b.fact("案号", rs.getString("case_number")).fact("案件", rs.getString("case_title"))
                    .fact("是否重大执法决定", rs.getBoolean("major") ? "是" : "否")
                    .fact("拟罚款", fine == null ? null : fine.toPlainString() + " 元")
                    .fact("拟没收违法所得", conf == null ? null : conf.toPlainString() + " 元")
                    .fact("拟采取的措施", rs.getString("measures"))
                    .fact("案件基本情况", rs.getString("form_summary"))
                    .fact("违法条款和处罚依据", rs.getString("form_basis"))
                    .fact("拟作出的决定", rs.getString("form_proposal"));
        }).list();
        jdbc.sql("SELECT kind, file_id, title FROM lr_material WHERE review_id = :id ORDER BY idx").param("id", reviewId)
                .query((rs, n) -> {
                    String kind = rs.getString("kind");
                    String label = java.util.Arrays.stream(ReviewEnums.MaterialKind.values())
                            .filter(k -> k.name().equals(kind)).map(ReviewEnums.MaterialKind::label).findFirst().orElse("材料");
                    String title = rs.getString("title");
                    return b.attachment(title == null || title.isBlank() ? label : label + "：" + title,
                            "/api/v1/files/" + rs.getLong("file_id") + "/content");
                }).list();
        return b.build();
    }
}
