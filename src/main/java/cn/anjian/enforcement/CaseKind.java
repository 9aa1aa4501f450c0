package cn.anjian.enforcement;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** CASE-01: the four kinds of enforcement case. */
@Getter
@RequiredArgsConstructor
public enum CaseKind {
    INSPECTION("行政检查"),
    PENALTY("行政处罚"),
    COERCIVE("行政强制"),
    LICENCE("行政许可");

    private final String label;
}
