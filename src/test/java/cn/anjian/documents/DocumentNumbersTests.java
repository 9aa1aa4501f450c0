package cn.anjian.documents;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class DocumentNumbersTests {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired DocumentNumbers numbers;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A fresh agency ("other" kind, so several may share a county) in 泽州县, with a fresh counter. */
    Agency freshAgency(String county) {
        long j = jdbc.sql("SELECT id FROM org_jurisdiction WHERE code = :c").param("c", county).query(Long.class).single();
        return agencies.create(j, AgencyKind.OTHER, "文号测试机构" + SEQ.incrementAndGet());
    }

    TestActor officerOf(Agency a) {
        return new TestActor(7001, "officer-doc", "执法人员", a.id(), a.name(), null, a.jurisdictionId(),
                new cn.anjian.kernel.Scope(a.scopePath()), Set.of("document:generate"));
    }

    @Test
    @DisplayName("LR-10 the legal-review opinion letter is numbered (<agency>)安监法审〔<year>〕<n>号, gapless per agency and year")
    void legalReviewOpinionNumberFormat() {
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
        Agency a = freshAgency("140525");
        numbers.setShortName(a.id(), "泽应急", "test");
        TestActor officer = officerOf(a);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            texts.add(numbers.take(officer, "LEGAL_REVIEW_OPINION", null, "case", "LR10-" + i).text());
        }
        assertThat(texts).containsExactly("(泽应急)安监法审〔2026〕1号", "(泽应急)安监法审〔2026〕2号", "(泽应急)安监法审〔2026〕3号");
        assertThat(numbers.preview(officer, "LEGAL_REVIEW_OPINION", null)).isEqualTo("(泽应急)安监法审〔2026〕4号");
    }

    @Test
    @DisplayName("CASE-05 numbers run per agency, year and type: other agencies and other types count on their own")
    void perAgencyAndTypeIndependence() {
        clock.set(LocalDateTime.of(2026, 5, 6, 10, 0));
        Agency a = freshAgency("140525");
        Agency b = freshAgency("140525");
        numbers.setShortName(a.id(), "甲应急", "test");
        numbers.setShortName(b.id(), "乙应急", "test");
        assertThat(numbers.take(officerOf(a), "PENALTY_DECISION", null, "case", "1").text()).isEqualTo("甲应急罚〔2026〕1号");
        assertThat(numbers.take(officerOf(a), "PENALTY_DECISION", null, "case", "2").text()).isEqualTo("甲应急罚〔2026〕2号");
        assertThat(numbers.take(officerOf(b), "PENALTY_DECISION", null, "case", "3").text()).isEqualTo("乙应急罚〔2026〕1号");
        assertThat(numbers.take(officerOf(a), "RECTIFICATION_ORDER", null, "case", "1").text()).isEqualTo("甲应急责改〔2026〕1号");
        assertThat(numbers.take(officerOf(a), "PENALTY_DECISION", null, "case", "4").n()).isEqualTo(3);
        // every number is recorded with its subject and audited
        assertThat(numbers.forSubject("case", "4")).extracting(IssuedNumber::text).contains("甲应急罚〔2026〕3号");
        long audited = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'document.number.issued'")
                .query(Long.class).single();
        assertThat(audited).isGreaterThanOrEqualTo(5);
    }

    @Test
    @DisplayName("CASE-05 a caller that rolls back burns no number: the next caller gets the same n")
    void rollbackBurnsNoNumber() {
        Agency a = freshAgency("140525");
        TestActor officer = officerOf(a);
        numbers.take(officer, "INSPECTION_RECORD", null, "case", "r1");
        Integer rolledBack = tx.execute(status -> {
            int n = numbers.take(officer, "INSPECTION_RECORD", null, "case", "r2").n();
            status.setRollbackOnly();
            return n;
        });
        assertThat(rolledBack).isEqualTo(2);
        assertThat(numbers.take(officer, "INSPECTION_RECORD", null, "case", "r3").n()).isEqualTo(2);
        assertThat(numbers.forSubject("case", "r2")).isEmpty();
    }

    @Test
    @DisplayName("CASE-05 16 threads taking 50 numbers each get 800 distinct, contiguous numbers 1..800")
    void concurrentCallersGetGaplessNumbers() throws Exception {
        Agency a = freshAgency("140525");
        TestActor officer = officerOf(a);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Integer> taken = new ConcurrentLinkedQueue<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 50; i++) {
                    String subject = thread + "-" + i;
                    taken.add(tx.execute(s -> numbers.take(officer, "SERVICE_RECEIPT", null, "case", subject).n()));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(taken).hasSize(800);
        TreeSet<Integer> distinct = new TreeSet<>(taken);
        assertThat(distinct).hasSize(800);
        assertThat(distinct.first()).isEqualTo(1);
        assertThat(distinct.last()).isEqualTo(800);
    }

    @Test
    @DisplayName("CASE-05 the year is the Beijing-time year: counters restart at 1 at midnight on New Year's Day")
    void newYearRestartsCounters() {
        Agency a = freshAgency("140525");
        numbers.setShortName(a.id(), "泽应急", "test");
        TestActor officer = officerOf(a);
        clock.set(LocalDateTime.of(2026, 12, 31, 23, 59));
        numbers.take(officer, "PENALTY_DECISION", null, "case", "ny1");
        assertThat(numbers.take(officer, "PENALTY_DECISION", null, "case", "ny2").text()).isEqualTo("泽应急罚〔2026〕2号");
        clock.set(LocalDateTime.of(2027, 1, 1, 0, 0));
        assertThat(numbers.take(officer, "PENALTY_DECISION", null, "case", "ny3").text()).isEqualTo("泽应急罚〔2027〕1号");
    }

    @Test
    @DisplayName("refusals: unknown type 400, unknown or out-of-scope agency 404, bad subject 400, nothing issued")
    void refusals() {
        Agency a = freshAgency("140525");
        TestActor officer = officerOf(a);
        assertThatThrownBy(() -> numbers.take(officer, "NO_SUCH_TYPE", null, "case", "x"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.BAD_INPUT));
        assertThatThrownBy(() -> numbers.take(officer, "PENALTY_DECISION", 999_999_999L, "case", "x"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        Agency elsewhere = freshAgency("140100");
        assertThatThrownBy(() -> numbers.take(officer, "PENALTY_DECISION", elsewhere.id(), "case", "x"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> numbers.take(officer, "PENALTY_DECISION", null, "", "x"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.BAD_INPUT));
        assertThatThrownBy(() -> numbers.take(officer, "PENALTY_DECISION", null, "case", "x".repeat(65)))
                .isInstanceOf(BusinessException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM doc_counter WHERE agency_id IN (:a, :b)").param("a", a.id()).param("b", elsewhere.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("default short name is derived from the agency name")
    void derivedShortName() {
        assertThat(DocumentNumbers.deriveShortName("泽州县应急管理局")).isEqualTo("泽应急");
        assertThat(DocumentNumbers.deriveShortName("某某机构")).isEqualTo("某某机构");
    }
}
