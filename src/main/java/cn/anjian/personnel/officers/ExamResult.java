package cn.anjian.personnel.officers;

public enum ExamResult {
    PASSED("合格"), FAILED("不合格"), NONE("未考试");

    private final String label;

    ExamResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
