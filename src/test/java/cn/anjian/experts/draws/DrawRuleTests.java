package cn.anjian.experts.draws;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.anjian.experts.draws.DrawRule.Candidate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DrawRuleTests {

    static List<Candidate> candidates(int n, int dispatchesOfEven) {
        List<Candidate> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(new Candidate(i, "专家" + i, i % 2 == 0 ? dispatchesOfEven : 0));
        }
        return list;
    }

    @Test
    @DisplayName("EXP-07 the same snapshot and seed give the same selection, whatever order the snapshot is stored in")
    void replayable() {
        List<Candidate> c = candidates(30, 0);
        List<Candidate> shuffled = new ArrayList<>(c);
        Collections.reverse(shuffled);
        for (long seed = 0; seed < 200; seed++) {
            assertThat(DrawRule.select(shuffled, seed, 5)).isEqualTo(DrawRule.select(c, seed, 5));
        }
    }

    @Test
    @DisplayName("EXP-07 the seed decides among equals: different seeds give different selections, every candidate can be drawn")
    void random() {
        List<Candidate> c = candidates(10, 0);
        Set<List<Candidate>> selections = new HashSet<>();
        Set<Long> drawn = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            List<Candidate> s = DrawRule.select(c, seed, 2);
            selections.add(s);
            s.forEach(x -> drawn.add(x.expertId()));
        }
        assertThat(selections.size()).isGreaterThan(20);
        assertThat(drawn).hasSize(10);
    }

    @Test
    @DisplayName("EXP-07 rotation: candidates with fewer dispatches in the window are drawn first, for every seed")
    void rotation() {
        List<Candidate> c = candidates(10, 2); // odd ids: 0 dispatches (5 of them), even ids: 2 dispatches
        for (long seed = 0; seed < 200; seed++) {
            assertThat(DrawRule.select(c, seed, 5)).extracting(Candidate::dispatches).containsOnly(0);
            List<Candidate> six = DrawRule.select(c, seed, 6);
            assertThat(six).extracting(Candidate::dispatches).containsExactly(0, 0, 0, 0, 0, 2);
        }
    }

    @Test
    @DisplayName("EXP-07 all candidates when the count equals them; more than there are is a programming error")
    void bounds() {
        List<Candidate> c = candidates(3, 1);
        assertThat(DrawRule.select(c, 7, 3)).hasSize(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DrawRule.select(c, 7, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("EXP-07 tiebreak: among equal dispatch counts the never dispatched come first, then the least recently dispatched")
    void tiebreak() {
        java.time.LocalDate d = java.time.LocalDate.of(2026, 6, 1);
        List<Candidate> c = List.of(
                new Candidate(1, "甲", 1, d.minusDays(10)),
                new Candidate(2, "乙", 1, d.minusDays(200)),
                new Candidate(3, "丙", 1, null),      // dispatched only before the window: never in the window, but dated
                new Candidate(4, "丁", 0, d.minusYears(2)),
                new Candidate(5, "戊", 0, null),
                new Candidate(6, "己", 1, d.minusDays(100)));
        for (long seed = 0; seed < 100; seed++) {
            assertThat(DrawRule.select(c, seed, 6)).extracting(Candidate::expertId).containsExactly(5L, 4L, 3L, 2L, 6L, 1L);
            assertThat(DrawRule.select(c, seed, 1)).extracting(Candidate::expertId).containsExactly(5L);
        }
    }

    @Test
    @DisplayName("EXP-07 a snapshot stored without last dispatch dates replays as before: the seed decides among equal counts")
    void oldSnapshotsReplayTheSame() {
        List<Candidate> old = candidates(12, 1);
        for (long seed = 0; seed < 100; seed++) {
            List<Candidate> s = DrawRule.select(old, seed, 8);
            // the rule of the old snapshots: the seeded shuffle, then a stable sort by the count alone
            List<Candidate> order = new ArrayList<>(old);
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            for (int i = order.size() - 1; i > 0; i--) {
                Collections.swap(order, i, random.nextInt(i + 1));
            }
            order.sort(java.util.Comparator.comparingInt(Candidate::dispatches));
            assertThat(s).isEqualTo(order.subList(0, 8));
        }
    }

    /** The selection as it was written before the primitive pick: a stable sort of the shuffled candidates by ROTATION. */
    static List<Candidate> sortedSelection(List<Candidate> candidates, long seed, int count) {
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(java.util.Comparator.comparingLong(Candidate::expertId));
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int i = order.size() - 1; i > 0; i--) {
            Collections.swap(order, i, random.nextInt(i + 1));
        }
        order.sort(DrawRule.ROTATION);
        return List.copyOf(order.subList(0, count));
    }

    @Test
    @DisplayName("EXP-07 the selection is exactly the first of the stable rotation sort, for random snapshots in any order, many ties, every count")
    void sameAsTheStableSort() {
        java.util.Random r = new java.util.Random(20261206);
        for (int round = 0; round < 300; round++) {
            int n = 1 + r.nextInt(round < 200 ? 40 : 1200);
            List<Candidate> c = new ArrayList<>();
            Set<Long> ids = new HashSet<>();
            while (c.size() < n) {
                long id = 1 + r.nextInt(5 * n + 10);
                if (ids.add(id)) {
                    c.add(new Candidate(id, "专家" + id, r.nextInt(3), r.nextInt(3) == 0 ? null : LocalDate.of(2026, 1, 1).minusDays(r.nextInt(20))));
                }
            }
            if (r.nextBoolean()) {
                Collections.shuffle(c, r);
            }
            long seed = r.nextLong(Draws.MAX_SEED + 1);
            int count = r.nextInt(Math.min(n, 20) + 1);
            assertThat(DrawRule.select(c, seed, count)).as("round %d", round).isEqualTo(sortedSelection(c, seed, count));
        }
    }
}
