package cn.anjian.mines.planner;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.anjian.mines.Availability;
import cn.anjian.mines.Employment;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.SupervisingLevel;
import cn.anjian.mines.planner.PlanningInput.PlanCommissioner;
import cn.anjian.mines.planner.PlanningInput.PlanMine;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 performance: the province-scale synthetic instance (900 coal, 600 underground non-coal, 1,000 open pits of
 * which 400 ≥ 500 kt/yr, 250 independent ponds, 9,000 commissioners; {@code -Dbench.scale} shrinks it) over 11 cities
 * × 10 counties, mostly county-supervised; solved for each of {@code -Dbench.seconds} (default "60,300"), then judged
 * by the independent checker: hard violations, unstaffed mines and the soft score are printed.
 */
class MinePlannerBench {

    @Test
    void province() {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
        PlanningInput in = generate(scale, new Random(16));
        System.out.printf("instance: %d mines, %d commissioners%n", in.mines().size(), in.commissioners().size());
        for (String s : System.getProperty("bench.seconds", "60,300").split(",")) {
            Duration limit = Duration.ofSeconds(Long.parseLong(s.strip()));
            long t0 = System.nanoTime();
            PlanOutcome o = MinePlanner.solve(in, limit, limit);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            PlanChecker.Result r = PlanChecker.check(in, o.assignments(), o.groups());
            System.out.printf("limit %s s: %d ms, score %s, checker hard violations %d, unstaffed mines %d%n", s, ms,
                    o.score(), r.violations().size(), o.unstaffed().size());
        }
    }

    static PlanningInput generate(double scale, Random rnd) {
        List<PlanMine> mines = new ArrayList<>();
        long id = 1;
        int[][] kinds = {{900, 0}, {600, 1}, {400, 2}, {600, 3}, {250, 4}};
        for (int[] k : kinds) {
            for (int i = 0; i < Math.round(k[0] * scale); i++) {
                int city = rnd.nextInt(11);
                int county = rnd.nextInt(10);
                boolean cityLevel = rnd.nextInt(10) == 0;
                long dept = cityLevel ? 100 + city : 1000 + city * 10L + county;
                double lat = 35 + city * 0.5 + county * 0.05 + rnd.nextDouble() * 0.05;
                double lon = 111 + county * 0.3 + rnd.nextDouble() * 0.05;
                MineKind kind = switch (k[1]) {
                    case 0 -> MineKind.COAL;
                    case 1 -> MineKind.UNDERGROUND_NON_COAL;
                    case 2, 3 -> MineKind.OPEN_PIT_NON_COAL;
                    default -> MineKind.TAILINGS_POND;
                };
                long tonnes = k[1] == 2 ? 500_000 + rnd.nextInt(1_000_000) : k[1] == 3 ? rnd.nextInt(499_999) : 0;
                mines.add(new PlanMine(id++, "矿" + id, kind, ProductionStatus.PRODUCING, tonnes, null,
                        cityLevel ? SupervisingLevel.CITY : SupervisingLevel.COUNTY, dept, lat, lon));
            }
        }
        // commissioners per department in proportion to its places (×1.3), coal specialists by rotation
        List<PlanCommissioner> people = new ArrayList<>();
        int total = (int) Math.round(9_000 * scale);
        Specialty[] sp = Specialty.values();
        for (int i = 0; i < total; i++) {
            PlanMine near = mines.get(rnd.nextInt(mines.size()));
            people.add(new PlanCommissioner(100_000 + i, "专员" + i, near.level(), near.departmentId(),
                    Employment.IN_BUDGET, true, true, Availability.AVAILABLE, EnumSet.of(sp[i % sp.length]),
                    rnd.nextInt(3) == 0, near.lat() + rnd.nextGaussian() * 0.05, near.lon() + rnd.nextGaussian() * 0.05,
                    Set.of()));
        }
        return new PlanningInput(2027, LocalDate.of(2027, 1, 1), mines, people, Set.of(), Set.of(),
                PlanningInput.Staffing.regulationMinimum());
    }
}
