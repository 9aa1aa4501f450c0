package cn.anjian.mines.assessment;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MA-01: the three grades of the annual special assessment (art. 22). */
@Getter
@RequiredArgsConstructor
public enum Grade {
    EXCELLENT("优秀"),
    QUALIFIED("合格"),
    UNQUALIFIED("不合格");

    private final String label;
}
