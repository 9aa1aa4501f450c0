package cn.anjian.experts.applications;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where an application stands in the review of EXP-05. */
@Getter
@RequiredArgsConstructor
public enum ApplicationStatus {
    SUBMITTED("待受理审查"), IN_REVIEW("审核推荐中"), NOTICE("公示中"), MEETING("局长办公会审定中"), ADMITTED("已入库"), REJECTED("未通过");

    private final String label;
}
