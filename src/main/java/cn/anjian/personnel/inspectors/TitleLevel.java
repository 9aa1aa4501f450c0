package cn.anjian.personnel.inspectors;

/** Professional title level (职称), same codes as per_person_title.level. */
public enum TitleLevel {
    NONE("无"), JUNIOR("初级"), MID("中级"), ASSOCIATE_SENIOR("副高级"), SENIOR("正高级");

    private final String label;

    TitleLevel(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    boolean midOrHigher() {
        return ordinal() >= MID.ordinal();
    }
}
