package cn.anjian.experts.reviews;

import java.time.LocalDateTime;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.experts.pool.ExpertLevel;
import cn.anjian.experts.pool.ExpertRegistry;
import cn.anjian.experts.pool.NewExpert;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** EXP-06: the June review per unit, its deadline, verdicts, and removal on the bureau's approval. */
@IntegrationTest
class AnnualReviewTests {

    @Autowired AnnualReview review;
    @Autowired AnnualVerdictRepository verdicts;
    @Autowired ExpertRegistry registry;
    @Autowired Workflows workflows;
    @Autowired ActingUsers users;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("EXP-06 the review opens only in June; a unit reviews within its deadline; not qualified needs a reason and is removed on the bureau's approval")
    void annualReview() {
        Actor hr = users.actor("zz_hr").orElseThrow();
        Actor head = users.actor("zz_unithead").orElseThrow();
        Actor director = users.actor("zz_director").orElseThrow();
        clock.set(LocalDateTime.of(2027, 5, 31, 23, 59));
        assertThatThrownBy(() -> review.open(hr, 2027)).extracting("code").isEqualTo("EXP-06");
        clock.set(LocalDateTime.of(2027, 7, 1, 0, 0));
        assertThatThrownBy(() -> review.open(hr, 2027)).extracting("code").isEqualTo("EXP-06");

        clock.set(LocalDateTime.of(2027, 6, 1, 9, 0));
        List<Long> rounds = review.open(hr, 2027);
        assertThat(rounds).isNotEmpty();
        assertThat(review.open(hr, 2027)).isEmpty();
        long round = jdbc.sql("SELECT id FROM exp_annual_round WHERE year = 2027 AND unit_id = :u").param("u", head.unitId())
                .query(Long.class).single();
        long deadline = jdbc.sql("SELECT deadline_id FROM exp_annual_round WHERE id = :r").param("r", round).query(Long.class).single();

        long keep = registry.admit(hr, expert(1));
        long drop = registry.admit(hr, expert(2));
        assertThatThrownBy(() -> review.record(hr, round, keep, true, null)).extracting("code").isEqualTo("EXP-06-UNIT");
        assertThatThrownBy(() -> review.record(head, round, drop, false, " ")).extracting("code").isEqualTo("EXP-06-REASON");
        review.record(head, round, keep, true, null);
        long v = review.record(head, round, drop, false, "连续两次无正当理由拒绝派遣，不能胜任专家工作");
        assertThat(status(drop)).isEqualTo("ACTIVE");
        FlowId flow = new FlowId(verdicts.findById(v).orElseThrow().flowId);
        assertThatThrownBy(() -> workflows.decide(flow, head, Decision.APPROVE, "同意")).isNotNull();
        workflows.decide(flow, director, Decision.APPROVE, "同意清退");
        assertThat(status(drop)).isEqualTo("REMOVED");
        assertThat(status(keep)).isEqualTo("ACTIVE");

        review.complete(head, round);
        assertThat(jdbc.sql("SELECT state FROM cal_deadline WHERE id = :d").param("d", deadline).query(String.class).single())
                .isEqualTo("MET");
        assertThatThrownBy(() -> review.record(head, round, keep, true, null)).extracting("code").isEqualTo("EXP-06-CLOSED");
    }

    String status(long expert) {
        return jdbc.sql("SELECT status FROM exp_expert WHERE id = :e").param("e", expert).query(String.class).single();
    }

    static NewExpert expert(int n) {
        return new NewExpert("复审测试" + n, IdCardNumber.complete("14052519650101" + String.format("%03d", 900 + n)).value(),
                "13900004444", "高级工程师", ExpertLevel.SENIOR, "某研究院", null, "COAL", List.of("COAL_WATER"), null, null);
    }
}
