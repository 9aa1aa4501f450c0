package cn.anjian.personnel.officers;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * Kinds of officer training (001 第三条: 岗前培训、持证培训（公共法律知识和职业素养）、继续教育（每年轮训、公共法律知识更新培训考试）;
 * 003 §7: 每 3 年定期轮训不少于两周). The exam of a training is the one 001 第四条 names for it.
 */
@Getter
@RequiredArgsConstructor
public enum TrainingKind {
    PRE_JOB("岗前培训", "安全生产法律知识考核"),
    REFRESHER("年度轮训", null),
    ROTATION("定期轮训", null),
    PUBLIC_LAW("公共法律知识和职业素养培训", "山西省行政执法统一考试"),
    LAW_UPDATE("公共法律知识更新培训", "公共法律知识更新考试");

    private final String label;
    /** The exam taken after this training (null: none). */
    private final String exam;

    /** Whether the hours count towards the yearly 24 class hours (OFF-02: 每年轮训课时). */
    public boolean countsForYear() {
        return this == REFRESHER || this == ROTATION;
    }
}
