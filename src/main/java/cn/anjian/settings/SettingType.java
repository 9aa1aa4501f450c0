package cn.anjian.settings;

/** The kinds of value a setting holds; the label is what the administrator page shows. */
public enum SettingType {
    INTEGER("整数"),
    DECIMAL("小数"),
    DURATION("时长"),
    BOOLEAN("是/否");

    private final String label;

    SettingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
