package cn.anjian.mines.work;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MW-10: a check as received — accepted, or recorded offline outside the geofence and waiting for review. */
@Getter
@RequiredArgsConstructor
public enum CheckStatus {
    ACCEPTED("已受理"),
    FLAGGED("待核查（离线打卡超出范围）"),
    CLEARED("已核查认可"),
    REJECTED("已核查不予认可");

    private final String label;
}
