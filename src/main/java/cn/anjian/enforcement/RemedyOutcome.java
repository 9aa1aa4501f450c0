package cn.anjian.enforcement;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** CASE-15 / STAT-07: how a reconsideration or a lawsuit against a case decision ended. */
@Getter
@RequiredArgsConstructor
public enum RemedyOutcome {
    UPHELD("维持", false),
    VARIED("变更", true),
    REVOKED("撤销", true),
    CONFIRMED_ILLEGAL("确认违法", true),
    ORDERED("责令履行", false),
    DISMISSED("驳回", false),
    WITHDRAWN("撤回申请（起诉）/终止", false);

    private final String label;
    /** Whether the decision was set aside or changed (the bureau lost, for statistics). */
    private final boolean againstDecision;
}
