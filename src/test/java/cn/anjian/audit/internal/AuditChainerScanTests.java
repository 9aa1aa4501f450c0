package cn.anjian.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import cn.anjian.audit.AuditTrail;
import cn.anjian.audit.VerificationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The chainer's scans (AUD-02): a run between the window runs reads only the entries above the highest chained one. */
@SpringBootTest
class AuditChainerScanTests {

    @Autowired AuditChainer chainer;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager txManager;

    @Test
    @DisplayName("AUD-02 a tail run chains the new entries; an entry committed after a later one was chained is chained by the window run, after it, and the chain stays valid")
    void tailThenWindow() throws Exception {
        String type = "aud02-scan-" + UUID.randomUUID();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Long> late = CompletableFuture.supplyAsync(() -> new TransactionTemplate(txManager).execute(s -> {
            long id = insert(type, "late");
            written.countDown();
            try {
                assertThat(commit.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return id;
        }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        long early = insert(type, "early"); // a higher id, committed first
        chainer.chain(AuditChainer.Scan.TAIL, true);
        assertThat(positionOf(early)).isPositive();
        commit.countDown();
        long lateId = late.get(30, TimeUnit.SECONDS);
        assertThat(lateId).isLessThan(early);
        chainer.chain(AuditChainer.Scan.WINDOW, true);
        assertThat(positionOf(lateId)).isGreaterThan(positionOf(early));
        VerificationResult result = trail.verify();
        assertThat(result.ok()).as(String.valueOf(result)).isTrue();
    }

    private long insert(String type, String subject) {
        return jdbc.sql("insert into audit_entry (occurred_at, actor, action, subject_type, subject_id, scope_path)"
                        + " values (now(), 'probe', 'test.scan', :t, :s, '/1/') returning id")
                .param("t", type).param("s", subject).query(Long.class).single();
    }

    private long positionOf(long entryId) {
        return jdbc.sql("select position from audit_chain where entry_id = ?").param(entryId).query(Long.class).optional().orElse(0L);
    }
}
