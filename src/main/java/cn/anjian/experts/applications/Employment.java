package cn.anjian.experts.applications;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** 在岗情况 of annex 2. */
@Getter
@RequiredArgsConstructor
public enum Employment {
    ON_DUTY("在岗"), RETIRED("退休"), OTHER("其他");

    private final String label;
}
