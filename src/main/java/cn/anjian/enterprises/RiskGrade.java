package cn.anjian.enterprises;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Safety risk grade, A (major risk, red) to D (low risk, blue), the four-colour grading of 安全风险分级管控; A is inspected most often. */
@Getter
@RequiredArgsConstructor
public enum RiskGrade implements Labels {
    A("A 级（重大风险）"),
    B("B 级（较大风险）"),
    C("C 级（一般风险）"),
    D("D 级（低风险）");

    private final String label;
}
