package cn.anjian.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Write-once, content-addressed object storage; the key is the lowercase SHA-256 hex of the bytes.
 * Deliberately narrow (stage, commit under a key, exists, size, open) so an S3-compatible store can
 * implement it later: staging = a temporary object or multipart upload, commit = a conditional
 * copy/put ({@code If-None-Match: *}) to the final key. Objects are never overwritten or changed.
 */
public interface BlobStore {

    /** Starts a temporary, unaddressed object; the caller writes the bytes then commits or closes (discards) it. */
    Staging stage() throws IOException;

    boolean exists(String sha256);

    /** The stored size in bytes; -1 when the object does not exist. */
    long size(String sha256);

    /** Opens the stored object for reading. */
    InputStream open(String sha256) throws IOException;

    /** Puts a whole stream (hashing it with SHA-256) and returns its key; an existing object is kept as is. */
    default String put(InputStream in) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Staging s = stage()) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
                s.out().write(buf, 0, n);
            }
            String key = HexFormat.of().formatHex(sha.digest());
            s.commit(key);
            return key;
        }
    }

    /** A temporary object being written. Closing without commit discards it. */
    interface Staging extends AutoCloseable {

        OutputStream out();

        /** Makes the bytes durable and stores them under {@code sha256}; false when that object already existed (kept unchanged). */
        boolean commit(String sha256) throws IOException;

        @Override
        void close() throws IOException;
    }
}
