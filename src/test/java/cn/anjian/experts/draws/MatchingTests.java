package cn.anjian.experts.draws;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.anjian.experts.draws.DrawRule.Candidate;
import cn.anjian.experts.draws.DrawView.Exclusion;
import cn.anjian.experts.pool.ExpertLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The prepared matching a draw reuses gives exactly what the rule and the snapshot give for the same candidates. */
class MatchingTests {

    @Test
    @DisplayName("EXP-07/08 split, selection, packed snapshot and hash of a prepared matching equal the plain rule's and store's")
    void sameAsTheRuleAndTheSnapshot() {
        Random r = new Random(20261207);
        LocalDate day = LocalDate.of(2026, 12, 7);
        for (int round = 0; round < 400; round++) {
            int n = r.nextInt(round < 300 ? 40 : 1500);
            List<Avoidance.Matched> matched = new ArrayList<>();
            long id = round % 7 == 0 ? -50 : 0; // negative ids too: the packed deltas and the text's signs
            for (int i = 0; i < n; i++) {
                id += 1 + r.nextInt(round % 5 == 0 ? 1_000_000 : 4);
                LocalDate last = r.nextInt(3) == 0 ? null
                        : round % 11 == 0 ? LocalDate.of(-3 + r.nextInt(20000), 1, 1) : day.minusDays(r.nextInt(800) - 5);
                matched.add(new Avoidance.Matched(id, "专家" + id, r.nextInt(4), last, null, null));
            }
            Map<Long, String> reasons = new HashMap<>();
            int kind = r.nextInt(4); // none, a few, runs, all but a few
            for (int i = 0; i < n; i++) {
                boolean out = switch (kind) {
                    case 0 -> false;
                    case 1 -> r.nextInt(40) == 0;
                    case 2 -> (i / 7) % 3 == 0;
                    default -> r.nextInt(10) != 0;
                };
                if (out) {
                    reasons.put(matched.get(i).expertId(), "回避" + i);
                }
            }
            Matching m = new Matching(matched, day);
            Matching.Split split = m.split(reasons);
            List<Candidate> eligible = new ArrayList<>();
            List<Exclusion> excluded = new ArrayList<>();
            for (Avoidance.Matched x : matched) {
                String why = reasons.get(x.expertId());
                if (why == null) {
                    eligible.add(new Candidate(x.expertId(), x.name(), x.dispatches(), x.lastDispatched()));
                } else {
                    excluded.add(new Exclusion(x.expertId(), x.name(), why));
                }
            }
            List<Candidate> prepared = m.candidates(split.eligible());
            assertThat(prepared).as("round %d", round).isEqualTo(eligible);
            assertThat(split.excluded()).as("round %d", round).isEqualTo(excluded);
            DrawSnapshot.Stored expected = DrawSnapshot.store(eligible, day);
            DrawSnapshot.Stored stored = m.store(split.eligible());
            assertThat(stored.pack()).as("round %d", round).isEqualTo(expected.pack());
            assertThat(stored.hash()).as("round %d", round).isEqualTo(expected.hash()).isEqualTo(DrawSnapshot.hash(eligible));
            for (int s = 0; s < 3; s++) {
                long seed = r.nextLong(Draws.MAX_SEED + 1);
                int count = r.nextInt(Math.min(eligible.size(), 20) + 1);
                assertThat(m.select(split.eligible(), seed, count)).as("round %d seed %d", round, seed)
                        .isEqualTo(DrawRule.select(eligible, seed, count));
            }
        }
    }

    @Test
    @DisplayName("EXP-07 a copy prepares a matching once per filters and day, with the same experts as its plain matching")
    void preparedPerFilterAndDay() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        int[] days = {(int) day.minusDays(400).toEpochDay(), (int) day.minusDays(3).toEpochDay(), (int) day.plusDays(1).toEpochDay()};
        LocalDate[] dates = {day.minusDays(400), day.minusDays(3), day.plusDays(1)};
        List<PoolCopy.Expert> coal = List.of(
                new PoolCopy.Expert(1, "甲", "SENIOR", null, null, Set.of("GAS"), days, dates),
                new PoolCopy.Expert(5, "乙", "INTERMEDIATE", null, null, Set.of(), new int[0], new LocalDate[0]),
                new PoolCopy.Expert(9, "丙", "SENIOR", null, null, Set.of("GAS", "VENT"), new int[0], new LocalDate[0]));
        PoolCopy copy = new PoolCopy(Map.of("COAL", coal), Map.of());
        PoolCopy.Filter all = new PoolCopy.Filter("COAL", null, null, day.minusMonths(12), day);
        Matching m = copy.prepared(all);
        assertThat(copy.prepared(new PoolCopy.Filter("COAL", null, null, day.minusMonths(12), day))).isSameAs(m);
        assertThat(m.matched()).isEqualTo(copy.matching("COAL", null, null, day.minusMonths(12), day));
        assertThat(m.matched()).extracting(Avoidance.Matched::dispatches).containsExactly(1, 0, 0);
        PoolCopy.Filter tomorrow = new PoolCopy.Filter("COAL", null, null, day.plusDays(1).minusMonths(12), day.plusDays(1));
        assertThat(copy.prepared(tomorrow)).isNotSameAs(m);
        assertThat(copy.prepared(tomorrow).matched()).extracting(Avoidance.Matched::dispatches).containsExactly(2, 0, 0);
        PoolCopy.Filter gas = new PoolCopy.Filter("COAL", "GAS", ExpertLevel.SENIOR, day.minusMonths(12), day);
        assertThat(copy.prepared(gas).matched()).isEqualTo(copy.matching("COAL", "GAS", ExpertLevel.SENIOR, day.minusMonths(12), day));
        for (int i = 0; i < PoolCopy.PREPARED + 5; i++) { // bounded: old keys are dropped and made again when asked
            copy.prepared(new PoolCopy.Filter("COAL", null, null, day.minusDays(i).minusMonths(12), day.minusDays(i)));
        }
        assertThat(copy.prepared(all).matched()).isEqualTo(m.matched());
    }
}
