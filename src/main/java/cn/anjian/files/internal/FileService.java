package cn.anjian.files.internal;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.files.BlobStore;
import cn.anjian.files.FileAccessGuard;
import cn.anjian.files.FileIntegrityAlarm;
import cn.anjian.files.Files;
import cn.anjian.files.Integrity;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Files}: the blob is written (outside any transaction, it may take minutes) before the
 * metadata row and its audit entry are inserted in one short transaction. A blob without a row
 * (crash in between) is harmless: the next upload of the same bytes reuses it.
 */
@Service
@RequiredArgsConstructor
public class FileService implements Files {

    static final int BLOCK = 64 * 1024;

    private final BlobStore store;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final IngestPolicy policy;
    private final ObjectProvider<FileAccessGuard> guards;

    @Override
    public long maxSize() {
        return policy.maxSize();
    }

    @Override
    public StoredFile store(InputStream in, String originalName, String declaredContentType, String declaredSha256, Actor actor) {
        String name = safeName(originalName);
        Ingestion.Result r = policy.ingest(store, in, name, declaredSha256);
        Instant now = clock.instant();
        return tx.execute(s -> {
            long id = jdbc.sql("""
                    insert into file_object (sha256, sm3, sm3_at, size, content_type, original_name, scope_path, created_at, created_by, last_verified_at)
                    values (:sha, :sm3, :sm3at, :size, :ct, :name, :scope, :now, :by, :now) returning id""")
                    .param("sha", r.sha256()).param("sm3", r.sm3()).param("sm3at", r.sm3() == null ? null : Timestamp.from(now))
                    .param("size", r.size()).param("ct", r.contentType())
                    .param("name", name).param("scope", actor.scope().path()).param("now", Timestamp.from(now))
                    .param("by", actor.username()).query(Long.class).single();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("name", name);
            after.put("sha256", r.sha256());
            after.put("sm3", r.sm3());
            after.put("size", r.size());
            after.put("contentType", r.contentType());
            after.put("declaredContentType", declaredContentType);
            after.put("deduplicated", !r.newBlob());
            events.publishEvent(AuditableEvent.change("files.file.stored", "file", id, null, after));
            if (r.sm3() == null) {
                policy.fillSm3AfterCommit(r.sha256());
            }
            return load(id);
        });
    }

    @Override
    public StoredFile find(long id, Actor actor) {
        StoredFile f = jdbc.sql("select * from file_object where id = :id and scope_path like :p")
                .param("id", id).param("p", actor.scope().pattern())
                .query(FileService::map).optional()
                .orElseThrow(() -> BusinessException.notFound("文件"));
        // the owners' access rules (e.g. classified records, REC-12), for every read path
        guards.orderedStream().forEach(g -> g.beforeRead(f, actor));
        return f;
    }

    @Override
    public void holdPublic(long id, String holder, boolean open, Actor actor) {
        StoredFile f = find(id, actor);
        tx.executeWithoutResult(s -> {
            int changed = open
                    ? jdbc.sql("insert into file_public (file_id, holder, since) values (:id, :h, :now) on conflict do nothing")
                        .param("id", f.id()).param("h", holder).param("now", Timestamp.from(clock.instant())).update()
                    : jdbc.sql("delete from file_public where file_id = :id and holder = :h").param("id", f.id())
                        .param("h", holder).update();
            if (changed > 0) {
                events.publishEvent(AuditableEvent.change(open ? "files.file.made-public" : "files.file.made-private",
                        "file", f.id(), null, Map.of("holder", holder)));
            }
        });
    }

    @Override
    public StoredFile findPublic(long id) {
        return jdbc.sql("select * from file_object o where id = :id and exists (select 1 from file_public p where p.file_id = o.id)")
                .param("id", id).query(FileService::map).optional().orElseThrow(() -> BusinessException.notFound("文件"));
    }

    StoredFile load(long id) {
        return jdbc.sql("select * from file_object where id = :id").param("id", id).query(FileService::map).single();
    }

    @Override
    public void copyVerified(StoredFile file, OutputStream out) {
        if (file.integrity() == Integrity.CORRUPT) {
            throw corruptRefusal();
        }
        Hashing hashing = new Hashing(false);
        byte[] held = new byte[BLOCK];
        byte[] buf = new byte[BLOCK];
        int heldLen = 0;
        long size = 0;
        boolean missing = false;
        try (InputStream in = store.open(file.sha256())) {
            for (int n; (n = in.readNBytes(buf, 0, BLOCK)) > 0; ) {
                // the previous block is known not to be the last one: release it
                if (heldLen > 0) {
                    out.write(held, 0, heldLen);
                }
                hashing.update(buf, 0, n);
                size += n;
                byte[] t = held;
                held = buf;
                buf = t;
                heldLen = n;
            }
        } catch (java.nio.file.NoSuchFileException e) {
            missing = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String actual = missing ? null : hashing.sha256Hex();
        if (missing || size != file.size() || !actual.equals(file.sha256())) {
            markCorrupt(file.sha256(), "DOWNLOAD", missing ? "对象缺失" : "SHA-256 不一致");
            throw corruptRefusal();
        }
        try {
            out.write(held, 0, heldLen);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("update file_object set last_verified_at = :now where sha256 = :sha and integrity = 'OK'")
                .param("now", Timestamp.from(clock.instant())).param("sha", file.sha256()).update();
    }

    @Override
    public void precheck(String originalName, long size) {
        if (originalName == null || originalName.isBlank()) {
            throw BusinessException.badInput("FILE-MISSING", "请选择要上传的文件");
        }
        if (originalName.length() > 255) {
            throw BusinessException.badInput("BAD-FILE-NAME", "文件名不超过 255 个字符");
        }
        if (size <= 0) {
            throw BusinessException.badInput("FILE-EMPTY", "所选文件是空文件，请重新选择");
        }
        if (size > maxSize()) {
            throw new BusinessException(Ingestion.TOO_LARGE, "文件超过允许的大小（" + maxSize() / (1024 * 1024) + " MB），请压缩或分段后再上传");
        }
    }

    @Override
    public void copyRange(StoredFile file, long first, long last, OutputStream out) {
        if (file.integrity() == Integrity.CORRUPT) {
            throw corruptRefusal();
        }
        if (first < 0 || last < first || last >= file.size()) {
            throw BusinessException.badInput("FILE-RANGE", "请求的字节范围超出文件大小");
        }
        try (InputStream in = store.open(file.sha256())) {
            in.skipNBytes(first);
            long left = last - first + 1;
            byte[] buf = new byte[BLOCK];
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    throw corruptRefusal(); // shorter than recorded: the integrity scan will raise the alarm
                }
                out.write(buf, 0, n);
                left -= n;
            }
        } catch (java.io.EOFException | java.nio.file.NoSuchFileException e) {
            throw corruptRefusal();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static BusinessException corruptRefusal() {
        return BusinessException.conflict("FILE-CORRUPT", "文件完整性校验未通过（内容已被改动或缺失），已停止下载并告警");
    }

    /** REC-09 alarm: every row sharing the blob becomes CORRUPT, with an audit entry and a {@link FileIntegrityAlarm}. */
    void markCorrupt(String sha256, String detectedBy, String reason) {
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            List<Long> ids = jdbc.sql("""
                    update file_object set integrity = 'CORRUPT', corrupt_detected_at = :now, corrupt_detected_by = :by, last_verified_at = :now
                    where sha256 = :sha and integrity = 'OK' returning id""")
                    .param("now", Timestamp.from(now)).param("by", detectedBy).param("sha", sha256)
                    .query(Long.class).list();
            if (ids.isEmpty()) {
                return;
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("integrity", "CORRUPT");
            after.put("detectedBy", detectedBy);
            after.put("reason", reason);
            after.put("fileIds", ids);
            events.publishEvent(new AuditableEvent("files.integrity.corrupt", "blob", sha256, Map.of("integrity", "OK"),
                    after, "DOWNLOAD".equals(detectedBy) ? null : "system", null));
            events.publishEvent(new FileIntegrityAlarm(sha256, ids, detectedBy, reason, now));
        });
    }

    static String safeName(String original) {
        String n = original == null ? "" : original;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        // control characters and quotes; bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) are
        // stripped, so a name with U+202E before "lmth.png" cannot pass for a picture (issue 13, finding 9)
        n = n.replaceAll("[\\p{Cntrl}\"\u202A-\u202E\u2066-\u2069]", "").strip();
        if (n.length() > 200) {
            n = n.substring(n.length() - 200);
        }
        return n.isEmpty() || n.equals(".") || n.equals("..") ? "file" : n;
    }

    static StoredFile map(ResultSet rs, int n) throws SQLException {
        return new StoredFile(rs.getLong("id"), rs.getString("sha256"), rs.getString("sm3"), rs.getLong("size"),
                rs.getString("content_type"), rs.getString("original_name"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), instant(rs.getTimestamp("last_verified_at")),
                Integrity.valueOf(rs.getString("integrity")), instant(rs.getTimestamp("corrupt_detected_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
