package cn.anjian.settings;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The kinds of value a setting holds; the label is what the administrator page shows. */
@Getter
@RequiredArgsConstructor
public enum SettingType {
    INTEGER("整数"),
    DECIMAL("小数"),
    DURATION("时长"),
    BOOLEAN("是/否");

    private final String label;
}
