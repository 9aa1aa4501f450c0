package cn.anjian.files;

import cn.anjian.files.internal.S3BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.s3.S3Client;

/** The {@link BlobStoreContract} on a real S3-compatible server on loopback ({@link S3Server}), one bucket for the class. */
class S3BlobStoreContractTests extends BlobStoreContract {

    static final int PART = 5 * 1024 * 1024;
    private static S3BlobStore store;
    private static S3Client client;
    private static String bucket;

    @BeforeAll
    static void start() throws Exception {
        S3Server server = S3Server.get();
        store = server.newStore(PART);
        bucket = store.bucket();
        client = server.client();
    }

    @AfterAll
    static void stop() {
        store.close();
        client.close();
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Override
    long leftovers() {
        long objects = client.listObjectsV2(b -> b.bucket(bucket).prefix("staging/")).keyCount();
        long uploads = client.listMultipartUploads(b -> b.bucket(bucket)).uploads().size();
        return objects + uploads;
    }

    @Override
    int largeStaging() {
        return 2 * PART + 12345; // three parts: a multipart staging upload and a server-side copy on commit
    }
}
