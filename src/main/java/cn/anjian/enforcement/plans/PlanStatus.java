package cn.anjian.enforcement.plans;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * CASE-07 plan life cycle: drafted and edited (DRAFT, RETURNED), approved through the workflow
 * (SUBMITTED → APPROVED or REJECTED), then PUBLISHED, the one plan in force of its agency and
 * year, until a published revision SUPERSEDES it.
 */
@Getter
@RequiredArgsConstructor
enum PlanStatus {
    DRAFT("草稿"),
    SUBMITTED("审批中"),
    RETURNED("退回修改"),
    APPROVED("已批准待公布"),
    REJECTED("未批准"),
    PUBLISHED("已公布施行"),
    SUPERSEDED("已被修订版取代");

    private final String label;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    static PlanStatus parseOrNull(String v) {
        return cn.anjian.kernel.Params.choice(PlanStatus.class, "计划状态", v, PlanStatus::label);
    }
}
