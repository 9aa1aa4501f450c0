package cn.anjian.workflow;

/** How a flow ended. */
public enum Outcome {
    APPROVED("已批准"), REJECTED("未批准");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
