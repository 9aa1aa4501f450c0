package cn.anjian.mines.planner;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import cn.anjian.mines.planner.PlanningInput.PlanCommissioner;

/** A commissioner as a planning value (identity equality: one instance per commissioner). */
public final class Candidate {

    @PlanningId
    private final Long id;
    private final PlanCommissioner commissioner;

    Candidate(PlanCommissioner commissioner) {
        this.id = commissioner.id();
        this.commissioner = commissioner;
    }

    public Long getId() {
        return id;
    }

    public PlanCommissioner commissioner() {
        return commissioner;
    }

    boolean certified() {
        return commissioner.certified();
    }

    @Override
    public String toString() {
        return "Candidate" + id;
    }
}
