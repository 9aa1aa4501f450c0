package cn.anjian.files;

import java.io.InputStream;
import java.io.OutputStream;

import cn.anjian.kernel.Actor;

/**
 * The file store facade (REC-09). Ingestion streams once through SHA-256 and SM3, never holding the
 * file in memory. Every upload gets its own metadata row (its own name, uploader and scope); equal
 * content shares one blob (deduplication by SHA-256). Downloads are re-hashed while streaming.
 */
public interface Files {

    /**
     * Stores a stream. Refuses (nothing stored): beyond {@code anjian.files.max-size}
     * ({@code FILE-TOO-LARGE}); a {@code declaredSha256} that does not match ({@code FILE-HASH-MISMATCH}, 422).
     * The stored content type is the sniffed one; HTML, SVG and anything unknown become
     * {@code application/octet-stream}.
     */
    StoredFile store(InputStream in, String originalName, String declaredContentType, String declaredSha256, Actor actor);

    /** Metadata in the actor's scope; 404 otherwise. */
    StoredFile find(long id, Actor actor);

    /**
     * Writes the bytes to {@code out} while re-hashing them. The last block is held back until the
     * hash is verified: on a mismatch it is never written, the file is marked CORRUPT, an alarm is
     * raised and {@code FILE-CORRUPT} (409) is thrown (files up to one block send nothing at all).
     * A file already known to be CORRUPT is refused before anything is sent.
     */
    void copyVerified(StoredFile file, OutputStream out);

    /**
     * Writes the bytes {@code first..last} (inclusive) of a stored file, for players that seek (HTTP range requests on
     * audio and video). A part cannot be re-hashed on its own: a file already known to be CORRUPT is refused
     * ({@code FILE-CORRUPT}), the rest is covered by the integrity scan and by every full download.
     */
    void copyRange(StoredFile file, long first, long last, OutputStream out);

    /**
     * Issue 12 defect 5: what can be known of an upload before its bytes are sent — a name and a size within
     * {@code anjian.files.max-size} ({@code FILE-TOO-LARGE}) — so a page refuses at once instead of after the transfer.
     */
    void precheck(String originalName, long size);

    /** The largest upload accepted, in bytes ({@code anjian.files.max-size}); pages check it before sending. */
    long maxSize();

    /**
     * Issue 14: {@code holder} (a module's own reference, e.g. {@code publicity/before-item/12}) makes a file of the
     * actor's scope readable by anyone ({@link #findPublic}) or lets it go; the file stays public while any holder
     * keeps it. Audited; out of scope → 404; a repeated call changes nothing.
     */
    void holdPublic(long id, String holder, boolean open, Actor actor);

    /** A file some holder keeps public, for anyone (no login, no scope); 404 for any other id. */
    StoredFile findPublic(long id);
}
