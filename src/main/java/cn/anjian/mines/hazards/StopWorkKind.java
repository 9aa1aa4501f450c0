package cn.anjian.mines.hazards;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MW-12 (art. 43): what a commissioner ordered on the spot. */
@Getter
@RequiredArgsConstructor
public enum StopWorkKind {
    THREE_VIOLATIONS("制止“三违”行为"),
    STOP_AND_EVACUATE("停产撤人");

    private final String label;
}
