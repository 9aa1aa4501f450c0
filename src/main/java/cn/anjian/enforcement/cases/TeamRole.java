package cn.anjian.enforcement.cases;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** CASE-02 / TI-10: roles on an enforcement team. Only certified officers lead or count as members. */
@Getter
@RequiredArgsConstructor
public enum TeamRole {
    LEADER("主办人"),
    MEMBER("协办人"),
    ASSISTANT("辅助人员（技术检查员）");

    private final String label;
}
