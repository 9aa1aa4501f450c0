package cn.anjian.recording;

/** REC-04: where the reason for a missing AV record stands; only an ACCEPTED one clears the REC-03 flag. */
public enum ExemptionStatus {
    PENDING("待科室负责人批准"),
    ACCEPTED("已认可"),
    REJECTED("未获批准");

    private final String label;

    ExemptionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
