package cn.anjian.mines.assessment;

import java.util.EnumSet;
import java.util.Set;

import cn.anjian.mines.MineKind;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** What caused a mine accident; some are the systemic risks of a mine kind (art. 22 (二) 3). */
@Getter
@RequiredArgsConstructor
public enum AccidentKind {
    GAS("瓦斯"),
    FIRE("火灾"),
    WATER("水害"),
    ROOF("顶板"),
    LANDSLIDE("滑坡"),
    DAM_FAILURE("垮坝"),
    OTHER("其他");

    private final String label;

    /** MA-03: coal — gas, fire, water, roof; underground non-coal — roof, fire, water; open pit — landslide; tailings — dam failure. */
    public static Set<AccidentKind> systemic(MineKind mine) {
        return switch (mine) {
            case COAL -> EnumSet.of(GAS, FIRE, WATER, ROOF);
            case UNDERGROUND_NON_COAL -> EnumSet.of(ROOF, FIRE, WATER);
            case OPEN_PIT_NON_COAL -> EnumSet.of(LANDSLIDE);
            case TAILINGS_POND -> EnumSet.of(DAM_FAILURE);
        };
    }
}
