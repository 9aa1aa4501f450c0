package cn.anjian.mines.planner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.anjian.mines.Availability;
import cn.anjian.mines.Employment;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.SupervisingLevel;
import cn.anjian.mines.planner.PlanningInput.Pair;
import cn.anjian.mines.planner.PlanningInput.PlanCommissioner;
import cn.anjian.mines.planner.PlanningInput.PlanMine;
import cn.anjian.mines.planner.PlanningInput.Staffing;

/** Small planner instances: one county department (jurisdiction 5) with every kind of mine. */
final class PlannerInstances {

    static final long COUNTY = 5;

    private PlannerInstances() {
    }

    static PlanMine mine(long id, MineKind kind, long tonnes, Long parent) {
        return new PlanMine(id, "矿" + id, kind, ProductionStatus.PRODUCING, tonnes, parent, SupervisingLevel.COUNTY,
                COUNTY, 35.5 + id * 0.01, 112.8 + id * 0.01);
    }

    /** 3 coal, 1 underground non-coal, 2 large open pits, 1 small open pit, 2 ponds (one attached to mine 4). */
    static List<PlanMine> mines() {
        return List.of(mine(1, MineKind.COAL, 0, null), mine(2, MineKind.COAL, 0, null), mine(3, MineKind.COAL, 0, null),
                mine(4, MineKind.UNDERGROUND_NON_COAL, 0, null), mine(5, MineKind.OPEN_PIT_NON_COAL, 600_000, null),
                mine(6, MineKind.OPEN_PIT_NON_COAL, 500_000, null), mine(7, MineKind.OPEN_PIT_NON_COAL, 499_999, null),
                mine(8, MineKind.TAILINGS_POND, 0, null), mine(9, MineKind.TAILINGS_POND, 0, 4L));
    }

    static PlanCommissioner person(long id, Set<Specialty> specialties, boolean certified) {
        return new PlanCommissioner(id, "专员" + id, SupervisingLevel.COUNTY, COUNTY, Employment.IN_BUDGET, true, true,
                Availability.AVAILABLE, specialties, certified, 35.5 + (id % 7) * 0.02, 112.8 + (id % 5) * 0.02, Set.of());
    }

    /** {@code perSpecialty} coal specialists per specialty (the first two certified) and {@code others} more. */
    static List<PlanCommissioner> people(int perSpecialty, int others) {
        List<PlanCommissioner> out = new ArrayList<>();
        long id = 100;
        for (int k = 0; k < perSpecialty; k++) {
            for (Specialty sp : Specialty.values()) {
                out.add(person(id++, EnumSet.of(sp), out.size() < 2 || out.size() % 4 == 0));
            }
        }
        for (int i = 0; i < others; i++) {
            out.add(person(id++, EnumSet.noneOf(Specialty.class), i % 2 == 0));
        }
        return out;
    }

    static PlanningInput input(List<PlanMine> mines, List<PlanCommissioner> people, Set<Pair> previous, Set<Pair> exceptions) {
        return new PlanningInput(2027, LocalDate.of(2027, 1, 1), mines, people, previous, exceptions,
                Staffing.regulationMinimum());
    }
}
