package cn.anjian.enterprises;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The supervised industry. */
@Getter
@RequiredArgsConstructor
public enum Industry implements Labels {
    COAL_MINE("煤矿"),
    NON_COAL_MINE("非煤矿山"),
    HAZARDOUS_CHEMICALS("危险化学品"),
    METALLURGY_INDUSTRY_TRADE("冶金工贸"),
    FIREWORKS("烟花爆竹"),
    OTHER("其他");

    private final String label;
}
