package cn.anjian.reporting;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The parts of the statistical table in the order of 执法情况统计分析制度 第五条 (STAT-01..STAT-08). */
@Getter
@RequiredArgsConstructor
public enum StatGroup {
    TRAINING("法制学习、培训"),
    PUBLICITY("普法宣传"),
    NORMATIVE_DOCUMENTS("规范性文件"),
    CERTIFICATES("执法证件"),
    COMPLAINTS("行政执法投诉举报"),
    INSPECTIONS("执法检查"),
    PENALTIES("行政处罚"),
    COERCION("行政强制");

    private final String label;
}
