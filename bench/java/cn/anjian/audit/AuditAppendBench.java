package cn.anjian.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.anjian.kernel.AuditableEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audit append throughput: 16 concurrent writers, each entry its own transaction through the event
 * path (publishEvent → @EventListener → INSERT, as a business module does), then chaining the
 * backlog and verifying. The scheduled chainer keeps running during the writes, as in production.
 *
 * <pre>./mvnw -q -Pbench test -Dtest=AuditAppendBench [-Danjian.embedded-db.durable=true]</pre>
 */
@SpringBootTest
class AuditAppendBench {

    static final int WRITERS = 16;
    static final int PER_WRITER = Integer.getInteger("bench.perWriter", 2000);

    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager txManager;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;

    @Test
    void append() throws Exception {
        System.out.printf("synchronous_commit=%s fsync=%s%n",
                jdbc.sql("show synchronous_commit").query(String.class).single(),
                jdbc.sql("show fsync").query(String.class).single());
        write("warm-up", 100);
        trail.chainPending();

        long pendingBefore = pending();
        long t0 = System.nanoTime();
        write("bench-append", PER_WRITER);
        long t1 = System.nanoTime();
        long pendingAfterWrites = pending();
        int chained = trail.chainPending();
        long t2 = System.nanoTime();
        VerificationResult result = trail.verify();
        long t3 = System.nanoTime();

        long total = (long) WRITERS * PER_WRITER;
        double writeSeconds = (t1 - t0) / 1e9;
        double chainSeconds = (t2 - t1) / 1e9;
        System.out.printf("AUDIT APPEND: %d writers x %d = %d entries in %.2f s -> %.0f entries/s (each its own transaction)%n",
                WRITERS, PER_WRITER, total, writeSeconds, total / writeSeconds);
        System.out.printf("AUDIT CHAIN: backlog after writes %d (before %d; the scheduled chainer ran meanwhile); "
                        + "chainPending chained %d in %.2f s -> %.0f entries/s%n",
                pendingAfterWrites, pendingBefore, chained, chainSeconds, chained / Math.max(chainSeconds, 1e-9));
        System.out.printf("AUDIT END-TO-END: all %d written and chained %.2f s after start -> %.0f entries/s%n",
                total, (t2 - t0) / 1e9, total / ((t2 - t0) / 1e9));
        System.out.printf("AUDIT VERIFY: %s in %.2f s%n", result, (t3 - t2) / 1e9);
        assertThat(result.ok()).isTrue();
    }

    private long pending() {
        return jdbc.sql("select count(*) from audit_entry e where not exists (select 1 from audit_chain c where c.entry_id = e.id)")
                .query(Long.class).single();
    }

    private void write(String type, int perWriter) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    TransactionTemplate tx = new TransactionTemplate(txManager);
                    for (int i = 0; i < perWriter; i++) {
                        int n = i;
                        tx.executeWithoutResult(s -> events.publishEvent(new AuditableEvent("enforcement.case.updated", type,
                                writer + "-" + n, Map.of("status", "DRAFT", "title", "检查记录 " + n, "version", n),
                                Map.of("status", "SUBMITTED", "title", "检查记录 " + n, "version", n + 1),
                                "officer" + writer, "10.0.0." + writer)));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
