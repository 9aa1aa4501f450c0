package cn.anjian.mines;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MC-05: whether a commissioner can be assigned (art. 8 lists the reasons for adjustment or withdrawal). */
@Getter
@RequiredArgsConstructor
public enum Availability {
    AVAILABLE("可派驻", true),
    UNABLE("因岗位变动、身体等原因不能正常履职", false),
    WITHDRAWN("已调整退出", false);

    private final String label;
    private final boolean assignable;
}
