package cn.anjian.personnel.officers;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

@Getter
@RequiredArgsConstructor
public enum ExamResult {
    PASSED("合格"), FAILED("不合格"), NONE("未考试");

    private final String label;
}
