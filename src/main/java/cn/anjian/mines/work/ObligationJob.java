package cn.anjian.mines.work;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;

import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.kernel.Zones;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens the mines' weekly and monthly obligations (MW-01..MW-03) once a day on one node (ShedLock): those of today's
 * week and month (catching up a missed run) and of tomorrow's (so the next period's are open before it starts).
 * Idempotent. With demo data the current period's are opened at start-up too, so the demo accounts see them at once.
 */
@Component
@RequiredArgsConstructor
class ObligationJob {

    private static final Logger log = LoggerFactory.getLogger(ObligationJob.class);

    private final Obligations obligations;
    private final Environment environment;
    private final Clock clock;

    @Scheduled(cron = "${anjian.mines.obligation-cron:0 20 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "mines.obligations", lockAtMostFor = "PT30M")
    void run() {
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        int opened = obligations.ensure(today, "/%") + obligations.ensure(today.plusDays(1), "/%");
        log.info("Mine obligations opened: {}", opened);
    }

    @EventListener
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && DemoDataSwitch.enabled(environment)) {
            try {
                obligations.ensure(LocalDate.now(clock.withZone(Zones.SHANGHAI)), "/%");
            } catch (RuntimeException e) {
                log.warn("Mine obligations not opened at start-up: {}", e.getMessage());
            }
        }
    }
}
