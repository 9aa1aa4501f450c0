package cn.anjian.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import cn.anjian.files.BlobStore;
import cn.anjian.files.S3Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Issue 20: the S3 staging buffer grows with the bytes up to one part instead of taking a whole part per upload.
 * Every size around the buffer's growth steps and the part boundary, written in one piece and in odd chunks,
 * reads back byte for byte, and no staging object or multipart upload is left behind.
 */
class S3PartBufferTests {

    static final int PART = 5 * 1024 * 1024;
    private static S3BlobStore store;
    private static S3Client client;

    @BeforeAll
    static void start() throws Exception {
        S3Server server = S3Server.get();
        store = server.newStore(PART);
        client = server.client();
    }

    @AfterAll
    static void stop() {
        store.close();
        client.close();
    }

    @Test
    @DisplayName("a photo-sized upload holds a 256 KiB buffer, not a whole part; a larger one grows to exactly one part")
    void smallUploadCostsNoPart() throws Exception {
        try (BlobStore.Staging st = store.stage()) {
            S3BlobStore.S3Staging s = (S3BlobStore.S3Staging) st;
            assertThat(s.capacity()).isEqualTo(S3BlobStore.FIRST_BUFFER);
            st.out().write(new byte[200 * 1024]);
            assertThat(s.capacity()).isEqualTo(S3BlobStore.FIRST_BUFFER);
            st.out().write(new byte[3 * 1024 * 1024]);
            assertThat(s.capacity()).isLessThanOrEqualTo(PART);
            st.out().write(new byte[3 * 1024 * 1024]); // past one part: the part went out, the buffer is one part
            assertThat(s.capacity()).isEqualTo(PART);
        }
        assertThat(leftovers()).isZero();
    }

    @ParameterizedTest(name = "{0} bytes in chunks of {1}")
    @CsvSource({
            "0, 0", "1, 0", "1000, 7", "262144, 0", "262145, 0", "262145, 4096", "1048576, 0", "1048577, 65536",
            "5242879, 0", "5242880, 0", "5242880, 8191", "5242881, 0", "5242881, 1000003", "10485760, 0",
            "10485761, 65537", "12345678, 999999"})
    @DisplayName("small, growth steps, exactly one part, part + 1 byte and multi-part uploads are intact")
    void uploadsAreIntact(int size, int chunk) throws Exception {
        byte[] bytes = new byte[size];
        new Random(size * 31L + chunk).nextBytes(bytes);
        String key = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        try (BlobStore.Staging st = store.stage()) {
            if (chunk == 0) {
                st.out().write(bytes);
            } else {
                for (int off = 0; off < size; off += chunk) {
                    st.out().write(bytes, off, Math.min(chunk, size - off));
                }
            }
            assertThat(st.commit(key)).isTrue();
        }
        assertThat(store.size(key)).isEqualTo(size);
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(leftovers()).isZero();
    }

    private long leftovers() {
        long objects = client.listObjectsV2(b -> b.bucket(store.bucket()).prefix("staging/")).keyCount();
        return objects + client.listMultipartUploads(b -> b.bucket(store.bucket())).uploads().size();
    }
}
