package cn.anjian.mines.hazards;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MW-12: an order stands until it is lifted with a record. */
@Getter
@RequiredArgsConstructor
public enum StopWorkState {
    IN_FORCE("执行中"),
    LIFTED("已解除");

    private final String label;
}
