package cn.anjian.mines.planner;

import java.util.List;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import cn.anjian.mines.planner.PlanningInput.PlanMine;

/**
 * A supervision unit the planner staffs (art. 6, 13): a coal group of up to 3 mines, one underground non-coal mine,
 * a team for up to two large open pits or two independent ponds, or one small open pit.
 */
public final class Unit {

    enum Category { UNDERGROUND, LARGE_OPEN_PIT, SMALL_OPEN_PIT, TAILINGS }

    @PlanningId
    private final Long id;
    private final Category category;
    private final boolean coal;
    private final List<PlanMine> mines;

    Unit(long id, Category category, boolean coal, List<PlanMine> mines) {
        this.id = id;
        this.category = category;
        this.coal = coal;
        this.mines = List.copyOf(mines);
    }

    public Long getId() {
        return id;
    }

    Category category() {
        return category;
    }

    boolean coal() {
        return coal;
    }

    List<PlanMine> mines() {
        return mines;
    }
}
