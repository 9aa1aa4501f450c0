package cn.anjian.publicity.decisions;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The fixed lists of decision disclosure (PUB-04, PUB-05, PUB-07, PUB-08, PUB-11). */
final class EntryEnums {

    private EntryEnums() {
    }

    /**
     * PUB-04: what kind of result, with the names its fields go by (001 公示 art. 9): party/target, facts/problems, basis,
     * decision/measures/item, result/validity, the date.
     */
    @Getter
    @RequiredArgsConstructor
    enum Kind {
        LICENCE("行政许可结果", "被许可单位", null, "许可依据", "许可事项及类别", "有效期限", "许可日期"),
        PENALTY("行政处罚结果", "当事人", "违法事实和证据", "处罚依据", "处罚决定", null, "决定日期"),
        COERCIVE("行政强制结果", "当事人", null, "依据", "强制措施决定", "执行结果", "决定日期"),
        INSPECTION("监督检查结果", "检查对象", "发现的问题", "检查依据", "检查事项及采取的措施", null, "检查日期");

        private final String label;
        private final String partyLabel;
        private final String factsLabel;
        private final String basisLabel;
        private final String decisionLabel;
        private final String resultLabel;
        private final String dateLabel;
    }

    @Getter
    @RequiredArgsConstructor
    enum Status {
        DRAFT("待报送"), IN_REVIEW("审核中"), PUBLISHED("已公示"), REVISION_REVIEW("更正审核中"), WITHDRAWAL_REVIEW("撤下审批中"),
        EXEMPTED("免予公开"), WITHDRAWN("已撤下（存档）");

        private final String label;
    }

    /** PUB-08: how a published decision changed. */
    @Getter
    @RequiredArgsConstructor
    enum RevisionKind {
        REVOKED("撤销"), CHANGED("变更"), RESCINDED("撤回（确认无效）"), CONFIRMED_ILLEGAL("确认违法");

        private final String label;
    }
}
