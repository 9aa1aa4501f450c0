package cn.anjian.files;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;

import cn.anjian.files.internal.Ingestion;
import cn.anjian.files.internal.S3BlobStore;
import cn.anjian.kernel.StorageFailure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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

    @Test
    @DisplayName("start-up check: a wrong secret or an unreachable endpoint fails with a clear message that never shows the secret")
    void startupCheck() throws Exception {
        S3Server server = S3Server.get();
        try (S3BlobStore wrong = new S3BlobStore(server.settings(bucket, "not-the-secret-4711", PART))) {
            assertThatThrownBy(wrong::checkReachable).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("S3 文件存储不可用").hasMessageContaining("访问密钥")
                    .hasMessageNotContaining("not-the-secret-4711");
        }
        S3BlobStore.Settings s = server.settings(bucket, "not-the-secret-4711", PART);
        try (S3BlobStore down = new S3BlobStore(new S3BlobStore.Settings(URI.create("http://127.0.0.1:" + S3Server.freePort()),
                s.region(), s.bucket(), s.accessKey(), s.secretKey(), true, PART, true))) {
            assertThatThrownBy(down::checkReachable).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("无法连接").hasMessageNotContaining("not-the-secret-4711");
            // at run time the same failure is a StorageFailure (503), not a refusal of the user's input
            assertThatThrownBy(() -> Ingestion.ingest(down, new ByteArrayInputStream(new byte[10]), "a.txt", null, 100))
                    .isInstanceOf(StorageFailure.class).extracting("kind").isEqualTo(StorageFailure.Kind.UNAVAILABLE);
        }
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
