package cn.anjian.personnel.supervisors;

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
 * Issue 12 defect 3: what a supervisor's appointment or renewal proposal (SS-01, SS-07) approves — the person, the
 * recommending organisation, the consents; readable with {@code personnel:read} in scope.
 */
@Component
@RequiredArgsConstructor
class SupervisorFlowSubjects implements FlowSubjectProvider {

    private final JdbcClient jdbc;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(WorkflowProposalFlows.APPOINTMENT, WorkflowProposalFlows.RENEWAL);
    }

    @Override
    public boolean mayRead(FlowView flow, Actor actor) {
        return actor.hasPermission("personnel:read") && actor.scope().covers(flow.scopePath());
    }

    @Override
    public FlowSummary summary(FlowView flow, Actor actor) {
        FlowSummary.Builder b = FlowSummary.builder();
        jdbc.sql("""
                SELECT p.name, s.route, s.source_name, s.employer_name, s.person_consent_on, s.employer_consent_on,
                       s.consultation_note, s.term_no
                FROM per_supervisor s JOIN per_person p ON p.id = s.person_id
                WHERE s.flow_id = :f OR s.renewal_flow_id = :f""").param("f", flow.id().value()).query((rs, n) ->
                b.fact("社会监督员", rs.getString("name"))
                        .fact("产生方式", "INVITATION".equals(rs.getString("route")) ? "邀请" : "推荐")
                        .fact("推荐单位或身份", rs.getString("source_name"))
                        .fact("工作单位", rs.getString("employer_name"))
                        .fact("本人同意日期", Fmt.date(rs.getObject("person_consent_on", java.time.LocalDate.class)))
                        .fact("所在单位同意日期", Fmt.date(rs.getObject("employer_consent_on", java.time.LocalDate.class)))
                        .fact("征求意见情况", rs.getString("consultation_note"))
                        .fact("聘期", rs.getInt("term_no") > 0 ? "第 " + rs.getInt("term_no") + " 届" : null)).list();
        return b.build();
    }
}
