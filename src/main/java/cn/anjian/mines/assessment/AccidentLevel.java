package cn.anjian.mines.assessment;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The level of a production-safety accident (《生产安全事故报告和调查处理条例》第三条). */
@Getter
@RequiredArgsConstructor
public enum AccidentLevel {
    ORDINARY("一般事故", false),
    LARGER("较大事故", true),
    MAJOR("重大事故", true),
    EXTRAORDINARY("特别重大事故", true);

    private final String label;
    /** MA-03: "较大及以上". */
    private final boolean largerOrAbove;
}
