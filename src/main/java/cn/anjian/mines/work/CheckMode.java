package cn.anjian.mines.work;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MW-01..MW-03: an on-site check (geofenced check-in) or remote supervision (art. 12). */
@Getter
@RequiredArgsConstructor
public enum CheckMode {
    ONSITE("现场检查"),
    REMOTE("远程监管");

    private final String label;
}
