package cn.anjian.workflow;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** RUNNING: a step waits for its decider; RETURNED: waits for the initiator to resubmit; then APPROVED or REJECTED. */
@Getter
@RequiredArgsConstructor
public enum FlowState {
    RUNNING("审批中"), RETURNED("退回修改"), APPROVED("已批准"), REJECTED("未批准");

    private final String label;

    public boolean finished() {
        return this == APPROVED || this == REJECTED;
    }
}
