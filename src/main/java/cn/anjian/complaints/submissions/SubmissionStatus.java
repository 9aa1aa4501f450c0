package cn.anjian.complaints.submissions;

enum SubmissionStatus {
    SUBMITTED("待受理"), ACCEPTED("办理中"), ANSWERED("已答复");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static SubmissionStatus parseOrNull(String v) {
        return cn.anjian.kernel.Params.choice(SubmissionStatus.class, "状态", v, SubmissionStatus::label);
    }
}
