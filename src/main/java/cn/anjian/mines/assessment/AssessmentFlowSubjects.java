package cn.anjian.mines.assessment;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowSummary;
import cn.anjian.workflow.FlowView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What an approver of a confirmation, an override or an exemption sees; readers: mine:assessment-read in scope. */
@Component
@RequiredArgsConstructor
class AssessmentFlowSubjects implements cn.anjian.workflow.FlowSubjectProvider {

    private final AssessmentRepository assessments;
    private final ExemptionRepository exemptions;
    private final JdbcClient jdbc;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(AssessmentFlows.CONFIRM, AssessmentFlows.OVERRIDE, AssessmentFlows.EXEMPTION);
    }

    @Override
    public boolean mayRead(FlowView flow, Actor actor) {
        return actor.hasPermission("mine:assessment-read") && actor.scope().covers(flow.scopePath());
    }

    @Override
    public FlowSummary summary(FlowView flow, Actor actor) {
        FlowSummary.Builder b = FlowSummary.builder();
        long id = Long.parseLong(flow.subjectId());
        if (AssessmentFlows.EXEMPTION.code().equals(flow.definitionCode())) {
            exemptions.findById(id).ifPresent(e -> b.fact("监管专员", name(e.commissionerId())).fact("年度", e.year() + " 年")
                    .fact("漏查的检查", e.checkRef()).fact("免责情形", e.groundLabel()).fact("事实和依据", e.note()));
            return b.build();
        }
        assessments.findById(id).ifPresent(a -> {
            b.fact("监管专员", name(a.commissionerId())).fact("年度", a.year() + " 年")
                    .fact("计算结果", AssessmentRules.explain(a.computedGrade(), a.criteria()));
            if (a.overrideGrade() != null) {
                b.fact("调整为", a.overrideGrade().label()).fact("调整理由", a.overrideReason());
            }
        });
        return b.build();
    }

    private String name(long commissionerId) {
        return CommissionerRef.find(jdbc, commissionerId).map(CommissionerRef::name).orElse("—");
    }
}
