package cn.anjian.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestionSm3Tests {

    @TempDir
    Path root;

    @Test
    @DisplayName("REC-09 SM3 vectors of GB/T 32905-2016: \"abc\" and \"abcd\" x 16 (one full block plus padding block)")
    void standardVectors() {
        assertThat(sm3Of("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(sm3Of("abcd".repeat(16).getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    @DisplayName("REC-09 the pipelined ingestion (SM3 on its own thread or inline, any buffer size, uneven reads) gives one-shot SHA-256 and BouncyCastle SM3")
    void pipelineEqualsOneShot() throws Exception {
        LocalBlobStore store = new LocalBlobStore(root);
        Random random = new Random(11);
        Ingestion.Tuning[] tunings = {Ingestion.Tuning.DEFAULT, new Ingestion.Tuning(1000, 2, true), new Ingestion.Tuning(4096, 3, false)};
        int[] sizes = {0, 1, 55, 56, 63, 64, 65, 999, 1000, 1001, 4096, 262_143, 262_144, 262_145, 1_000_003};
        for (Ingestion.Tuning tuning : tunings) {
            for (int size : sizes) {
                byte[] data = new byte[size];
                random.nextBytes(data);
                int step = 1 + random.nextInt(9000);
                InputStream uneven = new ByteArrayInputStream(data) {
                    @Override
                    public synchronized int read(byte[] b, int off, int len) {
                        return super.read(b, off, Math.min(len, step));
                    }
                };
                Ingestion.Result r = Ingestion.ingest(store, uneven, "x.bin", null, Long.MAX_VALUE, tuning);
                SM3Digest bc = new SM3Digest();
                bc.update(data, 0, data.length);
                byte[] sm3 = new byte[32];
                bc.doFinal(sm3, 0);
                assertThat(r.sm3()).as("SM3 of %d bytes with %s", size, tuning).isEqualTo(HexFormat.of().formatHex(sm3));
                assertThat(r.sha256()).as("SHA-256 of %d bytes with %s", size, tuning)
                        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)));
                assertThat(r.size()).isEqualTo(size);
            }
        }
    }

    private static String sm3Of(byte[] bytes) {
        Hashing h = new Hashing(true);
        h.update(bytes, 0, bytes.length);
        return h.sm3Hex();
    }
}
