package cn.anjian.enforcement.plans;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.BusinessException;

/**
 * CASE-10 (分类分级执法): the fewest inspections a year the plan sets for an enterprise of each risk grade;
 * 0 means no fixed frequency (the grade is covered by double-random draws only).
 */
record GradeFrequencies(int a, int b, int c, int d) {

    static final int MAX = 52;

    GradeFrequencies {
        Map<String, String> bad = new LinkedHashMap<>();
        check(bad, RiskGrade.A, a);
        check(bad, RiskGrade.B, b);
        check(bad, RiskGrade.C, c);
        check(bad, RiskGrade.D, d);
        if (!bad.isEmpty()) {
            throw BusinessException.badInput("PLAN-FREQUENCY", String.join("；", bad.values()));
        }
    }

    private static void check(Map<String, String> bad, RiskGrade grade, int value) {
        if (value < 0 || value > MAX) {
            bad.put(grade.name(), grade.label() + "的年度检查频次须为 0 到 " + MAX + " 之间的整数");
        }
    }

    public int of(RiskGrade grade) {
        return switch (grade) {
            case A -> a;
            case B -> b;
            case C -> c;
            case D -> d;
        };
    }

    Map<String, Object> asMap() {
        return Map.of("A", a, "B", b, "C", c, "D", d);
    }
}
