package cn.anjian.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.files.BlobStore;
import cn.anjian.kernel.AuditableEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 20: the file store unreachable (S3 down) → 503, the local disk full → 507; in both cases nothing is
 * half-recorded (no file row, no audit entry of a stored file, the staging removed). The shared context's
 * FileService is pointed at a failing store for the length of one request and given its own back after.
 */
@IntegrationTest
@RecordApplicationEvents
class FileStoreFaultTests {

    static final TestActors.TestActor OFFICER = TestActors.actor("officer", 42, "/1/5/42/", "file:upload", "file:read");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired FileService files;
    @Autowired ApplicationEvents events;

    @TempDir
    Path disk;

    /** A local store whose disk fills up after the first bytes: staging writes fail with ENOSPC. */
    static final class FullDisk implements BlobStore {
        final LocalBlobStore real;

        FullDisk(Path root) {
            this.real = new LocalBlobStore(root);
        }

        @Override
        public Staging stage() throws IOException {
            Staging s = real.stage();
            return new Staging() {
                long written;

                @Override
                public OutputStream out() {
                    return new OutputStream() {
                        @Override
                        public void write(int b) throws IOException {
                            write(new byte[]{(byte) b}, 0, 1);
                        }

                        @Override
                        public void write(byte[] b, int off, int len) throws IOException {
                            if (written + len > 64 * 1024) {
                                throw new IOException("No space left on device");
                            }
                            s.out().write(b, off, len);
                            written += len;
                        }
                    };
                }

                @Override
                public boolean commit(String sha256) throws IOException {
                    return s.commit(sha256);
                }

                @Override
                public void close() throws IOException {
                    s.close();
                }
            };
        }

        @Override
        public boolean exists(String sha256) {
            return real.exists(sha256);
        }

        @Override
        public long size(String sha256) {
            return real.size(sha256);
        }

        @Override
        public InputStream open(String sha256) throws IOException {
            return real.open(sha256);
        }
    }

    private String uploadWith(BlobStore failing, int expectedStatus, String code) throws Exception {
        FileService target = AopTestUtils.getUltimateTargetObject(files);
        Object own = ReflectionTestUtils.getField(target, "store");
        String name = "故障" + System.nanoTime() + ".bin";
        byte[] bytes = new byte[1024 * 1024];
        new java.util.Random().nextBytes(bytes);
        ReflectionTestUtils.setField(target, "store", failing);
        try {
            mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                            .with(csrf()).with(TestActors.as(OFFICER)))
                    .andExpect(status().is(expectedStatus))
                    .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                    .andExpect(jsonPath("$.code").value(code))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("文件未保存")));
        } finally {
            ReflectionTestUtils.setField(target, "store", own);
        }
        assertThat(jdbc.sql("select count(*) from file_object where original_name = :n").param("n", name)
                .query(Long.class).single()).isZero();
        assertThat(events.stream(AuditableEvent.class).filter(e -> e.action().startsWith("files."))).isEmpty();
        return name;
    }

    @Test
    @DisplayName("the local disk full during an upload → 507 with a Chinese message; no row, no audit entry, staging removed")
    void diskFull() throws Exception {
        FullDisk store = new FullDisk(disk);
        uploadWith(store, 507, "FILE-STORE-FULL");
        try (Stream<Path> tmp = java.nio.file.Files.list(disk.resolve(".tmp"))) {
            assertThat(tmp.count()).isZero();
        }
    }

    @Test
    @DisplayName("the S3 store unreachable during an upload → 503 with Retry-After; no row, no audit entry")
    void s3Unreachable() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        S3BlobStore down = new S3BlobStore(new S3BlobStore.Settings(URI.create("http://127.0.0.1:" + port), "us-east-1",
                "anjian-files", "key", "secret", true, 5 * 1024 * 1024, true));
        try {
            FileService target = AopTestUtils.getUltimateTargetObject(files);
            Object own = ReflectionTestUtils.getField(target, "store");
            ReflectionTestUtils.setField(target, "store", down);
            try {
                mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", "a.txt", "text/plain",
                                "现场".getBytes(StandardCharsets.UTF_8))).with(csrf()).with(TestActors.as(OFFICER)))
                        .andExpect(status().isServiceUnavailable())
                        .andExpect(header().string("Retry-After", "60"));
            } finally {
                ReflectionTestUtils.setField(target, "store", own);
            }
            uploadWith(down, 503, "FILE-STORE-UNAVAILABLE");
        } finally {
            down.close();
        }
    }
}
