package cn.anjian.mines.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The plan's transitions: every allowed move and the refusals, before anything changes. */
class AssignmentPlanAggregateTests {

    static AssignmentPlan solved() {
        AssignmentPlan p = AssignmentPlan.start(5, "/1/5/", 2027, null, Instant.EPOCH, "officer");
        p.solved("{}", "[]", "0hard/0medium/-10soft", Set.of(new AssignmentPlan.Pair(1, 2)), Instant.EPOCH);
        return p;
    }

    @Test
    @DisplayName("MC-06 a plan that breaks a rule is not submitted for approval; a clean one goes to review, then approved")
    void submitAndApprove() {
        AssignmentPlan p = solved();
        assertThatThrownBy(() -> p.submitted(7, false)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("MC-09"));
        assertThat(p.status()).isEqualTo(PlanStatus.SOLVED);
        p.submitted(7, true);
        assertThat(p.status()).isEqualTo(PlanStatus.IN_REVIEW);
        assertThatThrownBy(() -> p.adjusted("{}", "[]", Set.of(), Map.of())).isInstanceOfSatisfying(
                BusinessException.class, e -> assertThat(e.code()).isEqualTo("MC-09-STATE"));
        p.decided(true, Instant.EPOCH);
        assertThat(p.status()).isEqualTo(PlanStatus.APPROVED);
        assertThatThrownBy(() -> p.decided(false, Instant.EPOCH)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("MC-06-STATE"));
    }

    @Test
    @DisplayName("MC-06 a returned plan can be adjusted and submitted again; a solving plan cannot be submitted")
    void returned() {
        AssignmentPlan p = solved();
        p.submitted(7, true);
        p.decided(false, Instant.EPOCH);
        assertThat(p.status()).isEqualTo(PlanStatus.RETURNED);
        p.adjusted("{}", "[]", Set.of(), Map.of("commissionerId", 1L));
        p.submitted(8, true);
        assertThat(p.status()).isEqualTo(PlanStatus.IN_REVIEW);
        AssignmentPlan fresh = AssignmentPlan.start(5, "/1/5/", 2027, null, Instant.EPOCH, "officer");
        assertThatThrownBy(() -> fresh.submitted(9, true)).isInstanceOf(BusinessException.class);
        assertThat(fresh.status()).isEqualTo(PlanStatus.SOLVING);
    }
}
