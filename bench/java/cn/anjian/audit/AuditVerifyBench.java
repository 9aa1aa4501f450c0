package cn.anjian.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Verification of a 1,000,000-entry chain: entries generated with one INSERT … SELECT, chained by the
 * real chainer, then verified (streamed). Reports time and heap (sampled every 20 ms during verify).
 *
 * <pre>./mvnw -q -Pbench test -Dtest=AuditVerifyBench</pre>
 */
@SpringBootTest
class AuditVerifyBench {

    static final int ENTRIES = Integer.getInteger("bench.entries", 1_000_000);

    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;

    @Test
    void verifyMillion() throws Exception {
        trail.chainPending();
        long t0 = System.nanoTime();
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor, source_address, action, subject_type, subject_id,
                                         before, after, scope_path)
                select now() - make_interval(secs => g), 'officer' || (g % 500), '10.0.' || (g % 250) || '.' || (g % 200),
                       'enforcement.case.updated', 'bench-verify', g::text,
                       jsonb_build_object('title', '检查记录 ' || g, 'status', 'DRAFT', 'version', g % 7),
                       jsonb_build_object('title', '检查记录 ' || g, 'status', 'SUBMITTED', 'version', g % 7 + 1,
                                          'opinion', '同意，按程序办理'),
                       '/1/5/42/'
                  from generate_series(1, :n) g""").param("n", ENTRIES).update();
        long t1 = System.nanoTime();
        int chained = trail.chainPending();
        long t2 = System.nanoTime();
        System.out.printf("GENERATE: %d entries by INSERT ... SELECT in %.1f s%n", ENTRIES, (t1 - t0) / 1e9);
        System.out.printf("CHAIN: %d entries chained in %.1f s -> %.0f entries/s%n", chained, (t2 - t1) / 1e9,
                chained / ((t2 - t1) / 1e9));

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long t3 = System.nanoTime();
        VerificationResult result = trail.verify();
        long t4 = System.nanoTime();
        running.set(false);
        sampler.join();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        System.out.printf("VERIFY: %s in %.1f s (%.0f entries/s)%n", result, (t4 - t3) / 1e9, result.entries() / ((t4 - t3) / 1e9));
        System.out.printf("HEAP: before %d MiB, peak sampled during verify %d MiB, after GC %d MiB (max heap %d MiB)%n",
                baseline >> 20, peak.get() >> 20, after >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
        assertThat(result.ok()).isTrue();
        assertThat(result.entries()).isGreaterThanOrEqualTo(ENTRIES);

        // What an idle chainer costs on a large trail: the full sweep (verification, every ~5 min) and
        // the windowed query the scheduled run issues every second.
        long t5 = System.nanoTime();
        trail.chainPending();
        System.out.printf("IDLE FULL SWEEP: %.0f ms%n", (System.nanoTime() - t5) / 1e6);
        long floor = jdbc.sql("select max(entry_id) - 20000 from audit_chain").query(Long.class).single();
        jdbc.sql("""
                explain (analyze, timing off, summary on)
                select e.id from audit_entry e
                 where e.id > :floor
                   and not exists (select 1 from audit_chain c where c.entry_id = e.id and c.entry_id > :floor)
                 order by e.id limit 2000""").param("floor", floor).query(String.class).list()
                .forEach(line -> System.out.println("IDLE WINDOW PLAN: " + line));
    }
}
