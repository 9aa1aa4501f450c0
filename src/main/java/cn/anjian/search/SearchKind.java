package cn.anjian.search;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The kinds of hits, in the order the results page groups them. */
@Getter
@RequiredArgsConstructor
public enum SearchKind {
    CASE("执法案件"),
    DOCUMENT("文书文号"),
    ENTERPRISE("生产经营单位"),
    PERSON("人员");

    private final String label;
}
