package cn.anjian.personnel.inspectors;

/** TI-01: a hiring plan's approval state. */
enum PlanStatus {
    DRAFT("草拟"), SUBMITTED("审批中"), APPROVED("已批准"), REJECTED("未批准");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
