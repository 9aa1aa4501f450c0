package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.anjian.kernel.Zones;
import org.springframework.stereotype.Component;

/** The cases' notion of now: to the microsecond PostgreSQL stores (so stored times compare and page exactly). */
@Component
@RequiredArgsConstructor
class CaseClock {

    private final Clock clock;

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
    }
}
