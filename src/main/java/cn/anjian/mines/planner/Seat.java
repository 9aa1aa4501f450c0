package cn.anjian.mines.planner;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.planner.PlanningInput.PlanMine;

/**
 * One place in a unit, to be taken by one commissioner. Its candidates are already filtered by the rules that
 * depend only on the seat (department and level, eligibility, conflicts, rotation, the coal duty's specialty),
 * so the solver searches only lawful values; rules between seats are constraints ({@link MineConstraints}).
 */
@PlanningEntity
public class Seat {

    @PlanningId
    private Long id;
    private Unit unit;
    /** The mines this seat's holder is designated to (one for coal, up to two for a team). */
    private List<PlanMine> mines;
    /** MC-08: the coal group duty of this seat, or null. */
    private Specialty duty;
    private boolean leader;
    @ValueRangeProvider(id = "candidates")
    private List<Candidate> candidates;
    @PlanningVariable(valueRangeProviderRefs = "candidates", allowsUnassigned = true)
    private Candidate commissioner;

    public Seat() {
    }

    Seat(long id, Unit unit, List<PlanMine> mines, Specialty duty, boolean leader, List<Candidate> candidates) {
        this.id = id;
        this.unit = unit;
        this.mines = mines;
        this.duty = duty;
        this.leader = leader;
        this.candidates = candidates;
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public Candidate getCommissioner() {
        return commissioner;
    }

    public void setCommissioner(Candidate commissioner) {
        this.commissioner = commissioner;
    }

    List<PlanMine> mines() {
        return mines;
    }

    Specialty duty() {
        return duty;
    }

    boolean leader() {
        return leader;
    }

    List<Candidate> candidates() {
        return candidates;
    }

    long mineCount() {
        return mines.size();
    }

    /** Two seats one person may not hold together: the same unit, two underground mines, two teams. */
    boolean clashes(Seat other) {
        return unit == other.unit || (unit.category() == other.unit.category()
                && unit.category() != Unit.Category.SMALL_OPEN_PIT);
    }

    /** Travel from the holder's home base to the designated mines, in km (soft). */
    long distanceKm() {
        if (commissioner == null) {
            return 0;
        }
        double total = 0;
        for (PlanMine m : mines) {
            total += Geo.km(commissioner.commissioner().lat(), commissioner.commissioner().lon(), m.lat(), m.lon());
        }
        return Math.round(total);
    }
}
