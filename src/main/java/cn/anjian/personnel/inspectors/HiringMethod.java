package cn.anjian.personnel.inspectors;

/** 000 art. 10–13: open recruitment by exam (written + interview) or by assessment (interview + inspection). */
public enum HiringMethod {
    EXAM("考试（笔试+面试）"),
    ASSESSMENT("考核（面试+考察）"),
    EXAM_AND_ASSESSMENT("考试与考核并用");

    private final String label;

    HiringMethod(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    boolean usesExam() {
        return this != ASSESSMENT;
    }
}
