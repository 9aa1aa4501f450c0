package cn.anjian.supervision.checks;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** COR-01 (art. 6): comprehensive or special. */
@Getter
@RequiredArgsConstructor
public enum CheckExtent {
    COMPREHENSIVE("全面检查"), SPECIAL("专项检查");

    private final String label;
}
