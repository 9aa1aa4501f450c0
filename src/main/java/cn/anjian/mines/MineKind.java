package cn.anjian.mines;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MC-01: the kinds of mine the commissioner system staffs differently (art. 6). */
@Getter
@RequiredArgsConstructor
public enum MineKind {
    COAL("煤矿", true),
    UNDERGROUND_NON_COAL("地下开采非煤矿山", true),
    OPEN_PIT_NON_COAL("露天开采非煤矿山", false),
    TAILINGS_POND("尾矿库", false);

    private final String label;
    /** Underground mining (MC-03: nobody supervises two such mines in normal production). */
    private final boolean underground;
}
