package cn.anjian.experts.applications;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The level applied for (seed 002 art. 5(4)): senior, intermediate, or legal expert. */
@Getter
@RequiredArgsConstructor
public enum ApplicationLevel {
    SENIOR("高级专家"), INTERMEDIATE("中级专家"), LEGAL("法律专家");

    private final String label;
}
