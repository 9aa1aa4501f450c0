package cn.anjian.mines.work;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MW-05: the answer to one checklist item. */
@Getter
@RequiredArgsConstructor
public enum ItemOutcome {
    COMPLIANT("合格"),
    HAZARD("发现隐患"),
    NOT_APPLICABLE("不涉及");

    private final String label;
}
