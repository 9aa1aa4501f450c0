package cn.anjian.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import cn.anjian.files.BlobStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@link BlobStore} on the local filesystem: {@code <root>/ab/cd/<sha256>}. Bytes go to a temp file
 * under {@code <root>/.tmp} (same filesystem), are fsynced, then hard-linked to the final name —
 * a link never replaces an existing file, so objects are write-once even under concurrent uploads —
 * and made read-only. The default store ({@code anjian.files.store: local}); several nodes use {@link S3BlobStore}.
 */
@Component
@ConditionalOnProperty(name = "anjian.files.store", havingValue = "local", matchIfMissing = true)
public class LocalBlobStore implements BlobStore {

    private final Path root;
    private final Path tmp;

    public LocalBlobStore(@Value("${anjian.files.root:./data/files}") Path root) {
        try {
            this.root = root.toAbsolutePath().normalize();
            this.tmp = this.root.resolve(".tmp");
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new IllegalStateException("文件存储目录不可用: " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    /** Where the object lives (for tests and diagnostics). */
    public Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 key");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    @Override
    public Staging stage() throws IOException {
        Path file = Files.createTempFile(tmp, "up-", ".part");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        return new LocalStaging(file, channel);
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    @Override
    public long size(String sha256) {
        try {
            return Files.size(path(sha256));
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    private final class LocalStaging implements Staging {
        private final Path file;
        private final FileChannel channel;
        private final OutputStream out;
        private boolean done;

        LocalStaging(Path file, FileChannel channel) {
            this.file = file;
            this.channel = channel;
            this.out = Channels.newOutputStream(channel);
        }

        @Override
        public OutputStream out() {
            return out;
        }

        @Override
        public boolean commit(String sha256) throws IOException {
            Path target = path(sha256);
            channel.force(true);
            channel.close();
            done = true;
            Files.createDirectories(target.getParent());
            boolean created;
            try {
                Files.createLink(target, file);
                created = true;
            } catch (FileAlreadyExistsException e) {
                created = false;
            }
            Files.delete(file);
            if (created) {
                target.toFile().setReadOnly();
                fsyncDirectory(target.getParent());
            }
            return created;
        }

        @Override
        public void close() throws IOException {
            if (!done) {
                done = true;
                channel.close();
                Files.deleteIfExists(file);
            }
        }
    }

    private static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some filesystems cannot open a directory for fsync; the object itself is already durable
        }
    }
}
