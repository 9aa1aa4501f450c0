package cn.anjian;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A failed {@code @ApplicationModuleListener} is retried, not lost: its publication stays incomplete
 * in the JDBC event publication registry, and this job resubmits every incomplete publication older
 * than {@code anjian.events.resubmit-older-than} (younger ones may still be running). One node at a
 * time (ShedLock); listeners are idempotent, so a redelivery after a crash changes nothing.
 */
@Component
public class EventPublicationResubmission {

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    EventPublicationResubmission(IncompleteEventPublications incomplete,
                                 @Value("${anjian.events.resubmit-older-than:PT2M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(initialDelayString = "${anjian.events.resubmit-initial-delay:PT1M}",
            fixedDelayString = "${anjian.events.resubmit-every:PT1M}")
    @SchedulerLock(name = "event-publication-resubmission", lockAtMostFor = "PT10M")
    public void resubmit() {
        resubmit(olderThan);
    }

    /** Resubmits the incomplete publications older than {@code minAge}; the scheduled run uses the configured age. */
    public void resubmit(Duration minAge) {
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(minAge));
    }
}
