package cn.anjian.experts.applications;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** 性别 of annex 2. */
@Getter
@RequiredArgsConstructor
public enum Gender {
    MALE("男"), FEMALE("女");

    private final String label;
}
