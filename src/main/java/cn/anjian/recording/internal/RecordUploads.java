package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import cn.anjian.files.Files;
import cn.anjian.kernel.Idempotency;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.recording.RecordMetadata;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * The phone upload with its {@code Idempotency-Key}: one step (metadata + file) or two steps (the file
 * first through the file store's raw {@code PUT /api/v1/files}, then the metadata with {@code fileId}).
 * The request fingerprint is SHA-256 over the canonical metadata and the file's SHA-256.
 */
@Service
@RequiredArgsConstructor
public class RecordUploads {

    /** What the API answers: status and the exact body text (identical on replay). */
    public record Answer(int status, String body, boolean replayed) {
    }

    private final RecordingService recording;
    private final Files files;
    private final Idempotency idempotency;
    private final TransactionTemplate tx;
    private final ObjectMapper json;

    /** One step: the file's bytes arrive with the metadata ({@code content} is read once). */
    public Answer upload(String key, RecordMetadata metadata, InputStream content, String fileName, String contentType, Actor actor) {
        Idempotency.requireValidKey(key);
        RecordMetadata m = metadata.withFileId(null);
        RecordInput input = RecordInput.of(m);
        Optional<Idempotency.Entry> existing = idempotency.claim(actor.userId(), key);
        if (existing.isPresent()) {
            String fileSha = sha256(content);
            return replay(existing.get(), fingerprint(m, fileSha));
        }
        try {
            StoredFile f = files.store(content, fileName, contentType, null, actor);
            return create(key, input, f, fingerprint(m, f.sha256()), actor);
        } catch (RuntimeException e) {
            idempotency.release(actor.userId(), key);
            throw e;
        }
    }

    /** Two steps: the file is already in the file store ({@code metadata.fileId}). */
    public Answer attach(String key, RecordMetadata metadata, Actor actor) {
        Idempotency.requireValidKey(key);
        RecordInput input = RecordInput.of(metadata);
        if (metadata.fileId() == null || metadata.fileId() <= 0) {
            throw RecordInput.bad("缺少文件编号（fileId）：请先通过 PUT /api/v1/files 上传文件");
        }
        StoredFile f = files.find(metadata.fileId(), actor);
        String fp = fingerprint(metadata, f.sha256());
        Optional<Idempotency.Entry> existing = idempotency.claim(actor.userId(), key);
        if (existing.isPresent()) {
            return replay(existing.get(), fp);
        }
        try {
            return create(key, input, f, fp, actor);
        } catch (RuntimeException e) {
            idempotency.release(actor.userId(), key);
            throw e;
        }
    }

    private Answer create(String key, RecordInput input, StoredFile f, String fingerprint, Actor actor) {
        return tx.execute(s -> {
            RecordView r = recording.addRecord(input, f, actor);
            String body = json.writeValueAsString(RecordResponse.of(r));
            idempotency.complete(actor.userId(), key, fingerprint, 201, body, r.id());
            return new Answer(201, body, false);
        });
    }

    private static Answer replay(Idempotency.Entry e, String fingerprint) {
        if (e.state() == Idempotency.State.IN_FLIGHT) {
            throw Idempotency.inFlight();
        }
        if (!e.requestHash().equals(fingerprint)) {
            throw Idempotency.mismatch();
        }
        return new Answer(e.status(), e.body(), true);
    }

    static String fingerprint(RecordMetadata m, String fileSha256) {
        MessageDigest d = digest();
        d.update(m.withFileId(null).canonical().getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
        d.update(fileSha256.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(d.digest());
    }

    private static String sha256(InputStream in) {
        MessageDigest d = digest();
        byte[] buf = new byte[64 * 1024];
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                d.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
