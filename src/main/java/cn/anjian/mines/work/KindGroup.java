package cn.anjian.mines.work;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import cn.anjian.mines.MineKind;

/** MW-05: the province keeps one checklist template for coal mines and one for non-coal mines (incl. tailings ponds). */
@Getter
@RequiredArgsConstructor
public enum KindGroup {
    COAL("煤矿"),
    NON_COAL("非煤矿山");

    private final String label;

    public static KindGroup of(MineKind kind) {
        return kind == MineKind.COAL ? COAL : NON_COAL;
    }
}
