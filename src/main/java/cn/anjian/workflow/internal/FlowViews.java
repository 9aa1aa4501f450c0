package cn.anjian.workflow.internal;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowEntry;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.FlowStepView;
import cn.anjian.workflow.FlowView;

/** Aggregate → read model. */
final class FlowViews {

    private FlowViews() {
    }

    static FlowView of(Flow f, Function<String, String> roleNames) {
        List<FlowStepView> steps = IntStream.range(0, f.steps.size()).mapToObj(i -> {
            FlowStep s = f.steps.get(i);
            return new FlowStepView(i, s.stepKey(), s.name(), s.roleCode(), roleNames.apply(s.roleCode()), s.agencyId(),
                    s.agencyName(), s.allowedDecisions(), s.ruleId(), s.state(), s.deadlineId(), s.dueAt());
        }).toList();
        List<FlowEntry> entries = f.entries.stream().map(e -> new FlowEntry(e.round(), e.stepIndex(), e.stepName(),
                e.agencyName(), e.actorUserId(), e.actorName(), e.decision() == null ? null : Decision.valueOf(e.decision()),
                e.opinion(), e.decidedAt())).toList();
        return new FlowView(new FlowId(f.id), f.definitionCode, f.definitionName, f.subjectType, f.subjectId,
                f.subjectUrl, f.title, f.initiatingAgencyId, f.initiatingAgencyName, f.initiatorUserId, f.initiatorName,
                f.state, f.currentStep, f.round, f.scopePath, f.startedAt, f.finishedAt, steps, entries);
    }
}
