package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowSubjectProvider;
import cn.anjian.workflow.FlowSummary;
import cn.anjian.workflow.FlowView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What an expert-use flow approves: the dispatch approval form (annex 4), a fixed expert, or an outside unit's application. */
@Component
@RequiredArgsConstructor
class DispatchFlowSubjects implements FlowSubjectProvider {

    private final DispatchQueries queries;
    private final JdbcClient jdbc;

    @Override
    public List<FlowDefinition> definitions() {
        return DispatchFlows.ALL;
    }

    @Override
    public boolean mayRead(FlowView flow, Actor actor) {
        return actor.hasPermission("expert:read") && actor.scope().covers(flow.scopePath());
    }

    @Override
    public FlowSummary summary(FlowView flow, Actor actor) {
        long id;
        try {
            id = Long.parseLong(flow.subjectId());
        } catch (NumberFormatException e) {
            return FlowSummary.empty();
        }
        FlowSummary.Builder b = FlowSummary.builder();
        switch (flow.subjectType()) {
            case "expert-dispatch" -> jdbc.sql("SELECT count(*) FROM exp_dispatch WHERE id = :id").param("id", id).query(Long.class)
                    .optional().filter(n -> n > 0).ifPresent(n -> dispatch(b, queries.get(actor, id)));
            case "expert-fixed" -> jdbc.sql("""
                    SELECT e.name, f.name AS field_name, u.name AS unit_name, x.from_date, x.to_date, x.reason
                    FROM exp_fixed x JOIN exp_expert e ON e.id = x.expert_id JOIN exp_field f ON f.code = e.field_code
                    JOIN org_unit_view u ON u.id = x.unit_id WHERE x.id = :id""").param("id", id)
                    .query((rs, n) -> b.fact("专家", rs.getString("name")).fact("行业领域", rs.getString("field_name"))
                            .fact("使用股室", rs.getString("unit_name"))
                            .fact("使用期限", Fmt.date(rs.getDate("from_date").toLocalDate()) + " 至 " + Fmt.date(rs.getDate("to_date").toLocalDate()))
                            .fact("使用理由", rs.getString("reason"))).list();
            case "expert-use-application" -> jdbc.sql("""
                    SELECT a.*, f.name AS field_name FROM exp_use_application a JOIN exp_field f ON f.code = a.field_code WHERE a.id = :id""")
                    .param("id", id)
                    .query((rs, n) -> b.fact("申请单位", rs.getString("applicant")).fact("联系人", rs.getString("contact"))
                            .fact("任务名称", rs.getString("task")).fact("任务内容", rs.getString("content"))
                            .fact("任务地点", rs.getString("place"))
                            .fact("任务时间", Fmt.date(rs.getDate("task_start").toLocalDate()) + " 至 " + Fmt.date(rs.getDate("task_end").toLocalDate()))
                            .fact("所需专业", rs.getString("field_name")).fact("所需专家人数", rs.getInt("experts") + " 名")
                            .fact("费用承担", "申请单位自行承担")).list();
            default -> {
            }
        }
        return b.build();
    }

    private static void dispatch(FlowSummary.Builder b, DispatchView d) {
        b.fact("使用股室", d.unitName()).fact("任务名称", d.task()).fact("任务内容", d.content()).fact("任务地点", d.place())
                .fact("任务时间", Fmt.date(d.taskStart()) + " 至 " + Fmt.date(d.taskEnd()))
                .fact("服务对象", d.enterpriseName()).fact("选取方式", d.source().label())
                .fact("专家", d.expertName()).fact("职务职称", d.expertTitle()).fact("工作单位", d.expertEmployer())
                .fact("职称等级", d.outsideGrade() == null ? null : d.outsideGrade().label())
                .fact("外单位申请", d.applicant())
                .fact("劳务报酬", d.paid() ? Budgets.money(d.fee()) + " 元（本局专家工作经费）" : "不支付")
                .fact("更换原因", d.replacementReason());
        if (d.reportFileId() != null) {
            b.attachment("任务执行情况书面报告：" + d.reportName(), "/api/v1/files/" + d.reportFileId() + "/content");
        }
        if (d.qOverall() != null) {
            b.fact("服务质量总体评价", d.qOverall().label());
        }
    }
}
