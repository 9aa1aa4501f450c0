package cn.anjian.experts.draws;

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
}
