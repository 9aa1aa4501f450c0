package cn.anjian.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.kernel.AuditableEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail on the shared embedded PostgreSQL. Tests that tamper do it inside a transaction that
 * is rolled back (the trigger disabling included), so the chain stays valid for every other test.
 */
@SpringBootTest
class AuditTrailTests {

    @Autowired AuditTrail trail;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager txManager;
    @Autowired MutableClock clock;

    /** AuditChainer.LOCK_KEY. */
    private static final long CHAINER_LOCK = 0x415544434841494EL;

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
        clock.reset();
    }

    @Test
    @DisplayName("ORG-03 the audit trail is scoped too: a county's auditor reads only its accounts' acts, the province's reads all")
    void scopedReading() {
        String type = unique("scoped");
        for (String path : new String[] {"/1/55/", "/1/55/56/", "/1/66/", null}) {
            jdbc.sql("insert into audit_entry (occurred_at, actor, action, subject_type, subject_id, scope_path)"
                            + " values (now(), 'probe', 'test.scoped', :t, '1', :p)")
                    .param("t", type).param("p", path).update();
        }
        AuditFilter filter = new AuditFilter(null, null, type, null, null, null, null, 50);
        assertThat(trail.search(new cn.anjian.kernel.Scope("/1/55/"), filter).entries())
                .extracting(AuditEntryView::scopePath).containsExactlyInAnyOrder("/1/55/", "/1/55/56/");
        assertThat(trail.search(new cn.anjian.kernel.Scope("/1/66/"), filter).entries()).hasSize(1);
        assertThat(trail.search(new cn.anjian.kernel.Scope("/1/"), filter).entries()).hasSize(4);
        java.util.List<AuditEntryView> exported = new java.util.ArrayList<>();
        trail.each(new cn.anjian.kernel.Scope("/1/66/"), filter, exported::add);
        assertThat(exported).extracting(AuditEntryView::scopePath).containsExactly("/1/66/");
    }

    private TransactionTemplate tx() {
        return new TransactionTemplate(txManager);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private List<AuditEntryView> entriesOf(String subjectType) {
        return trail.search(new cn.anjian.kernel.Scope("/1/"), new AuditFilter(null, null, subjectType, null, null, null, null, 200)).entries();
    }

    private long positionOf(long entryId) {
        return jdbc.sql("select position from audit_chain where entry_id = ?").param(entryId).query(Long.class).single();
    }

    @Test
    @DisplayName("AUD-01 actor, time, source address, action, subject and before/after of an event are stored")
    void storesEveryField() {
        var actor = TestActors.actor("auditor01", 5, "/1/5/", "org:manage");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.20.30.40");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 30, 15, 123_456_789));
        String type = unique("aud01-division");

        tx().executeWithoutResult(s -> events.publishEvent(AuditableEvent.change("org.division.renamed", type, 42,
                Map.of("name", "泽州县"), Map.of("name", "泽州区", "level", 3))));

        AuditEntryView e = entriesOf(type).get(0);
        assertThat(e.actor()).isEqualTo("auditor01");
        assertThat(e.sourceAddress()).isEqualTo("10.20.30.40");
        assertThat(e.occurredAt().toInstant())
                .isEqualTo(OffsetDateTime.of(2026, 3, 2, 1, 30, 15, 123_456_000, ZoneOffset.UTC).toInstant());
        assertThat(e.action()).isEqualTo("org.division.renamed");
        assertThat(e.subjectType()).isEqualTo(type);
        assertThat(e.subjectId()).isEqualTo("42");
        assertThat(e.before()).contains("\"name\"").contains("泽州县");
        assertThat(e.after()).contains("泽州区").contains("\"level\": 3");
        assertThat(e.scopePath()).isEqualTo("/1/5/");
    }

    @Test
    @DisplayName("AUD-01 a NUL character in user input is recorded (as U+FFFD) instead of failing the change")
    void nulCharacterIsRecorded() {
        String type = unique("aud01-nul");
        tx().executeWithoutResult(s -> events.publishEvent(AuditableEvent.change("test.created", type, "a\u0000b",
                null, Map.of("name", "x\u0000y", "literal", "\\u0000"))));
        AuditEntryView e = entriesOf(type).get(0);
        assertThat(e.subjectId()).isEqualTo("a\ufffdb");
        assertThat(e.after()).contains("x\ufffdy").contains("\"\\\\u0000\"");
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    @DisplayName("AUD-01 search by Beijing dates (inclusive), actor and action")
    void searchByDates() {
        clock.set(LocalDateTime.of(2026, 3, 2, 0, 30)); // Beijing time: still 1 March in UTC
        String type = unique("aud01-dates");
        trail.record(AuditableEvent.change("test.dated", type, 1, null, null));
        clock.reset();
        java.time.LocalDate d = java.time.LocalDate.of(2026, 3, 2);
        assertThat(trail.search(new cn.anjian.kernel.Scope("/1/"), new AuditFilter(null, "test.dated", type, null, d, d, null, 10)).entries()).hasSize(1);
        assertThat(trail.search(new cn.anjian.kernel.Scope("/1/"), new AuditFilter("system", null, type, null, null, d.minusDays(1), null, 10)).entries()).isEmpty();
        assertThat(trail.search(new cn.anjian.kernel.Scope("/1/"), new AuditFilter("nobody", null, type, null, null, null, null, 10)).entries()).isEmpty();
    }

    @Test
    @DisplayName("AUD-01 a rolled-back transaction leaves no audit row")
    void rollbackLeavesNoRow() {
        String type = unique("aud01-rollback");
        tx().executeWithoutResult(s -> {
            events.publishEvent(AuditableEvent.change("test.created", type, 1, null, Map.of("x", 1)));
            s.setRollbackOnly();
        });
        assertThat(entriesOf(type)).isEmpty();
    }

    @Test
    @DisplayName("AUD-01 a security event outside any transaction (failed login) is recorded with its own actor and address")
    void eventOutsideTransaction() {
        String who = unique("aud01-nobody");
        events.publishEvent(AuditableEvent.security("iam.login.failed", who, "192.0.2.7", Map.of("reason", "密码错误")));
        AuditEntryView e = trail.search(new cn.anjian.kernel.Scope("/1/"), new AuditFilter(who, null, null, null, null, null, null, 10)).entries().get(0);
        assertThat(e.action()).isEqualTo("iam.login.failed");
        assertThat(e.sourceAddress()).isEqualTo("192.0.2.7");
        assertThat(e.scopePath()).isNull();
    }

    @Test
    @DisplayName("AUD-01 an event in a read-only transaction (viewing personal data in full) is still recorded; no principal means 'system'")
    void eventInReadOnlyTransaction() {
        RequestContextHolder.resetRequestAttributes(); // Spring's test listener binds a mock request by default
        String type = unique("aud01-view");
        TransactionTemplate ro = tx();
        ro.setReadOnly(true);
        ro.executeWithoutResult(s -> events.publishEvent(AuditableEvent.change("iam.pii.viewed", type, 9, null, null)));
        AuditEntryView e = entriesOf(type).get(0);
        assertThat(e.actor()).isEqualTo("system");
        assertThat(e.sourceAddress()).isNull();
    }

    @Test
    @DisplayName("AUD-02 verification called inside a read-only transaction still chains what is pending")
    void verifyInsideReadOnlyTransaction() {
        String type = unique("aud02-ro");
        long id = trail.record(AuditableEvent.change("test.created", type, 1, null, null));
        TransactionTemplate ro = tx();
        ro.setReadOnly(true);
        VerificationResult result = ro.execute(s -> trail.verify());
        assertThat(result.ok()).isTrue();
        assertThat(entriesOf(type)).singleElement().satisfies(e -> assertThat(e.chained()).isTrue());
        assertThat(positionOf(id)).isPositive();
    }

    @Test
    @DisplayName("AUD-02 the database refuses UPDATE, DELETE and TRUNCATE of audit entries and chain rows")
    void databaseRefusesChanges() {
        String type = unique("aud02-refuse");
        long id = trail.record(AuditableEvent.change("test.created", type, 1, null, Map.of("x", 1)));
        trail.chainPending();
        for (String sql : List.of(
                "update audit_entry set actor = 'mallory' where id = " + id,
                "delete from audit_entry where id = " + id,
                "update audit_chain set hash = repeat('0', 64) where entry_id = " + id,
                "delete from audit_chain where entry_id = " + id,
                "truncate audit_chain, audit_entry")) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql)
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("审计记录只能追加");
        }
        assertThat(entriesOf(type)).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("system"));
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    @DisplayName("AUD-03 even audit records far older than 180 days cannot be deleted, and no code path deletes them")
    void oldRecordsAreNeverDeleted() throws IOException {
        clock.set(LocalDateTime.of(2023, 1, 1, 0, 0));
        String type = unique("aud03-old");
        long id = trail.record(AuditableEvent.change("test.created", type, 1, null, null));
        clock.reset();
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where occurred_at < now() - interval '180 days'").update())
                .rootCause().hasMessageContaining("审计记录只能追加");
        assertThat(entriesOf(type)).extracting(AuditEntryView::id).containsExactly(id);
        // No purge job: nothing in the application's sources deletes from or truncates the audit tables.
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            List<Path> offenders = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .filter(p -> {
                        try {
                            String text = Files.readString(p).toLowerCase();
                            return text.matches("(?s).*(delete\\s+from\\s+audit_|truncate\\s+(table\\s+)?audit_).*");
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
            assertThat(offenders).isEmpty();
        }
    }

    @Test
    @DisplayName("AUD-02 an entry altered with the refusal disabled is detected at its position")
    void alteredEntryIsDetected() {
        String type = unique("aud02-tamper");
        long id = trail.record(AuditableEvent.change("org.division.renamed", type, 1, Map.of("name", "A"), Map.of("name", "B")));
        trail.chainPending();
        long position = positionOf(id);
        VerificationResult tampered = tamper("audit_entry", () -> jdbc.sql(
                "update audit_entry set after = '{\"name\": \"C\"}' where id = ?").param(id).update());
        assertThat(tampered.ok()).isFalse();
        assertThat(tampered.firstBrokenId()).isEqualTo(id);
        assertThat(tampered.firstBrokenPosition()).isEqualTo(position);
        assertThat(tampered.reason()).contains("篡改");
        assertThat(trail.verify().ok()).as("restored").isTrue();
    }

    @Test
    @DisplayName("AUD-02 a deleted chain row is detected: the gap names its position")
    void deletedChainRowIsDetected() {
        String type = unique("aud02-gap");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(trail.record(AuditableEvent.change("test.created", type, i, null, Map.of("i", i))));
        }
        trail.chainPending();
        long position = positionOf(ids.get(1));
        long nextEntry = jdbc.sql("select entry_id from audit_chain where position = ?").param(position + 1).query(Long.class).single();
        VerificationResult tampered = tamper("audit_chain", () -> jdbc.sql(
                "delete from audit_chain where entry_id = ?").param(ids.get(1)).update());
        assertThat(tampered.ok()).isFalse();
        assertThat(tampered.firstBrokenPosition()).isEqualTo(position);
        assertThat(tampered.firstBrokenId()).isEqualTo(nextEntry);
        assertThat(tampered.reason()).contains("缺失");
        assertThat(trail.verify().ok()).as("restored").isTrue();
    }

    @Test
    @DisplayName("AUD-02 a deleted entry (with its chain row) is detected at its position")
    void deletedEntryIsDetected() {
        String type = unique("aud02-deleted");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(trail.record(AuditableEvent.change("test.created", type, i, null, Map.of("i", i))));
        }
        trail.chainPending();
        long position = positionOf(ids.get(1));
        VerificationResult tampered = tamper(List.of("audit_chain", "audit_entry"), () -> {
            jdbc.sql("delete from audit_chain where entry_id = ?").param(ids.get(1)).update();
            jdbc.sql("delete from audit_entry where id = ?").param(ids.get(1)).update();
        });
        assertThat(tampered.ok()).isFalse();
        assertThat(tampered.firstBrokenPosition()).isEqualTo(position);
        assertThat(trail.verify().ok()).as("restored").isTrue();
        assertThat(entriesOf(type)).hasSize(3);
    }

    @Test
    @DisplayName("AUD-02 a forged chain row (inserted with a made-up hash) is detected")
    void forgedRowIsDetected() {
        trail.chainPending();
        VerificationResult tampered = tamper("audit_chain", () -> {
            long id = jdbc.sql("""
                    insert into audit_entry (occurred_at, actor, action, subject_type) values (now(), 'mallory', 'forged', 'x')
                    returning id""").query(Long.class).single();
            long next = jdbc.sql("select coalesce(max(position), 0) + 1 from audit_chain").query(Long.class).single();
            String prev = jdbc.sql("select hash from audit_chain where position = ?").param(next - 1).query(String.class).single();
            jdbc.sql("insert into audit_chain values (?, ?, ?, ?, 'SM3')").params(next, id, prev, "f".repeat(64)).update();
        });
        assertThat(tampered.ok()).isFalse();
        assertThat(tampered.reason()).contains("篡改");
        assertThat(trail.verify().ok()).isTrue();
    }

    /**
     * Disables the append-only triggers, tampers, verifies and rolls everything back, all in one
     * transaction (DDL is transactional in PostgreSQL), so no other test ever sees the damage.
     */
    private VerificationResult tamper(String table, Runnable change) {
        return tamper(List.of(table), change);
    }

    private VerificationResult tamper(List<String> tables, Runnable change) {
        VerificationResult[] result = new VerificationResult[1];
        try {
            tx().executeWithoutResult(s -> {
                // The chainer's lock first (same order as the chainer: lock, then tables), so the
                // scheduled chainer cannot be caught between our table lock and its advisory lock.
                jdbc.sql("select pg_advisory_xact_lock(?)::text").param(CHAINER_LOCK).query(String.class).single();
                tables.forEach(t -> jdbc.sql("alter table " + t + " disable trigger user").update());
                change.run();
                result[0] = trail.verify();
                s.setRollbackOnly();
            });
        } finally {
            tables.forEach(t -> jdbc.sql("alter table " + t + " enable trigger user").update());
        }
        return result[0];
    }

    @Test
    @DisplayName("AUD-02 16 concurrent writers, each entry in its own transaction, yield one valid chain with every entry exactly once")
    void concurrentWritersYieldOneChain() throws Exception {
        String type = unique("aud02-concurrent");
        int writers = 16;
        int perWriter = 200;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    TransactionTemplate t = tx();
                    for (int i = 0; i < perWriter; i++) {
                        int n = i;
                        t.executeWithoutResult(s -> events.publishEvent(AuditableEvent.change("test.written", type,
                                writer + "-" + n, null, Map.of("writer", writer, "n", n))));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        trail.chainPending();
        VerificationResult result = trail.verify();
        assertThat(result.ok()).as(String.valueOf(result)).isTrue();
        assertThat(result.pending()).isZero();
        var counts = jdbc.sql("""
                select count(*) as entries, count(c.position) as chained, count(distinct c.position) as positions
                  from audit_entry e left join audit_chain c on c.entry_id = e.id
                 where e.subject_type = ?""").param(type)
                .query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
        assertThat(counts).containsExactly(3200L, 3200L, 3200L);
        long max = jdbc.sql("select max(position) from audit_chain").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from audit_chain").query(Long.class).single()).isEqualTo(max);
    }
}
