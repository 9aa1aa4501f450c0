package cn.anjian.mines.assessment;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MA-11: an accountability decision's appeal (art. 44); the decision is executed whatever its state. */
@Getter
@RequiredArgsConstructor
public enum AppealStatus {
    NONE("未申诉"),
    FILED("申诉审查中"),
    UPHELD("申诉不成立，维持原决定"),
    CHANGED("申诉成立，变更或撤销原决定");

    private final String label;
}
