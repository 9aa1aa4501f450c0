package cn.anjian.mines.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import cn.anjian.mines.MineKind;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.SupervisingLevel;
import cn.anjian.mines.planner.PlanningInput.Pair;
import cn.anjian.mines.planner.PlanningInput.PlanCommissioner;
import cn.anjian.mines.planner.PlanningInput.PlanMine;
import cn.anjian.mines.planner.PlanningInput.Staffing;
import cn.anjian.mines.planner.Unit.Category;

/**
 * Builds the units and seats of a jurisdiction (art. 6, 13): per supervising department, coal mines in groups of
 * three neighbours, large open pits and independent ponds in pairs of neighbours, and each seat's lawful candidates.
 */
final class SeatLayout {

    private final PlanningInput in;
    private final List<Unit> units = new ArrayList<>();
    private final List<Seat> seats = new ArrayList<>();
    private final Map<Long, Candidate> candidates = new LinkedHashMap<>();

    private SeatLayout(PlanningInput in) {
        this.in = in;
        in.commissioners().forEach(c -> candidates.put(c.id(), new Candidate(c)));
    }

    /** The department of a mine or a commissioner: level and jurisdiction. */
    record Department(SupervisingLevel level, long jurisdictionId) {
    }

    static MinePlanSolution build(PlanningInput in) {
        SeatLayout layout = new SeatLayout(in);
        Map<Department, List<PlanMine>> byDepartment = new LinkedHashMap<>();
        in.mines().stream().filter(m -> m.active() && !m.attachedPond()).sorted(Comparator.comparingLong(PlanMine::id))
                .forEach(m -> byDepartment.computeIfAbsent(new Department(m.level(), m.departmentId()),
                        k -> new ArrayList<>()).add(m));
        byDepartment.forEach(layout::department);
        return new MinePlanSolution(layout.units, layout.seats);
    }

    private void department(Department d, List<PlanMine> mines) {
        List<Candidate> pool = candidates.values().stream()
                .filter(c -> c.commissioner().eligible() && department(c.commissioner()).equals(d)).toList();
        Staffing s = in.staffing();
        for (List<PlanMine> group : chunks(of(mines, m -> m.kind() == MineKind.COAL), Staffing.GROUP_MINES)) {
            Unit u = unit(Category.UNDERGROUND, true, group);
            int n = Math.max(Staffing.GROUP_MIN_MEMBERS, s.coalPerMine() * group.size());
            Specialty[] duties = Specialty.values();
            for (int i = 0; i < n; i++) {
                seat(u, List.of(group.get(i % group.size())), i < duties.length ? duties[i] : null, i == 0, pool);
            }
        }
        for (PlanMine m : of(mines, m -> m.kind() == MineKind.UNDERGROUND_NON_COAL)) {
            seats(unit(Category.UNDERGROUND, false, List.of(m)), s.undergroundPerMine(), pool);
        }
        for (List<PlanMine> pair : chunks(of(mines, PlanMine::largeOpenPit), Staffing.MINES_PER_TEAM)) {
            seats(unit(Category.LARGE_OPEN_PIT, false, pair), s.largeOpenPitTeam(), pool);
        }
        for (PlanMine m : of(mines, m -> m.kind() == MineKind.OPEN_PIT_NON_COAL && !m.largeOpenPit())) {
            seats(unit(Category.SMALL_OPEN_PIT, false, List.of(m)), s.smallOpenPitPerMine(), pool);
        }
        for (List<PlanMine> pair : chunks(of(mines, m -> m.kind() == MineKind.TAILINGS_POND), Staffing.MINES_PER_TEAM)) {
            seats(unit(Category.TAILINGS, false, pair), s.tailingsTeam(), pool);
        }
    }

    static Department department(PlanCommissioner c) {
        return new Department(c.level(), c.departmentId());
    }

    static Department department(PlanMine m) {
        return new Department(m.level(), m.departmentId());
    }

    private Unit unit(Category category, boolean coal, List<PlanMine> mines) {
        Unit u = new Unit(units.size() + 1L, category, coal, mines);
        units.add(u);
        return u;
    }

    private void seats(Unit u, int n, List<Candidate> pool) {
        for (int i = 0; i < n; i++) {
            seat(u, u.mines(), null, false, pool);
        }
    }

    private void seat(Unit u, List<PlanMine> designated, Specialty duty, boolean leader, List<Candidate> pool) {
        List<Candidate> lawful = pool.stream().filter(c -> lawful(c.commissioner(), designated, duty)).toList();
        seats.add(new Seat(seats.size() + 1L, u, designated, duty, leader, new ArrayList<>(lawful)));
    }

    /** MC-05 conflicts, MC-07 rotation (unless an approved exception), MC-08 the duty's specialty. */
    private boolean lawful(PlanCommissioner c, List<PlanMine> designated, Specialty duty) {
        if (duty != null && !c.specialties().contains(duty)) {
            return false;
        }
        for (PlanMine m : designated) {
            Pair p = new Pair(c.id(), m.id());
            if (c.conflictMineIds().contains(m.id()) || (in.previous().contains(p) && !in.exceptions().contains(p))) {
                return false;
            }
        }
        return true;
    }

    private static List<PlanMine> of(List<PlanMine> mines, Predicate<PlanMine> kind) {
        return mines.stream().filter(kind).toList();
    }

    /** Neighbours together: from the westernmost remaining mine, its nearest remaining neighbours. */
    static List<List<PlanMine>> chunks(List<PlanMine> mines, int size) {
        List<PlanMine> rest = new ArrayList<>(mines);
        List<List<PlanMine>> out = new ArrayList<>();
        while (!rest.isEmpty()) {
            PlanMine seed = rest.stream().min(Comparator.comparingDouble(PlanMine::lon)
                    .thenComparingLong(PlanMine::id)).orElseThrow();
            rest.remove(seed);
            List<PlanMine> chunk = new ArrayList<>(List.of(seed));
            while (chunk.size() < size && !rest.isEmpty()) {
                PlanMine next = rest.stream().min(Comparator.comparingDouble((PlanMine m) ->
                        Geo.km(seed.lat(), seed.lon(), m.lat(), m.lon())).thenComparingLong(PlanMine::id)).orElseThrow();
                rest.remove(next);
                chunk.add(next);
            }
            out.add(chunk);
        }
        return out;
    }
}
