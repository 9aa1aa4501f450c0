package cn.anjian.mines.app;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MW-11: where a commissioner's leave request stands. */
@Getter
@RequiredArgsConstructor
public enum LeaveStatus {
    REQUESTED("待审批"),
    APPROVED("已批准"),
    REJECTED("未批准");

    private final String label;
}
