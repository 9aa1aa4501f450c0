package cn.anjian.mines.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.anjian.mines.MineKind;
import cn.anjian.mines.planner.PlanningInput.Pair;
import cn.anjian.mines.planner.PlanningInput.PlanCommissioner;
import cn.anjian.mines.planner.PlanningInput.PlanMine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The planner on small instances, judged by the independent checker (never by the solver's own score). */
class MinePlannerTests {

    static PlanOutcome solve(PlanningInput in) {
        return MinePlanner.solve(in, Duration.ofSeconds(5), Duration.ofMillis(700));
    }

    static PlanChecker.Result check(PlanningInput in, PlanOutcome o) {
        return PlanChecker.check(in, o.assignments(), o.groups());
    }

    static Map<Long, List<Long>> byMine(PlanOutcome o) {
        return o.assignments().stream().collect(Collectors.toMap(PlanOutcome.Assignment::mineId,
                PlanOutcome.Assignment::commissionerIds));
    }

    @Test
    @DisplayName("MC-02 MC-03 MC-08 a feasible county is fully staffed and the checker finds no breach")
    void feasible() {
        PlanningInput in = PlannerInstances.input(PlannerInstances.mines(), PlannerInstances.people(1, 8), Set.of(), Set.of());
        PlanOutcome o = solve(in);
        PlanChecker.Result r = check(in, o);
        assertThat(r.violations()).isEmpty();
        assertThat(o.unstaffed()).isEmpty();
        Map<Long, List<Long>> m = byMine(o);
        assertThat(m.get(1L)).hasSize(2);
        assertThat(m.get(4L)).hasSize(2);
        assertThat(m.get(9L)).as("an attached pond is covered by its parent's commissioners").isEqualTo(m.get(4L));
        assertThat(m.get(5L)).as("a two-person team for two large open pits").hasSize(2).isEqualTo(m.get(6L));
        assertThat(m).as("a small open pit is locally decided, none by default").doesNotContainKey(7L);
        assertThat(o.groups()).singleElement().satisfies(g -> {
            assertThat(g.mineIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
            assertThat(g.memberIds()).hasSize(6).contains(g.leaderId());
            assertThat(g.duties()).hasSize(6);
        });
        Set<Long> underground = new HashSet<>();
        for (long mine : List.of(1L, 2L, 3L, 4L)) {
            for (Long c : m.get(mine)) {
                assertThat(underground.add(c)).as("MC-03 nobody on two underground mines").isTrue();
            }
        }
    }

    @Test
    @DisplayName("MC-09 an infeasible county names the mines it cannot staff and why, and does not fail")
    void infeasible() {
        PlanningInput in = PlannerInstances.input(PlannerInstances.mines(), PlannerInstances.people(1, 1), Set.of(), Set.of());
        PlanOutcome o = solve(in);
        assertThat(check(in, o).violations()).isEmpty();
        assertThat(o.unstaffed()).isNotEmpty();
        assertThat(o.unstaffed()).extracting(PlanOutcome.Unstaffed::reason)
                .anySatisfy(reason -> assertThat(reason).contains("县级可派驻监管员不足"));
    }

    @Test
    @DisplayName("MC-08 without two certificate holders the coal group is reported short, not broken")
    void certificates() {
        List<PlanCommissioner> people = PlannerInstances.people(1, 8).stream()
                .map(c -> new PlanCommissioner(c.id(), c.name(), c.level(), c.departmentId(), c.employment(), true, true,
                        c.availability(), c.specialties(), false, c.lat(), c.lon(), Set.of())).toList();
        PlanningInput in = PlannerInstances.input(PlannerInstances.mines(), people, Set.of(), Set.of());
        PlanOutcome o = solve(in);
        assertThat(check(in, o).violations()).isEmpty();
        assertThat(o.unstaffed()).extracting(PlanOutcome.Unstaffed::mineId).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(o.unstaffed().get(0).reason()).contains("持有行政执法证");
    }

    @Test
    @DisplayName("MC-07 MC-09 next year's plan repeats no commissioner–mine pair, unless an approved exception")
    void rotation() {
        List<PlanCommissioner> people = PlannerInstances.people(2, 12);
        PlanningInput first = PlannerInstances.input(PlannerInstances.mines(), people, Set.of(), Set.of());
        PlanOutcome year1 = solve(first);
        Set<Pair> previous = pairs(first, year1);
        PlanningInput next = PlannerInstances.input(PlannerInstances.mines(), people, previous, Set.of());
        PlanOutcome year2 = solve(next);
        assertThat(check(next, year2).violations()).isEmpty();
        assertThat(year2.unstaffed()).isEmpty();
        assertThat(pairs(next, year2)).doesNotContainAnyElementsOf(previous);

        Pair kept = previous.iterator().next();
        PlanningInput repeated = PlannerInstances.input(PlannerInstances.mines(), people, previous, Set.of());
        List<PlanOutcome.Assignment> moved = new ArrayList<>(year2.assignments());
        moved.add(new PlanOutcome.Assignment(kept.mineId(), List.of(kept.commissionerId())));
        assertThat(PlanChecker.check(repeated, moved, year2.groups()).violations())
                .extracting(Violation::ruleId).contains("MC-07");
        PlanningInput excepted = PlannerInstances.input(PlannerInstances.mines(), people, previous, Set.of(kept));
        assertThat(PlanChecker.check(excepted, List.of(new PlanOutcome.Assignment(kept.mineId(),
                List.of(kept.commissionerId()))), List.of()).violations()).extracting(Violation::ruleId).doesNotContain("MC-07");
    }

    @Test
    @DisplayName("MC-05 a commissioner with an avoidance conflict is never planned on that mine; the checker refuses it")
    void conflicts() {
        List<PlanCommissioner> people = new ArrayList<>(PlannerInstances.people(1, 8));
        Set<Long> everyCoal = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 8L);
        PlanCommissioner c = people.get(0);
        people.set(0, new PlanCommissioner(c.id(), c.name(), c.level(), c.departmentId(), c.employment(), true, true,
                c.availability(), c.specialties(), c.certified(), c.lat(), c.lon(), everyCoal));
        PlanningInput in = PlannerInstances.input(PlannerInstances.mines(), people, Set.of(), Set.of());
        PlanOutcome o = solve(in);
        assertThat(o.assignments()).allSatisfy(a -> assertThat(a.commissionerIds()).doesNotContain(c.id()));
        assertThat(PlanChecker.check(in, List.of(new PlanOutcome.Assignment(4L, List.of(c.id()))), List.of())
                .violations()).extracting(Violation::ruleId).contains("MC-05");
    }

    @Test
    @DisplayName("MC-03 MC-04 the checker refuses one person on two underground mines and a person of another department")
    void checkerRefuses() {
        List<PlanCommissioner> people = PlannerInstances.people(1, 2);
        PlanCommissioner c = people.get(6);
        PlanningInput in = PlannerInstances.input(PlannerInstances.mines(), people, Set.of(), Set.of());
        assertThat(PlanChecker.check(in, List.of(new PlanOutcome.Assignment(4L, List.of(c.id())),
                new PlanOutcome.Assignment(8L, List.of(c.id()))), List.of()).violations()).isEmpty();
        assertThat(PlanChecker.check(in, List.of(new PlanOutcome.Assignment(4L, List.of(c.id())),
                new PlanOutcome.Assignment(1L, List.of(c.id()))), List.of()).violations())
                .extracting(Violation::ruleId).contains("MC-03");
        PlanMine other = new PlanMine(20, "矿20", MineKind.UNDERGROUND_NON_COAL, PlannerInstances.mine(4, MineKind.COAL, 0, null)
                .status(), 0, null, cn.anjian.mines.SupervisingLevel.CITY, 2, 35, 112);
        List<PlanMine> mines = new ArrayList<>(PlannerInstances.mines());
        mines.add(other);
        PlanningInput city = PlannerInstances.input(mines, people, Set.of(), Set.of());
        assertThat(PlanChecker.check(city, List.of(new PlanOutcome.Assignment(20L, List.of(c.id()))), List.of())
                .violations()).extracting(Violation::ruleId).containsExactly("MC-04");
    }

    @Test
    @DisplayName("MC-08 a group whose leader is not a member, or whose members are not its mines' commissioners, is refused")
    void groupStructure() {
        PlanningInput in = PlannerInstances.input(PlannerInstances.mines(), PlannerInstances.people(1, 8), Set.of(), Set.of());
        PlanOutcome o = solve(in);
        PlanOutcome.Group g = o.groups().get(0);
        PlanOutcome.Group badLeader = new PlanOutcome.Group(g.mineIds(), g.memberIds(), 999L, g.duties());
        assertThat(PlanChecker.check(in, o.assignments(), List.of(badLeader)).violations())
                .extracting(Violation::ruleId).containsExactly("MC-08");
        assertThat(PlanChecker.check(in, o.assignments(), List.of()).violations())
                .extracting(Violation::ruleId).contains("MC-08");
    }

    static Set<Pair> pairs(PlanningInput in, PlanOutcome o) {
        Set<Pair> out = new HashSet<>();
        o.assignments().forEach(a -> a.commissionerIds().forEach(c -> out.add(new Pair(c, a.mineId()))));
        return out;
    }
}
