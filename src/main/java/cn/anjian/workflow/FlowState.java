package cn.anjian.workflow;

/** RUNNING: a step waits for its decider; RETURNED: waits for the initiator to resubmit; then APPROVED or REJECTED. */
public enum FlowState {
    RUNNING("审批中"), RETURNED("退回修改"), APPROVED("已批准"), REJECTED("未批准");

    private final String label;

    FlowState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this == APPROVED || this == REJECTED;
    }
}
