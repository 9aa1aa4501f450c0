package cn.anjian.personnel.inspectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** TI-14: once a day, opens the term deadlines that waited for their end year's holiday notice. */
@Component
class TermDeadlineJob {

    private final Inspectors inspectors;

    TermDeadlineJob(Inspectors inspectors) {
        this.inspectors = inspectors;
    }

    @Scheduled(cron = "0 30 1 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "inspectors.termDeadlines", lockAtMostFor = "10m")
    void run() {
        inspectors.openPendingTermDeadlines();
    }
}
