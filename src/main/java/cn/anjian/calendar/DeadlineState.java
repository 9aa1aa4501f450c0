package cn.anjian.calendar;

/** CAL-06 states. A suspended deadline stays OPEN with its clock stopped (see {@link DeadlineView#suspended()}). */
public enum DeadlineState {
    OPEN("进行中"), MET("已完成"), OVERDUE("已逾期"), WAIVED("已豁免");

    private final String label;

    DeadlineState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
