package cn.anjian.calendar.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issue 20 (observability): the number of overdue deadlines (CAL-06) across the province as a gauge. Counted in the
 * database (every node reports the same figure), at most once per {@link #REFRESH} however often it is scraped.
 */
@Component
class DeadlineMetrics {

    static final Duration REFRESH = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final AtomicLong value = new AtomicLong();
    private volatile long countedAt;

    DeadlineMetrics(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        Gauge.builder("anjian.deadlines.overdue", this, DeadlineMetrics::overdue)
                .description("已逾期且未办结的期限数").register(registry);
    }

    double overdue() {
        long now = System.nanoTime();
        if (countedAt == 0 || now - countedAt > REFRESH.toNanos()) {
            try {
                value.set(jdbc.sql("select count(*) from cal_deadline where state = 'OVERDUE'").query(Long.class).single());
            } catch (RuntimeException e) {
                return Double.NaN; // database unreachable: the scrape still answers, the health check tells why
            }
            countedAt = now;
        }
        return value.get();
    }
}
