package cn.anjian.recording.internal;

import java.util.List;

import cn.anjian.enforcement.Cases;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** REC-08: opens archive deadlines that were pending because the calendar could not count yet (CAL-NO-DATA). */
@Component
class PendingArchiveDeadlines {

    private final JdbcClient jdbc;
    private final Cases cases;
    private final RecordingService recording;
    private final TransactionTemplate tx;

    PendingArchiveDeadlines(JdbcClient jdbc, Cases cases, RecordingService recording, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.recording = recording;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${anjian.recording.pending-deadline-retry:PT1H}", initialDelayString = "PT2M")
    @SchedulerLock(name = "recording.pendingArchiveDeadlines", lockAtMostFor = "10m")
    public void scheduled() {
        run();
    }

    /** Returns how many deadlines were opened. */
    public int run() {
        List<Long> pending = jdbc.sql("""
                select case_id from rec_case_file where closed_at is not null and archive_deadline_id is null and archived_at is null
                order by case_id limit 1000""").query(Long.class).list();
        int opened = 0;
        for (Long id : pending) {
            Boolean ok = tx.execute(s -> cases.find(id).map(recording::openArchiveDeadline).orElse(false));
            opened += Boolean.TRUE.equals(ok) ? 1 : 0;
        }
        return opened;
    }
}
