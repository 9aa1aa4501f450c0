package cn.anjian.experts.reviews;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The annual review's small reads, its clock and its audit (keeps {@link AnnualReview} within its size). */
@Component
@RequiredArgsConstructor
class ReviewSupport {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.SHANGHAI));
    }

    void audit(AuditableEvent e) {
        events.publishEvent(e);
    }

    boolean roundExists(int year, long unitId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM exp_annual_round WHERE year = :y AND unit_id = :u)")
                .param("y", year).param("u", unitId).query(Boolean.class).single();
    }

    boolean verdictExists(long roundId, long expertId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM exp_annual_verdict WHERE round_id = :r AND expert_id = :e)")
                .param("r", roundId).param("e", expertId).query(Boolean.class).single();
    }

    /** Only active experts of the round's pool are reviewed (404 for anything else). */
    void requireActiveExpert(long agencyId, long expertId) {
        if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM exp_expert WHERE id = :e AND agency_id = :a AND status = 'ACTIVE')")
                .param("e", expertId).param("a", agencyId).query(Boolean.class).single()) {
            throw BusinessException.notFound("在库专家");
        }
    }

    String expertName(long expertId) {
        return jdbc.sql("SELECT name FROM exp_expert WHERE id = :e").param("e", expertId).query(String.class).single();
    }
}
