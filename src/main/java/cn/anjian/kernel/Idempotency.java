package cn.anjian.kernel;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Idempotency-Key} for every phone API (recording's uploads, the mines' checks), per user: one mechanism, one
 * table ({@code kernel_idempotency}, recording's {@code rec_idempotency} until V21_31). A key is claimed by inserting an IN_FLIGHT row in
 * its own committed transaction before any work: the primary key (user, key) lets exactly one of any
 * number of concurrent requests win, on every node. The winner stores its response (DONE); the others
 * get 409 while it is in flight, the stored response when the content matches, 422 when it does not.
 * A failed request releases its key so the client may retry. An IN_FLIGHT row older than
 * {@code anjian.recording.idempotency-abandoned-after} (a node died mid-request) may be taken over.
 */
@Component
public class Idempotency {

    public static final String KEY_PATTERN = "[A-Za-z0-9_.:-]{8,100}";

    public enum State { IN_FLIGHT, DONE }

    public record Entry(State state, String requestHash, int status, String body) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate newTx;
    private final Clock clock;
    private final Duration abandonedAfter;
    /** Issue 20: the phone sync as seen by the server — requests claimed, and replays answered from the store. */
    private final Counter claims;
    private final Counter replays;

    public Idempotency(JdbcClient jdbc, PlatformTransactionManager txm, Clock clock,
                @Value("${anjian.recording.idempotency-abandoned-after:PT15M}") Duration abandonedAfter, MeterRegistry registry) {
        this.claims = Counter.builder("anjian.sync.requests").description("带 Idempotency-Key 的手机端写请求数").register(registry);
        this.replays = Counter.builder("anjian.sync.replays").description("按 Idempotency-Key 重放（返回首次结果）的请求数").register(registry);
        this.jdbc = jdbc;
        this.newTx = new TransactionTemplate(txm);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.abandonedAfter = abandonedAfter;
    }

    public static String requireValidKey(String key) {
        if (key == null || key.isBlank()) {
            throw BusinessException.badInput("REC-IDEMPOTENCY-KEY", "缺少请求头 Idempotency-Key（8–100 位字母、数字或 _ . : -，建议使用 UUID）");
        }
        if (!key.matches(KEY_PATTERN)) {
            throw BusinessException.badInput("REC-IDEMPOTENCY-KEY", "Idempotency-Key 须为 8–100 位字母、数字或 _ . : -（建议使用 UUID）");
        }
        return key;
    }

    /** Claims the key: empty when this request now owns it, else the existing entry. */
    public Optional<Entry> claim(long userId, String key) {
        return newTx.execute(s -> {
            jdbc.sql("delete from kernel_idempotency where user_id = :u and idem_key = :k and state = 'IN_FLIGHT' and created_at < :old")
                    .param("u", userId).param("k", key).param("old", Timestamp.from(clock.instant().minus(abandonedAfter))).update();
            int inserted = jdbc.sql("""
                    insert into kernel_idempotency (user_id, idem_key, state, created_at) values (:u, :k, 'IN_FLIGHT', :now)
                    on conflict (user_id, idem_key) do nothing""")
                    .param("u", userId).param("k", key).param("now", Timestamp.from(clock.instant())).update();
            claims.increment();
            if (inserted == 1) {
                return Optional.<Entry>empty();
            }
            Optional<Entry> existing = jdbc.sql("select * from kernel_idempotency where user_id = :u and idem_key = :k").param("u", userId).param("k", key)
                    .query((rs, n) -> new Entry(State.valueOf(rs.getString("state")), rs.getString("request_hash"),
                            rs.getInt("status_code"), rs.getString("response_body")))
                    .optional();
            if (existing.filter(e -> e.state() == State.DONE).isPresent()) {
                replays.increment();
            }
            return existing
                    // deleted between our insert and select (the owner failed): tell the client to retry
                    .or(() -> Optional.of(new Entry(State.IN_FLIGHT, null, 0, null)));
        });
    }

    /** Call inside the transaction that creates the record, so the record and its stored response commit together. */
    public void complete(long userId, String key, String requestHash, int status, String body, Long recordId) {
        jdbc.sql("""
                update kernel_idempotency set state = 'DONE', request_hash = :h, status_code = :st, response_body = :b,
                    record_id = :r, completed_at = :now where user_id = :u and idem_key = :k""")
                .param("h", requestHash).param("st", status).param("b", body).param("r", recordId)
                .param("now", Timestamp.from(clock.instant())).param("u", userId).param("k", key).update();
    }

    public void release(long userId, String key) {
        newTx.executeWithoutResult(s -> jdbc.sql("delete from kernel_idempotency where user_id = :u and idem_key = :k and state = 'IN_FLIGHT'")
                .param("u", userId).param("k", key).update());
    }

    public static BusinessException inFlight() {
        return BusinessException.conflict("REC-IDEMPOTENCY-IN-FLIGHT", "相同 Idempotency-Key 的请求正在处理中，请稍后重试");
    }

    public static BusinessException mismatch() {
        return new BusinessException("REC-IDEMPOTENCY-MISMATCH", "该 Idempotency-Key 已用于内容不同的请求；新的上传请使用新的 Idempotency-Key");
    }
}
