package cn.anjian.reporting;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** STAT-02: the kinds of legal-publicity activity the statistics count (执法情况统计分析制度 art. 5 (二)), with the unit of their quantity. */
@Getter
@RequiredArgsConstructor
public enum PublicityActivityKind {
    MEDIA("媒体宣传", "篇（次）"),
    LEAFLET("发放宣传单", "份"),
    CARD("发放明白卡", "张"),
    CONSULTATION("普法现场咨询", "人次"),
    POSTER("张贴标语", "条（幅）");

    private final String label;
    private final String unit;
}
