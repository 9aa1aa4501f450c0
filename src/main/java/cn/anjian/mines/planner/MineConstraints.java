package cn.anjian.mines.planner;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import cn.anjian.mines.planner.PlanningInput.Staffing;

/** The solver's score. The checker ({@link PlanChecker}) recomputes the rules independently. */
public class MineConstraints implements ConstraintProvider {

    /** Workload balance: the square of the mines a person supervises, weighted against kilometres. */
    static final long WORKLOAD_WEIGHT = 30;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {clash(f), emptySeat(f), noCertificate(f), fewCertificates(f), travel(f), workload(f)};
    }

    /** MC-03 and the teams of at most two mines: one person, two seats that may not be held together. */
    Constraint clash(ConstraintFactory f) {
        return f.forEachUniquePair(Seat.class, Joiners.equal(Seat::getCommissioner))
                .filter(Seat::clashes)
                .penalize(HardMediumSoftLongScore.ONE_HARD).asConstraint("MC-03 one person, two posts");
    }

    /** MC-02: a place left empty (a shortage). */
    Constraint emptySeat(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(Seat.class).filter(s -> s.getCommissioner() == null)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM).asConstraint("MC-02 empty place");
    }

    /** MC-08: a coal group without any certificate holder. */
    Constraint noCertificate(ConstraintFactory f) {
        return f.forEach(Unit.class).filter(Unit::coal)
                .ifNotExists(Seat.class, Joiners.equal(u -> u, Seat::getUnit),
                        Joiners.filtering((u, s) -> s.getCommissioner() != null && s.getCommissioner().certified()))
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM, u -> Staffing.GROUP_MIN_CERTIFIED)
                .asConstraint("MC-08 no certificate holder");
    }

    /** MC-08: a coal group with fewer than two certificate holders. */
    Constraint fewCertificates(ConstraintFactory f) {
        return f.forEach(Seat.class).filter(s -> s.getUnit().coal() && s.getCommissioner().certified())
                .groupBy(Seat::getUnit, ConstraintCollectors.countDistinct(Seat::getCommissioner))
                .filter((u, n) -> n < Staffing.GROUP_MIN_CERTIFIED)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM, (u, n) -> Staffing.GROUP_MIN_CERTIFIED - n)
                .asConstraint("MC-08 few certificate holders");
    }

    /** MC-09: travel between home bases and mines. */
    Constraint travel(ConstraintFactory f) {
        return f.forEach(Seat.class).penalizeLong(HardMediumSoftLongScore.ONE_SOFT, Seat::distanceKm)
                .asConstraint("MC-09 travel");
    }

    /** MC-09: workload balance. */
    Constraint workload(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .groupBy(Seat::getCommissioner, ConstraintCollectors.sumLong(Seat::mineCount))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (c, n) -> WORKLOAD_WEIGHT * n * n)
                .asConstraint("MC-09 workload");
    }
}
