package cn.anjian.experts.reviews;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.experts.pool.ExpertRegistry;
import cn.anjian.kernel.Actor;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowOutcomeHandler;
import cn.anjian.workflow.FlowSubjectProvider;
import cn.anjian.workflow.FlowSummary;
import cn.anjian.workflow.FlowView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** EXP-06: the bureau's decision on a proposed removal removes the expert (or keeps him). */
@Component
@RequiredArgsConstructor
class AnnualReviewFlows implements FlowOutcomeHandler, FlowSubjectProvider {

    private final AnnualReview review;
    private final ExpertRegistry registry;
    private final JdbcClient jdbc;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(AnnualReview.REMOVAL_FLOW);
    }

    @Override
    public void completed(FlowCompleted e) {
        review.decided(e, registry);
    }

    @Override
    public boolean mayRead(FlowView flow, Actor actor) {
        return actor.hasPermission("expert:read");
    }

    @Override
    public FlowSummary summary(FlowView flow, Actor actor) {
        return jdbc.sql("""
                SELECT e.name, e.employer_name, e.title, v.reason, r.year, u.name AS unit_name
                FROM exp_annual_verdict v JOIN exp_expert e ON e.id = v.expert_id
                JOIN exp_annual_round r ON r.id = v.round_id JOIN org_unit_view u ON u.id = r.unit_id
                WHERE v.flow_id = :f""").param("f", flow.id().value())
                .query((rs, n) -> FlowSummary.builder().fact("专家", rs.getString("name"))
                        .fact("工作单位", rs.getString("employer_name")).fact("职务职称", rs.getString("title"))
                        .fact("复审年度", rs.getInt("year") + " 年").fact("复审股室", rs.getString("unit_name"))
                        .fact("不合格理由", rs.getString("reason")).build())
                .optional().orElse(FlowSummary.empty());
    }
}
