package cn.anjian.mines.planner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.planner.PlanningInput.PlanMine;

/**
 * The planner (MC-09) without Spring: the solver configuration, the problem from a {@link PlanningInput}, and the
 * outcome (assignments, coal groups, unstaffed mines with reasons) from the best solution. Infeasible input never
 * fails: what cannot be staffed is listed.
 */
public final class MinePlanner {

    private MinePlanner() {
    }

    /** Stops at {@code limit}, or earlier when the best score has not improved for {@code unimproved}. */
    public static SolverConfig config(Duration limit, Duration unimproved) {
        return new SolverConfig().withSolutionClass(MinePlanSolution.class).withEntityClasses(Seat.class)
                .withConstraintProviderClass(MineConstraints.class)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit)
                        .withUnimprovedSpentLimit(unimproved));
    }

    public static MinePlanSolution problem(PlanningInput in) {
        return SeatLayout.build(in);
    }

    /** Solves in the calling thread (tests, the benchmark); the application solves through a SolverManager. */
    public static PlanOutcome solve(PlanningInput in, Duration limit, Duration unimproved) {
        MinePlanSolution best = SolverFactory.<MinePlanSolution>create(config(limit, unimproved)).buildSolver()
                .solve(problem(in));
        return outcome(in, best);
    }

    /** The plan a solution stands for; shortfalls come from the independent checker, reasons from the data. */
    public static PlanOutcome outcome(PlanningInput in, MinePlanSolution s) {
        return outcome(in, s, true);
    }

    /** As {@link #outcome(PlanningInput, MinePlanSolution)}; without {@code explain} the checker's finding is the reason (progress). */
    static PlanOutcome outcome(PlanningInput in, MinePlanSolution s, boolean explain) {
        Map<Long, Set<Long>> byMine = new LinkedHashMap<>();
        for (Seat seat : s.getSeats()) {
            for (PlanMine m : seat.mines()) {
                Set<Long> ids = byMine.computeIfAbsent(m.id(), k -> new LinkedHashSet<>());
                if (seat.getCommissioner() != null) {
                    ids.add(seat.getCommissioner().getId());
                }
            }
        }
        List<PlanOutcome.Assignment> assignments = new ArrayList<>();
        for (PlanMine m : in.mines()) {
            if (!m.active()) {
                continue;
            }
            Long key = m.attachedPond() ? m.parentMineId() : m.id();
            Set<Long> ids = byMine.get(key);
            if (ids != null) {
                assignments.add(new PlanOutcome.Assignment(m.id(), List.copyOf(ids)));
            }
        }
        List<PlanOutcome.Group> groups = groups(s);
        PlanChecker.Result check = PlanChecker.check(in, assignments, groups);
        List<PlanOutcome.Unstaffed> unstaffed = new ArrayList<>();
        Map<Long, String> why = explain ? UnstaffedReasons.of(in, s, check.shortfalls()) : check.shortfalls();
        why.forEach((mineId, reason) -> unstaffed.add(new PlanOutcome.Unstaffed(mineId, reason)));
        return new PlanOutcome(assignments, groups, unstaffed, s.getScore() == null ? "" : s.getScore().toString());
    }

    private static List<PlanOutcome.Group> groups(MinePlanSolution s) {
        Map<Unit, List<Seat>> byUnit = new LinkedHashMap<>();
        s.getSeats().stream().filter(seat -> seat.getUnit().coal())
                .forEach(seat -> byUnit.computeIfAbsent(seat.getUnit(), k -> new ArrayList<>()).add(seat));
        List<PlanOutcome.Group> groups = new ArrayList<>();
        byUnit.forEach((unit, seats) -> {
            Set<Long> members = new LinkedHashSet<>();
            Map<Long, Specialty> duties = new LinkedHashMap<>();
            for (Seat seat : seats) {
                if (seat.getCommissioner() != null) {
                    members.add(seat.getCommissioner().getId());
                    if (seat.duty() != null) {
                        duties.putIfAbsent(seat.getCommissioner().getId(), seat.duty());
                    }
                }
            }
            Long leader = seats.stream().filter(seat -> seat.leader() && seat.getCommissioner() != null)
                    .map(seat -> seat.getCommissioner().getId()).findFirst()
                    .orElse(members.isEmpty() ? null : members.iterator().next());
            groups.add(new PlanOutcome.Group(unit.mines().stream().map(PlanMine::id).toList(), List.copyOf(members),
                    leader, duties));
        });
        return groups;
    }
}
