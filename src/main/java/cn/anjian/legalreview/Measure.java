package cn.anjian.legalreview;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * LR-02: the categories of art. 6 that make a decision major, besides the fine/confiscation thresholds.
 * Each is a setting (on by default), so a category can be dropped or restored from a date (art. 6 last para.).
 */
@Getter
@RequiredArgsConstructor
public enum Measure {
    SUSPEND_PRODUCTION(Kind.PENALTY, "责令停产停业整顿、责令停产停业", "（二）1"),
    REVOKE_LICENCE(Kind.PENALTY, "吊销有关许可证", "（二）2"),
    REVOKE_QUALIFICATION(Kind.PENALTY, "撤销有关执业资格、岗位证书", "（二）2"),
    CORRECT_EFFECTIVE_PENALTY(Kind.PENALTY, "对发生法律效力的行政处罚决定进行纠正", "（二）4"),
    COMPENSATION_DECISION(Kind.PENALTY, "作出行政赔偿或者不予行政赔偿决定", "（二）5"),
    COMPLEX_CASE(Kind.PENALTY, "案件情况疑难复杂，涉及多个法律关系", "（二）6"),
    PROPOSE_CLOSURE(Kind.PENALTY, "拟提请政府实施关闭", "（二）7"),
    OTHER_MAJOR(Kind.PENALTY, "其他重大、复杂的行政处罚决定", "（二）8"),
    SEAL_OR_SEIZE_GOODS(Kind.COERCIVE, "查封、扣押不符合标准的设施、设备、器材或违法的危险物品", "（三）1"),
    SEAL_PREMISES(Kind.COERCIVE, "查封违法生产、储存、使用、经营危险物品的作业场所", "（三）2"),
    POWER_CUT(Kind.COERCIVE, "通知有关部门、单位强制停止供电", "（三）3"),
    COURT_ENFORCEMENT(Kind.COERCIVE, "申请人民法院强制执行", "（三）4"),
    LICENCE_PUBLIC_INTEREST(Kind.LICENCE, "涉及国家和社会公共利益，可能造成重大社会影响或引发社会风险的行政许可", "（一）1"),
    LICENCE_HEARING(Kind.LICENCE, "法律、法规、规章规定涉及听证事项的行政许可", "（一）2");

    /** The kind of enforcement act a classification is asked about. */
    @Getter
    @RequiredArgsConstructor
    public enum Kind {
        PENALTY("行政处罚"), COERCIVE("行政强制"), LICENCE("行政许可");

        private final String label;
    }

    private final Kind kind;
    private final String label;
    private final String item;

    /** The item of art. 6, e.g. "（二）1". */
}
