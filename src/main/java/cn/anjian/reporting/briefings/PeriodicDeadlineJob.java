package cn.anjian.reporting.briefings;

import lombok.RequiredArgsConstructor;

import cn.anjian.reporting.registers.Catalogues;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens the periodic duties of every emergency-management department once a day (one node, ShedLock): last year's
 * normative-document catalogue (STAT-03) and the briefing on the half year that ended last (SS-06). Idempotent: each is
 * one row per department and period, its deadline opened only with the row.
 */
@Component
@RequiredArgsConstructor
class PeriodicDeadlineJob {

    private final Catalogues catalogues;
    private final Briefings briefings;

    @Scheduled(cron = "${anjian.reporting.periodic-cron:0 15 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "reporting.periodicDeadlines", lockAtMostFor = "PT30M")
    void run() {
        catalogues.ensureAll();
        briefings.ensureAll();
    }
}
