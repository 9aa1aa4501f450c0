package cn.anjian.mines;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MC-01/MC-04: the level of the department that supervises a mine (graded territorial supervision, art. 5). */
@Getter
@RequiredArgsConstructor
public enum SupervisingLevel {
    PROVINCE("省级", 1),
    CITY("市级", 2),
    COUNTY("县级", 3);

    private final String label;
    /** The org module's jurisdiction level of that department. */
    private final int jurisdictionLevel;

    public static SupervisingLevel ofJurisdictionLevel(int level) {
        for (SupervisingLevel l : values()) {
            if (l.jurisdictionLevel == level) {
                return l;
            }
        }
        throw new IllegalArgumentException("no supervising level for jurisdiction level " + level);
    }
}
