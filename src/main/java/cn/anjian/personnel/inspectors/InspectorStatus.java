package cn.anjian.personnel.inspectors;

/** TI-07..TI-17: where an inspector's appointment stands. */
enum InspectorStatus {
    ACTIVE("在聘"), DISMISSED("已解聘"), ENDED("聘期结束");

    private final String label;

    InspectorStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
