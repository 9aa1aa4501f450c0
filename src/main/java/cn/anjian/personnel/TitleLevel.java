package cn.anjian.personnel;

/** Professional title level (职称级别). */
public enum TitleLevel {
    JUNIOR("初级"), MID("中级"), ASSOCIATE_SENIOR("副高级"), SENIOR("正高级");

    private final String label;

    TitleLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(TitleLevel other) {
        return ordinal() >= other.ordinal();
    }
}
