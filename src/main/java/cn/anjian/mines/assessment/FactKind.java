package cn.anjian.mines.assessment;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The facts the assessment reads besides the work records (issue 18 item 1). */
@Getter
@RequiredArgsConstructor
public enum FactKind {
    ACCIDENT("矿山生产安全事故"),
    INTEGRITY("违反廉洁自律规定"),
    TASK("交办监管任务");

    private final String label;
}
