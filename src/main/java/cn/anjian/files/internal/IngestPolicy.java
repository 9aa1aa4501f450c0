package cn.anjian.files.internal;

import java.io.IOException;
import java.io.InputStream;

import cn.anjian.files.BlobStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * How an upload is fingerprinted (README: "SM3 filled right after the commit"): the size limit, and
 * whether SM3 is taken in the upload or from the stored blob once the row has committed.
 */
@Component
class IngestPolicy {

    private final long maxSize;
    private final boolean sm3AfterCommit;
    private final ObjectProvider<DeferredSm3> deferred;

    IngestPolicy(@Value("${anjian.files.max-size:2GB}") DataSize maxSize,
                 @Value("${anjian.files.sm3:at-ingestion}") String sm3Mode, ObjectProvider<DeferredSm3> deferred) {
        this.deferred = deferred;
        this.sm3AfterCommit = switch (sm3Mode) {
            case "at-ingestion" -> false;
            case "after-commit" -> true;
            default -> throw new IllegalArgumentException("anjian.files.sm3 must be at-ingestion or after-commit: " + sm3Mode);
        };
        this.maxSize = maxSize.toBytes();
    }

    long maxSize() {
        return maxSize;
    }

    Ingestion.Result ingest(BlobStore store, InputStream in, String name, String declaredSha256) {
        return sm3AfterCommit
                ? Ingestion.ingestSha256Only(store, in, name, declaredSha256, maxSize)
                : Ingestion.ingest(store, in, name, declaredSha256, maxSize);
    }

    /** After-commit mode: SM3 is computed from the stored blob once the row is visible. */
    void fillSm3AfterCommit(String sha256) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deferred.getObject().submit(sha256);
            }
        });
    }
}
