package cn.anjian.enforcement.plans;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** What a plan item covers: one named enterprise, an industry, or an area (township, park). */
@Getter
@RequiredArgsConstructor
enum TargetKind {
    ENTERPRISE("生产经营单位"),
    INDUSTRY("行业领域"),
    AREA("区域");

    private final String label;
}
