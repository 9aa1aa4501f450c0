package cn.anjian.enforcement;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** CASE-15 / STAT-07: the party's remedies against a case decision. */
@Getter
@RequiredArgsConstructor
public enum RemedyKind {
    RECONSIDERATION("行政复议"),
    LITIGATION("行政诉讼");

    private final String label;
}
