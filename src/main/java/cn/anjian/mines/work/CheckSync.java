package cn.anjian.mines.work;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Idempotency;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The phone's {@code PUT /checks/{id}} with its {@code Idempotency-Key} (the kernel's one mechanism): the first
 * request stores the check and its answer together (201); a replay of the key with the same body gets the stored
 * answer (200), with another body 422; a new key for a check already stored (the phone lost the first answer) is
 * recognised by the check's id (200).
 */
@Service
public class CheckSync {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The HTTP status and the JSON body to answer. */
    public record Answer(int status, String body) {
    }

    private final CheckRecording recording;
    private final Idempotency idempotency;
    private final TransactionTemplate tx;

    CheckSync(CheckRecording recording, Idempotency idempotency, PlatformTransactionManager txm) {
        this.recording = recording;
        this.idempotency = idempotency;
        this.tx = new TransactionTemplate(txm);
    }

    public Answer sync(Actor actor, String key, String checkId, NewCheck body) {
        if (!actor.hasPermission("mine:check")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有此项操作的权限");
        }
        Idempotency.requireValidKey(key);
        UUID id = uuid(checkId);
        if (body == null) {
            throw BusinessException.badInput("MALFORMED-BODY", "请提交检查记录");
        }
        String hash = hash(id, body);
        Optional<Idempotency.Entry> existing = idempotency.claim(actor.userId(), key);
        if (existing.isPresent()) {
            Idempotency.Entry e = existing.get();
            if (e.state() == Idempotency.State.IN_FLIGHT) {
                throw Idempotency.inFlight();
            }
            if (!hash.equals(e.requestHash())) {
                throw Idempotency.mismatch();
            }
            return new Answer(200, e.body());
        }
        try {
            return tx.execute(s -> {
                CheckRecording.Recorded r = recording.record(actor, id, body, hash);
                String json = JSON.writeValueAsString(response(r));
                idempotency.complete(actor.userId(), key, hash, r.created() ? 201 : 200, json, null);
                return new Answer(r.created() ? 201 : 200, json);
            });
        } catch (RuntimeException e) {
            idempotency.release(actor.userId(), key);
            throw e;
        }
    }

    static Map<String, Object> response(CheckRecording.Recorded r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("checkId", r.checkId().toString());
        m.put("status", r.status().name());
        m.put("statusLabel", r.statusLabel());
        m.put("missedMandatory", r.missedMandatory());
        m.put("missedSpot", r.missedSpot());
        return m;
    }

    static UUID uuid(String id) {
        try {
            if (id != null && id.length() == 36) {
                return UUID.fromString(id);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw BusinessException.badInput("MINE-CHECK-ID", "检查编号须为 UUID（由手机生成）");
    }

    static String hash(UUID id, NewCheck body) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(id.toString().getBytes(StandardCharsets.US_ASCII));
            d.update(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
