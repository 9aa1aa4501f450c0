package cn.anjian.personnel.officers;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Kinds of officer training (001 第三条: 岗前、每年轮训、公共法律知识; 003 §7: 每 3 年定期轮训不少于两周). */
@Getter
@RequiredArgsConstructor
public enum TrainingKind {
    PRE_JOB("岗前培训"), REFRESHER("年度轮训"), ROTATION("定期轮训"), PUBLIC_LAW("公共法律知识");

    private final String label;

    /** Whether the hours count towards the yearly 24 class hours (OFF-02: 每年轮训课时). */
    public boolean countsForYear() {
        return this == REFRESHER || this == ROTATION;
    }
}
