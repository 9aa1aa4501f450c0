package cn.anjian.mines.planner;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The life of a yearly assignment plan. */
@Getter
@RequiredArgsConstructor
public enum PlanStatus {
    SOLVING("计算中"),
    SOLVED("待提交审批"),
    FAILED("计算失败"),
    IN_REVIEW("审批中"),
    RETURNED("已退回"),
    APPROVED("已批准");

    private final String label;
}
