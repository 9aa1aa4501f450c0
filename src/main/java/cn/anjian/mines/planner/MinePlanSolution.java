package cn.anjian.mines.planner;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The planner's working copy: units and seats. Hard: rule breaches between seats; medium: places left empty and
 * missing certificate holders (a shortage, listed as unstaffed, never a failure); soft: travel and workload.
 */
@PlanningSolution
public class MinePlanSolution {

    @ProblemFactCollectionProperty
    private List<Unit> units;
    @PlanningEntityCollectionProperty
    private List<Seat> seats;
    @PlanningScore
    private HardMediumSoftLongScore score;

    public MinePlanSolution() {
    }

    MinePlanSolution(List<Unit> units, List<Seat> seats) {
        this.units = units;
        this.seats = seats;
    }

    public List<Unit> getUnits() {
        return units;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
