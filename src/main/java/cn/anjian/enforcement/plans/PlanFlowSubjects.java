package cn.anjian.enforcement.plans;

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
 * Issue 12 defect 3: what the approval of an annual inspection plan (CASE-10) approves — the plan, its revision
 * reason and the number of items and inspections; readable with {@code case:read} in scope.
 */
@Component
@RequiredArgsConstructor
class PlanFlowSubjects implements FlowSubjectProvider {

    private final JdbcClient jdbc;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(InspectionPlans.APPROVAL);
    }

    @Override
    public boolean mayRead(FlowView flow, Actor actor) {
        return actor.hasPermission("case:read") && actor.scope().covers(flow.scopePath());
    }

    @Override
    public FlowSummary summary(FlowView flow, Actor actor) {
        FlowSummary.Builder b = FlowSummary.builder();
        jdbc.sql("""
                SELECT p.plan_year, p.title, p.agency_name, p.revision, p.revision_reason,
                       (SELECT count(*) FROM enf_plan_item i WHERE i.plan_id = p.id) AS items,
                       (SELECT coalesce(sum(i.planned_count), 0) FROM enf_plan_item i WHERE i.plan_id = p.id) AS planned
                FROM enf_plan p WHERE p.flow_id = :f""").param("f", flow.id().value()).query((rs, n) ->
                b.fact("计划", rs.getString("title")).fact("年度", rs.getInt("plan_year") + " 年")
                        .fact("制定机关", rs.getString("agency_name"))
                        .fact("版本", rs.getInt("revision") > 1 ? "第 " + rs.getInt("revision") + " 版修订" : null)
                        .fact("修订理由", rs.getString("revision_reason"))
                        .fact("检查事项", rs.getLong("items") + " 项，计划检查 " + rs.getLong("planned") + " 次")).list();
        return b.build();
    }
}
