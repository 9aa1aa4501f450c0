package cn.anjian.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import cn.anjian.files.internal.LocalBlobStore;
import org.junit.jupiter.api.io.TempDir;

/** The {@link BlobStoreContract} on the local filesystem. */
class LocalBlobStoreContractTests extends BlobStoreContract {

    @TempDir
    static Path root;

    private static LocalBlobStore store;

    @Override
    BlobStore store() {
        if (store == null) {
            store = new LocalBlobStore(root);
        }
        return store;
    }

    @Override
    long leftovers() throws IOException {
        try (Stream<Path> s = java.nio.file.Files.list(root.resolve(".tmp"))) {
            return s.count();
        }
    }

    @Override
    int largeStaging() {
        return 3 * 1024 * 1024;
    }
}
