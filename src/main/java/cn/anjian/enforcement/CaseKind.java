package cn.anjian.enforcement;

/** CASE-01: the four kinds of enforcement case. */
public enum CaseKind {
    INSPECTION("行政检查"),
    PENALTY("行政处罚"),
    COERCIVE("行政强制"),
    LICENCE("行政许可");

    private final String label;

    CaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
