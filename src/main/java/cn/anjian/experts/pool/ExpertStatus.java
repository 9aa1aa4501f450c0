package cn.anjian.experts.pool;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** An expert's standing in the pool; only active experts count against the cap and are drawn. */
@Getter
@RequiredArgsConstructor
public enum ExpertStatus {
    ACTIVE("在库"), SUSPENDED("暂停使用"), REMOVED("已出库");

    private final String label;
}
