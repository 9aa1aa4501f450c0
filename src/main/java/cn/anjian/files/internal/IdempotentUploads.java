package cn.anjian.files.internal;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Idempotency;
import org.springframework.stereotype.Service;

/**
 * A raw upload with an {@code Idempotency-Key} (the commissioners' phone photos, issue 17): the phone may lose the
 * answer of an upload that the server finished (a drop, a closed page) and sends the same bytes again with the same
 * key; it gets the file stored the first time (200), not a second copy. Same key, other bytes: 422; still in flight:
 * 409 (the phone retries later). The key is completed right after the file's own short transaction (the blob is
 * streamed outside any transaction); a crash in between leaves it in flight until the kernel's takeover delay.
 */
@Service
@RequiredArgsConstructor
public class IdempotentUploads {

    /** The file and whether this request stored it (201) or replayed an earlier upload (200). */
    public record Upload(StoredFile file, boolean created) {
    }

    private final FileService files;
    private final Idempotency idempotency;

    public Upload store(InputStream in, String name, String contentType, String declaredSha256, Actor actor, String key) {
        Idempotency.requireValidKey(key);
        Optional<Idempotency.Entry> existing = idempotency.claim(actor.userId(), key);
        if (existing.isPresent()) {
            return replay(existing.get(), in, actor);
        }
        try {
            StoredFile f = files.store(in, name, contentType, declaredSha256, actor);
            idempotency.complete(actor.userId(), key, f.sha256(), 201, Long.toString(f.id()), f.id());
            return new Upload(f, true);
        } catch (RuntimeException e) {
            idempotency.release(actor.userId(), key);
            throw e;
        }
    }

    private Upload replay(Idempotency.Entry e, InputStream in, Actor actor) {
        if (e.state() == Idempotency.State.IN_FLIGHT) {
            throw Idempotency.inFlight();
        }
        long id = parse(e.body());
        if (id <= 0 || !sha256(in, files.maxSize()).equals(e.requestHash())) {
            throw Idempotency.mismatch(); // also a key first used for another kind of request
        }
        return new Upload(files.find(id, actor), false);
    }

    private static long parse(String body) {
        try {
            return body == null ? -1 : Long.parseLong(body);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The replayed body is read to compare it with the first upload (bounded like an upload). */
    static String sha256(InputStream in, long maxSize) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[FileService.BLOCK];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > maxSize) {
                    throw new BusinessException(Ingestion.TOO_LARGE, "文件超过允许的大小，未保存");
                }
                d.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException e) {
            throw new BusinessException(BusinessException.Kind.BAD_INPUT, "FILE-READ-FAILED", "读取上传内容失败，未保存，请重新上传");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
