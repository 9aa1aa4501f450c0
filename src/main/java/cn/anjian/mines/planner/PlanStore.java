package cn.anjian.mines.planner;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores plans: a new plan, the solver's result, a checked move; the outcome and violations as JSON. */
@Component
@Transactional
@RequiredArgsConstructor
class PlanStore {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final AssignmentPlanRepository plans;
    private final Clock clock;

    AssignmentPlan create(AssignmentPlan p) {
        return plans.save(p);
    }

    void solved(long planId, PlanningInput in, MinePlanSolution s) {
        PlanOutcome o = MinePlanner.outcome(in, s);
        List<Violation> v = PlanChecker.check(in, o.assignments(), o.groups()).violations();
        AssignmentPlan p = plans.findById(planId).orElseThrow();
        p.solved(JSON.writeValueAsString(o), JSON.writeValueAsString(v), o.score(), pairs(in, o), clock.instant());
        plans.save(p);
    }

    void failed(long planId) {
        plans.findById(planId).ifPresent(p -> {
            p.failed(clock.instant());
            plans.save(p);
        });
    }

    static PlanOutcome outcome(AssignmentPlan p) {
        return p.outcome().isEmpty() ? null : JSON.readValue(p.outcome(), PlanOutcome.class);
    }

    static List<Violation> violations(AssignmentPlan p) {
        return p.violations().isEmpty() ? List.of() : JSON.readValue(p.violations(), new TypeReference<List<Violation>>() { });
    }

    /** The designated pairs (an attached pond's are its parent's, so they are not stored twice). */
    static Set<AssignmentPlan.Pair> pairs(PlanningInput in, PlanOutcome o) {
        Set<Long> attached = new HashSet<>();
        in.mines().stream().filter(PlanningInput.PlanMine::attachedPond).forEach(m -> attached.add(m.id()));
        Set<AssignmentPlan.Pair> out = new HashSet<>();
        o.assignments().stream().filter(a -> !attached.contains(a.mineId()))
                .forEach(a -> a.commissionerIds().forEach(c -> out.add(new AssignmentPlan.Pair(a.mineId(), c))));
        return out;
    }
}
