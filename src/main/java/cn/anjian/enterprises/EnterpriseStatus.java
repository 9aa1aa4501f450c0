package cn.anjian.enterprises;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Operating status; a closed entity frees its credit code. */
@Getter
@RequiredArgsConstructor
public enum EnterpriseStatus implements Labels {
    OPERATING("正常生产经营"),
    SUSPENDED("停产停业"),
    CLOSED("关闭注销");

    private final String label;
}
