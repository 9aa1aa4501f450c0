package cn.anjian.reporting.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Params;
import cn.anjian.reporting.StatPeriod;
import cn.anjian.reporting.StatTable;
import cn.anjian.reporting.statistics.StatisticsEngine;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** STAT-09: the statistical table as JSON ({@code ?j=&period=2026-Q3}), in the caller's scope. */
@RestController
@RequiredArgsConstructor
class StatisticsApiController {

    private final StatisticsEngine engine;
    private final java.time.Clock clock;

    @GetMapping("/api/v1/reporting/statistics")
    @PreAuthorize("hasAuthority('statistics:read')")
    StatTable table(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String j,
                    @RequestParam(required = false) String period) {
        long id = engine.jurisdiction(actor, Params.optionalId("行政区划", j)).id();
        return engine.table(actor, id, period == null || period.isBlank()
                ? StatPeriod.year(java.time.LocalDate.ofInstant(clock.instant(), cn.anjian.kernel.Zones.SHANGHAI).getYear()) : StatPeriod.parse(period));
    }

    /** Issue 19: recompute the pre-aggregated figures of every place from scratch (province-level users; audited). */
    @PostMapping("/api/v1/reporting/statistics/rebuild")
    @PreAuthorize("hasAuthority('statistics:report')")
    java.util.Map<String, Long> rebuild(@AuthenticationPrincipal Actor actor) {
        return java.util.Map.of("cells", engine.rebuildCells(actor));
    }
}
