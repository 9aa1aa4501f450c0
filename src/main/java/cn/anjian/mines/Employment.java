package cn.anjian.mines;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MC-04: commissioners are in-budget staff or publicly recruited staff outside the establishment (art. 5). */
@Getter
@RequiredArgsConstructor
public enum Employment {
    IN_BUDGET("在编人员", true),
    PUBLIC_RECRUITED("公开招聘的编外人员", true),
    OTHER("其他人员", false);

    private final String label;
    private final boolean qualifies;
}
