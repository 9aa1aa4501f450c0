package cn.anjian.enforcement.draws;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import java.util.stream.LongStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The draw algorithm on its own: plain JUnit, no Spring. */
class DrawAlgorithmTests {

    static final List<Long> TARGETS = LongStream.rangeClosed(101, 130).boxed().toList();
    static final List<Long> OFFICERS = LongStream.rangeClosed(1, 8).boxed().toList();
    static final BiPredicate<Long, Long> NONE = (e, p) -> false;

    @Test
    @DisplayName("CASE-06 the same seed and pools give exactly the same targets and officers")
    void reproducible() {
        for (long seed : new long[] {0L, 1L, -7L, Long.MAX_VALUE, 0x5eed_cafe_f00dL}) {
            List<DrawAlgorithm.Match> a = DrawAlgorithm.run(seed, TARGETS, 10, OFFICERS, 2, NONE);
            List<DrawAlgorithm.Match> b = DrawAlgorithm.run(seed, List.copyOf(TARGETS), 10, List.copyOf(OFFICERS), 2, NONE);
            assertThat(b).isEqualTo(a);
        }
    }

    @Test
    @DisplayName("CASE-06 a different seed gives (almost surely) a different result")
    void differentSeed() {
        List<DrawAlgorithm.Match> a = DrawAlgorithm.run(42L, TARGETS, 10, OFFICERS, 2, NONE);
        int differing = 0;
        for (long seed = 43; seed < 63; seed++) {
            if (!DrawAlgorithm.run(seed, TARGETS, 10, OFFICERS, 2, NONE).equals(a)) {
                differing++;
            }
        }
        // 30 choose 10 ordered draws: a repeat among 20 seeds has a probability far below 1e-9
        assertThat(differing).isEqualTo(20);
    }

    @Test
    @DisplayName("CASE-06 drawn targets are distinct members of the pool and each gets distinct officers from the pool")
    void wellFormed() {
        List<DrawAlgorithm.Match> r = DrawAlgorithm.run(9L, TARGETS, 30, OFFICERS, 3, NONE);
        assertThat(r).hasSize(30);
        assertThat(r.stream().map(DrawAlgorithm.Match::targetPos).distinct().count()).isEqualTo(30);
        for (DrawAlgorithm.Match m : r) {
            assertThat(m.officerPos()).hasSize(3).doesNotHaveDuplicates().allMatch(o -> o >= 0 && o < OFFICERS.size());
        }
    }

    @Test
    @DisplayName("CASE-06 avoidance: a conflicted officer is never matched to that target")
    void avoidance() {
        // officer 1 conflicted with every even enterprise, officer 2 with every target
        BiPredicate<Long, Long> conflicted = (e, p) -> p == 2 || (p == 1 && e % 2 == 0);
        for (long seed = 0; seed < 200; seed++) {
            for (DrawAlgorithm.Match m : DrawAlgorithm.run(seed, TARGETS, 12, OFFICERS, 2, conflicted)) {
                long enterprise = TARGETS.get(m.targetPos());
                for (int o : m.officerPos()) {
                    assertThat(conflicted.test(enterprise, OFFICERS.get(o))).isFalse();
                }
            }
        }
    }

    @Test
    @DisplayName("CASE-06 OFF-03 every drawn target gets at least two eligible officers, or is reported unstaffed with none")
    void staffedOrReported() {
        List<Long> officers = List.of(1L, 2L, 3L);
        // enterprise 101: two officers conflicted → one left → unstaffed; 102: one conflicted → two left → staffed
        BiPredicate<Long, Long> conflicted = (e, p) -> (e == 101 && p <= 2) || (e == 102 && p == 3);
        List<DrawAlgorithm.Match> r = DrawAlgorithm.run(5L, List.of(101L, 102L, 103L), 3, officers, 2, conflicted);
        for (DrawAlgorithm.Match m : r) {
            long e = List.of(101L, 102L, 103L).get(m.targetPos());
            if (e == 101) {
                assertThat(m.staffed()).isFalse();
                assertThat(m.officerPos()).isEmpty();
            } else {
                assertThat(m.officerPos()).hasSizeGreaterThanOrEqualTo(2);
            }
        }
        assertThat(r.stream().filter(m -> !m.staffed()).count()).isEqualTo(1);
    }

    @Test
    @DisplayName("CASE-06 uniformity sanity: each target is drawn about k/n of the time, each officer about evenly")
    void uniform() {
        int n = 10;
        int k = 3;
        int runs = 20_000;
        List<Long> pool = LongStream.range(0, n).boxed().toList();
        int[] targetHits = new int[n];
        int[] officerHits = new int[OFFICERS.size()];
        SplittableRandom seeds = new SplittableRandom(2026);
        for (int i = 0; i < runs; i++) {
            for (DrawAlgorithm.Match m : DrawAlgorithm.run(seeds.nextLong(), pool, k, OFFICERS, 2, NONE)) {
                targetHits[m.targetPos()]++;
                m.officerPos().forEach(o -> officerHits[o]++);
            }
        }
        double expected = runs * (double) k / n; // 6000; binomial sd ≈ 65
        for (int h : targetHits) {
            assertThat(Math.abs(h - expected)).isLessThan(expected * 0.06);
        }
        double perOfficer = runs * k * 2.0 / OFFICERS.size();
        for (int h : officerHits) {
            assertThat(Math.abs(h - perOfficer)).isLessThan(perOfficer * 0.06);
        }
        // the first-drawn position is uniform too (order matters for the published rank)
        Set<Integer> firsts = new HashSet<>();
        for (long s = 0; s < 500; s++) {
            firsts.add(DrawAlgorithm.run(s, pool, k, OFFICERS, 2, NONE).get(0).targetPos());
        }
        assertThat(firsts).hasSize(n);
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> DrawAlgorithm.run(1L, TARGETS, 31, OFFICERS, 2, NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DrawAlgorithm.run(1L, TARGETS, 0, OFFICERS, 2, NONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
