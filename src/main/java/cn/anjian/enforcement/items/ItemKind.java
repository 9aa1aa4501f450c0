package cn.anjian.enforcement.items;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** CASE-17: the kind of power an enforcement item (执法事项) exercises. */
@Getter
@RequiredArgsConstructor
public enum ItemKind {
    PENALTY("行政处罚"),
    INSPECTION("行政检查"),
    COERCION("行政强制"),
    LICENCE("行政许可");

    private final String label;
}
