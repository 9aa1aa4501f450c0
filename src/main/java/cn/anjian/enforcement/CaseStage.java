package cn.anjian.enforcement;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** CASE-03: the stages of a case, in order. Every transition is recorded with actor and time. */
@Getter
@RequiredArgsConstructor
public enum CaseStage {
    INITIATION("程序启动"),
    INVESTIGATION("调查取证"),
    DECISION("审查决定"),
    SERVICE("送达"),
    EXECUTION("执行"),
    CLOSURE("结案"),
    ARCHIVED("归档");

    private final String label;

    /** The stage after this one, or null for ARCHIVED. */
    public CaseStage next() {
        return this == ARCHIVED ? null : values()[ordinal() + 1];
    }
}
