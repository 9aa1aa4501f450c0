package cn.anjian.mines.planner;

import java.util.List;

/** A plan as the API and pages read it; while solving, the current best score and violations. */
public record PlanView(long id, long jurisdictionId, int year, PlanStatus status, String score,
                       List<Violation> hardViolations, PlanOutcome outcome, Long previousPlanId) {
}
