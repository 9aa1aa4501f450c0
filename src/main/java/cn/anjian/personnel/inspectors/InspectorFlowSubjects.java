package cn.anjian.personnel.inspectors;

import java.util.List;

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
 * Issue 12 defect 3: what an inspector hiring plan (TI-01) or a certificate renewal (TI-15) approves; readable with
 * {@code personnel:read} in scope.
 */
@Component
@RequiredArgsConstructor
class InspectorFlowSubjects implements FlowSubjectProvider {

    private final JdbcClient jdbc;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(WorkflowPlanApproval.PLAN, WorkflowPlanApproval.RENEWAL, WorkflowPlanApproval.RENEWAL_AT_PROVINCE);
    }

    @Override
    public boolean mayRead(FlowView flow, Actor actor) {
        return actor.hasPermission("personnel:read") && actor.scope().covers(flow.scopePath());
    }

    @Override
    public FlowSummary summary(FlowView flow, Actor actor) {
        FlowSummary.Builder b = FlowSummary.builder();
        long f = flow.id().value();
        jdbc.sql("""
                SELECT title, plan_year, full_time_count, part_time_count, term_months, training_assessment, funding
                FROM ti_hiring_plan WHERE flow_id = :f""").param("f", f).query((rs, n) ->
                b.fact("计划", rs.getString("title")).fact("年度", rs.getInt("plan_year") + " 年")
                        .fact("聘用人数", "专职 " + rs.getInt("full_time_count") + " 名，兼职 " + rs.getInt("part_time_count") + " 名")
                        .fact("聘期", rs.getInt("term_months") + " 个月")
                        .fact("培训与考核", rs.getString("training_assessment")).fact("经费保障", rs.getString("funding"))).list();
        jdbc.sql("""
                SELECT p.name, r.applied_on, r.expires_on, r.late
                FROM ti_renewal r JOIN ti_inspector i ON i.id = r.inspector_id JOIN per_person p ON p.id = i.person_id
                WHERE r.flow_id = :f""").param("f", f).query((rs, n) ->
                b.fact("技术检查员", rs.getString("name"))
                        .fact("申请日期", Fmt.date(rs.getObject("applied_on", java.time.LocalDate.class)))
                        .fact("工作证有效期至", Fmt.date(rs.getObject("expires_on", java.time.LocalDate.class)))
                        .fact("是否逾期申请", rs.getBoolean("late") ? "是" : "否")).list();
        return b.build();
    }
}
