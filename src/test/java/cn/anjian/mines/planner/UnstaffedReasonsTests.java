package cn.anjian.mines.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.anjian.mines.planner.PlanningInput.Pair;
import cn.anjian.mines.planner.PlanningInput.PlanCommissioner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MC-09: the reasons a mine stayed short are computed from the data, never from how far the solver got. */
class UnstaffedReasonsTests {

    static List<PlanCommissioner> certified(List<PlanCommissioner> people, int holders) {
        List<PlanCommissioner> out = new ArrayList<>();
        for (PlanCommissioner c : people) {
            out.add(new PlanCommissioner(c.id(), c.name(), c.level(), c.departmentId(), c.employment(), true, true,
                    c.availability(), c.specialties(), out.size() < holders, c.lat(), c.lon(), c.conflictMineIds()));
        }
        return out;
    }

    static Map<Long, String> reasons(PlanOutcome o) {
        return o.unstaffed().stream().collect(Collectors.toMap(PlanOutcome.Unstaffed::mineId, PlanOutcome.Unstaffed::reason));
    }

    @Test
    @DisplayName("MC-09 MC-08 a coal group short of certificate holders is told so with the numbers; two holders are enough")
    void certificateHolders() {
        PlanningInput none = PlannerInstances.input(PlannerInstances.mines(),
                certified(PlannerInstances.people(1, 8), 0), Set.of(), Set.of());
        PlanOutcome o = MinePlannerTests.solve(none);
        assertThat(reasons(o)).containsOnlyKeys(1L, 2L, 3L).allSatisfy((mine, reason) -> assertThat(reason)
                .contains("持有行政执法证的可派驻监管员不足（1个煤矿监管组需2人，符合条件的仅0人）")
                .doesNotContain(UnstaffedReasons.NOT_FOUND));

        PlanningInput one = PlannerInstances.input(PlannerInstances.mines(),
                certified(PlannerInstances.people(1, 8), 1), Set.of(), Set.of());
        assertThat(reasons(MinePlanner.outcome(one, MinePlanner.problem(one))).get(1L))
                .contains("持有行政执法证的可派驻监管员不足（1个煤矿监管组需2人，符合条件的仅1人）");
        PlanningInput two = PlannerInstances.input(PlannerInstances.mines(),
                certified(PlannerInstances.people(1, 8), 2), Set.of(), Set.of());
        assertThat(reasons(MinePlanner.outcome(two, MinePlanner.problem(two))).get(1L))
                .doesNotContain("持有行政执法证");
    }

    @Test
    @DisplayName("MC-09 a feasible county left unstaffed because the solver stopped on its time limit is told so, not 'too few people'")
    void stoppedEarly() {
        PlanningInput in = PlannerInstances.input(PlannerInstances.mines(), PlannerInstances.people(1, 8), Set.of(), Set.of());
        // the solver stopped before it assigned anyone: what a time limit reached during construction leaves
        PlanOutcome unsolved = MinePlanner.outcome(in, MinePlanner.problem(in));
        assertThat(unsolved.unstaffed()).isNotEmpty().allSatisfy(u -> {
            assertThat(u.reason()).startsWith(UnstaffedReasons.NOT_FOUND).contains("延长计算时间");
            assertThat(u.notFoundInTime()).isTrue();
        });
        PlanOutcome tiny = MinePlanner.solve(in, Duration.ofMillis(1), Duration.ofMillis(1));
        assertThat(tiny.unstaffed()).allSatisfy(u -> assertThat(u.notFoundInTime()).isTrue());
        assertThat(MinePlannerTests.solve(in).unstaffed()).as("with time enough the same county is fully staffed").isEmpty();
    }

    @Test
    @DisplayName("MC-09 MC-02 too few eligible commissioners at the level: the reason says how many are needed and how many exist")
    void tooFew() {
        PlanningInput in = PlannerInstances.input(PlannerInstances.mines(), PlannerInstances.people(1, 1), Set.of(), Set.of());
        assertThat(reasons(MinePlanner.outcome(in, MinePlanner.problem(in))).get(4L))
                .contains("县级可派驻监管员不足（本级地下开采矿山（含煤矿监管组）需8人，符合条件的仅7人）");
        PlanningInput enough = PlannerInstances.input(PlannerInstances.mines(), PlannerInstances.people(1, 2), Set.of(), Set.of());
        assertThat(reasons(MinePlanner.outcome(enough, MinePlanner.problem(enough))).get(4L))
                .doesNotContain("可派驻监管员不足");
    }

    @Test
    @DisplayName("MC-09 MC-05 MC-07 a mine whose commissioners must all avoid it or rotate off it names both counts")
    void avoidanceAndRotation() {
        List<PlanCommissioner> people = new ArrayList<>();
        for (PlanCommissioner c : PlannerInstances.people(1, 8)) {
            boolean conflicted = people.size() < 9;
            people.add(new PlanCommissioner(c.id(), c.name(), c.level(), c.departmentId(), c.employment(), true, true,
                    c.availability(), c.specialties(), c.certified(), c.lat(), c.lon(),
                    conflicted ? Set.of(4L) : Set.of()));
        }
        Set<Pair> previous = Set.of(new Pair(people.get(9).id(), 4L), new Pair(people.get(10).id(), 4L),
                new Pair(people.get(11).id(), 4L), new Pair(people.get(12).id(), 4L));
        PlanningInput in = PlannerInstances.input(PlannerInstances.mines(), people, previous, Set.of());
        assertThat(reasons(MinePlanner.outcome(in, MinePlanner.problem(in))).get(4L))
                .contains("可派驻该矿的监管专员不足（需2人，可派驻的仅1人；9人须回避；4人上一年度已派驻该矿、须轮换且无延期批准）");
        PlanningInput excepted = PlannerInstances.input(PlannerInstances.mines(), people, previous,
                Set.of(new Pair(people.get(9).id(), 4L)));
        assertThat(reasons(MinePlanner.outcome(excepted, MinePlanner.problem(excepted))).get(4L))
                .as("an approved exception lets one stay: two may now take the mine").doesNotContain("可派驻该矿的监管专员不足");
    }
}
