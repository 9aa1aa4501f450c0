package cn.anjian.mines;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MW-06: where a hazard stands; 逾期 is not a state but the calendar's flag on its rectification deadline. */
@Getter
@RequiredArgsConstructor
public enum HazardState {
    RECTIFYING("待整改"),
    RECHECK("待复查"),
    CLOSED("已闭环");

    private final String label;
}
