package cn.anjian.workflow.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import cn.anjian.kernel.BusinessException;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregate's state machine without Spring: every refusal leaves the flow unchanged. */
class FlowAggregateTests {

    static final Instant T = Instant.parse("2024-09-23T02:00:00Z");

    static FlowStep step(String key, long agency, EnumSet<Decision> allowed) {
        return new FlowStep(key, key + "审批", "DIRECTOR", agency, "机构" + agency, agency, "/1/", FlowStep.encode(allowed),
                "TEST", null, null, FlowStep.WAITING, null, null, null);
    }

    static Flow flow() {
        return Flow.start("t", "测试", "s", "1", null, "标题", 1, "机构1", 7, "发起人", "/1/",
                List.of(step("a", 1, EnumSet.allOf(Decision.class)), step("b", 2, EnumSet.of(Decision.APPROVE, Decision.REJECT)),
                        step("c", 3, EnumSet.allOf(Decision.class))), T);
    }

    @Test
    @DisplayName("ORG-04 steps are decided strictly in order: only the current step is pending, the next becomes pending on approval")
    void inOrder() {
        Flow f = flow();
        assertThat(f.steps).extracting(FlowStep::state).containsExactly("PENDING", "WAITING", "WAITING");
        f.decide(Decision.APPROVE, null, 9, "甲", T);
        assertThat(f.steps).extracting(FlowStep::state).containsExactly("APPROVED", "PENDING", "WAITING");
        f.decide(Decision.APPROVE, "可", 9, "乙", T);
        f.decide(Decision.APPROVE, null, 9, "丙", T);
        assertThat(f.state).isEqualTo(FlowState.APPROVED);
        assertThat(f.finishedAt).isEqualTo(T);
        assertThatThrownBy(() -> f.decide(Decision.APPROVE, null, 9, "丁", T)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("已办结");
        assertThat(f.entries).hasSize(3);
    }

    @Test
    @DisplayName("refusals change nothing: missing decision, decision not allowed, reject/return without opinion")
    void refusals() {
        Flow f = flow();
        f.decide(Decision.APPROVE, null, 9, "甲", T);
        assertThatThrownBy(() -> f.decide(null, null, 9, "乙", T)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> f.decide(Decision.RETURN, "改", 9, "乙", T)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("退回修改");
        assertThatThrownBy(() -> f.decide(Decision.REJECT, null, 9, "乙", T)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("必须填写审批意见");
        assertThat(f.entries).hasSize(1);
        assertThat(f.currentStep).isEqualTo(1);
        f.decide(Decision.REJECT, "不同意", 9, "乙", T);
        assertThat(f.state).isEqualTo(FlowState.REJECTED);
        assertThat(f.steps).extracting(FlowStep::state).containsExactly("APPROVED", "REJECTED", "WAITING");
    }

    @Test
    @DisplayName("return then resubmit by the initiator only: a new round from the first step, history kept")
    void returnResubmit() {
        Flow f = flow();
        f.decide(Decision.RETURN, "补材料", 9, "甲", T);
        assertThat(f.state).isEqualTo(FlowState.RETURNED);
        assertThatThrownBy(() -> f.decide(Decision.APPROVE, null, 9, "甲", T)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> f.resubmit(8, "别人", null, T)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("发起人");
        f.resubmit(7, "发起人", "已补", T);
        assertThat(f.state).isEqualTo(FlowState.RUNNING);
        assertThat(f.round).isEqualTo(2);
        assertThat(f.currentStep).isZero();
        assertThat(f.steps).extracting(FlowStep::state).containsExactly("PENDING", "WAITING", "WAITING");
        assertThat(f.entries).extracting(FlowRecordEntry::decision).containsExactly("RETURN", null);
        assertThatThrownBy(() -> f.resubmit(7, "发起人", null, T)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("未被退回");
    }
}
