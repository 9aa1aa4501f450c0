package cn.anjian.reporting.registers;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** STAT-03: whether a normative document is in force, was amended or repealed. */
@Getter
@RequiredArgsConstructor
public enum NormativeStatus {
    IN_FORCE("在施"), AMENDED("已修改"), REPEALED("已废止");

    private final String label;
}
