package cn.anjian.workflow;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** How a flow ended. */
@Getter
@RequiredArgsConstructor
public enum Outcome {
    APPROVED("已批准"), REJECTED("未批准");

    private final String label;
}
