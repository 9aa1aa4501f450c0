package cn.anjian.enforcement.items;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** CASE-17: the circumstance (情节) of a violation a discretion benchmark gives a fine range for. */
@Getter
@RequiredArgsConstructor
public enum Circumstance {
    MINOR("轻微"),
    GENERAL("一般"),
    SERIOUS("较重"),
    GRAVE("严重");

    private final String label;
}
