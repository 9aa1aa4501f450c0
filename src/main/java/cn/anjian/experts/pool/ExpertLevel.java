package cn.anjian.experts.pool;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Seed 002 art. 5(4): senior (副高级以上职称, 10 years) and intermediate experts. */
@Getter
@RequiredArgsConstructor
public enum ExpertLevel {
    SENIOR("高级专家"), INTERMEDIATE("中级专家");

    private final String label;
}
