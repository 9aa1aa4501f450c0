package cn.anjian;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 8 item 7: a failed module listener is retried from the event publication registry, not lost. */
@IntegrationTest
class EventRetryTests {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    FailingOnceListener listener;
    @Autowired
    EventPublicationResubmission resubmission;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long incomplete(String id) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :id")
                .param("id", "%" + id + "%").query(Long.class).single();
    }

    @Test
    @DisplayName("a module listener failing once keeps the upstream commit, stays incomplete, and succeeds when resubmitted")
    void failedListenerIsRetried() {
        String id = UUID.randomUUID().toString();
        listener.failOnce(id);

        tx.executeWithoutResult(s -> events.publishEvent(new FailingOnceListener.Probe(id)));

        assertThat(listener.attempts(id)).isEqualTo(1);
        assertThat(listener.handled(id)).isFalse();
        assertThat(incomplete(id)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(5));
        resubmission.resubmit(Duration.ZERO);

        assertThat(listener.attempts(id)).isEqualTo(2);
        assertThat(listener.handled(id)).isTrue();
        assertThat(incomplete(id)).isZero();
    }
}
