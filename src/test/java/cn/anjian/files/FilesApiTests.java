package cn.anjian.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.files.internal.FileService;
import cn.anjian.files.internal.IntegrityScan;
import cn.anjian.files.internal.LocalBlobStore;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@RecordApplicationEvents
class FilesApiTests {

    static final TestActors.TestActor OFFICER = TestActors.actor("officer", 42, "/1/5/42/", "file:upload", "file:read");
    static final TestActors.TestActor OTHER = TestActors.actor("other", 43, "/1/5/43/", "file:upload", "file:read");
    static final TestActors.TestActor HEAD = TestActors.actor("head", 1, "/1/", "file:verify", "file:read");
    static final TestActors.TestActor NOBODY = TestActors.actor("nobody", 42, "/1/5/42/", "home:view");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired LocalBlobStore store;
    @Autowired FileService files;
    @Autowired IntegrityScan scan;
    @Autowired ApplicationEvents events;
    @Autowired cn.anjian.MutableClock clock;

    long upload(byte[] bytes, String name, String contentType) throws Exception {
        String body = mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", name, contentType, bytes))
                        .with(csrf()).with(TestActors.as(OFFICER)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    static byte[] unique(String text) {
        return (text + " " + System.nanoTime() + " " + new Random().nextLong()).getBytes(StandardCharsets.UTF_8);
    }

    long rows(String sha) {
        return jdbc.sql("select count(*) from file_object where sha256 = :s").param("s", sha).query(Long.class).single();
    }

    @Test
    @DisplayName("REC-09 upload stores SHA-256 and SM3, sniffed type, metadata and audit entry; download round-trips")
    void uploadAndDownload() throws Exception {
        byte[] jpeg = new byte[1000];
        new Random(1).nextBytes(jpeg);
        jpeg[0] = (byte) 0xFF; jpeg[1] = (byte) 0xD8; jpeg[2] = (byte) 0xFF;
        mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", "C:\\现场\\照片 1.jpg", "text/html", jpeg))
                        .with(csrf()).with(TestActors.as(OFFICER)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/jpeg"))
                .andExpect(jsonPath("$.originalName").value("照片 1.jpg"))
                .andExpect(jsonPath("$.size").value(1000))
                .andExpect(jsonPath("$.sm3").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.integrity").value("OK"));
        long id = jdbc.sql("select max(id) from file_object").query(Long.class).single();
        assertThat(events.stream(AuditableEvent.class).filter(e -> e.action().equals("files.file.stored"))
                .anyMatch(e -> e.subjectId().equals(String.valueOf(id)))).isTrue();
        mvc.perform(get("/api/v1/files/" + id).with(TestActors.as(OFFICER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.createdBy").value("officer"));
        mvc.perform(get("/api/v1/files/" + id + "/content").with(TestActors.as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(jpeg))
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"__ 1.jpg\"; filename*=UTF-8''%E7%85%A7%E7%89%87%201.jpg"));
    }

    @Test
    @DisplayName("an HTML upload is stored and served as application/octet-stream attachment with nosniff, never inline")
    void htmlIsAttachment() throws Exception {
        long id = upload(unique("<html><body><script>alert(1)</script>"), "攻击.html", "text/html");
        mvc.perform(get("/api/v1/files/" + id).with(TestActors.as(OFFICER)))
                .andExpect(jsonPath("$.contentType").value("application/octet-stream"));
        mvc.perform(get("/api/v1/files/" + id + "/content").with(TestActors.as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"__.html\"; filename*=UTF-8''%E6%94%BB%E5%87%BB.html")));
    }

    @Test
    @DisplayName("dedupe: the same bytes twice give two metadata rows sharing one write-once blob")
    void dedupe() throws Exception {
        byte[] bytes = unique("询问笔录");
        long a = upload(bytes, "a.txt", "text/plain");
        long b = upload(bytes, "b.txt", "text/plain");
        assertThat(a).isNotEqualTo(b);
        String sha = jdbc.sql("select sha256 from file_object where id = :id").param("id", a).query(String.class).single();
        assertThat(jdbc.sql("select sha256 from file_object where id = :id").param("id", b).query(String.class).single()).isEqualTo(sha);
        assertThat(rows(sha)).isEqualTo(2);
        assertThat(store.exists(sha)).isTrue();
    }

    @Test
    @DisplayName("declared X-Content-SHA256 that does not match: 422 FILE-HASH-MISMATCH, nothing stored")
    void hashMismatch() throws Exception {
        byte[] bytes = unique("mismatch");
        long before = jdbc.sql("select count(*) from file_object").query(Long.class).single();
        mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", "a.txt", "text/plain", bytes))
                        .header("X-Content-SHA256", "0".repeat(64)).with(csrf()).with(TestActors.as(OFFICER)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("FILE-HASH-MISMATCH"));
        mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", "a.txt", "text/plain", bytes))
                        .header("X-Content-SHA256", "not-hex").with(csrf()).with(TestActors.as(OFFICER)))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from file_object").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    @DisplayName("raw PUT upload streams the body; URL-encoded Chinese name")
    void rawUpload() throws Exception {
        byte[] pdf = unique("%PDF-1.7 evidence");
        mvc.perform(put("/api/v1/files").content(pdf).contentType("application/pdf")
                        .header("X-File-Name", "%E7%8E%B0%E5%9C%BA.pdf").with(csrf()).with(TestActors.as(OFFICER)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.originalName").value("现场.pdf"));
    }

    @Test
    @DisplayName("bad input: no file part 400, unknown id 404, 'abc' id 400, other scope 404, no permission 403")
    void badInput() throws Exception {
        mvc.perform(multipart("/api/v1/files").param("x", "1").with(csrf()).with(TestActors.as(OFFICER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("FILE-MISSING"));
        mvc.perform(get("/api/v1/files/99999999").with(TestActors.as(OFFICER))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/files/99999999/content").with(TestActors.as(OFFICER))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/files/abc").with(TestActors.as(OFFICER))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/files/abc/content").with(TestActors.as(OFFICER))).andExpect(status().isBadRequest());
        long id = upload(unique("scoped"), "s.txt", "text/plain");
        mvc.perform(get("/api/v1/files/" + id).with(TestActors.as(OTHER))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/files/" + id).with(TestActors.as(NOBODY))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", "a.txt", "text/plain", unique("x")))
                .with(csrf()).with(TestActors.as(NOBODY))).andExpect(status().isForbidden());
    }

    void flipOneBit(String sha, long offset) throws Exception {
        Path p = store.path(sha);
        p.toFile().setWritable(true);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.seek(offset);
            int b = f.read();
            f.seek(offset);
            f.write(b ^ 0x01);
        }
        p.toFile().setReadOnly();
    }

    String sha(long id) {
        return jdbc.sql("select sha256 from file_object where id = :id").param("id", id).query(String.class).single();
    }

    String integrity(long id) {
        return jdbc.sql("select integrity from file_object where id = :id").param("id", id).query(String.class).single();
    }

    @Test
    @DisplayName("REC-09 one flipped bit is detected on download: refused 409 FILE-CORRUPT, marked CORRUPT, alarm and audit entry")
    void rec09Download() throws Exception {
        long id = upload(unique("检查现场记录"), "r.txt", "text/plain");
        flipOneBit(sha(id), 3);
        mvc.perform(get("/api/v1/files/" + id + "/content").with(TestActors.as(OFFICER)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("FILE-CORRUPT"))
                .andExpect(header().doesNotExist("Content-Disposition"));
        assertThat(integrity(id)).isEqualTo("CORRUPT");
        assertThat(events.stream(FileIntegrityAlarm.class).filter(a -> a.fileIds().contains(id))
                .anyMatch(a -> a.detectedBy().equals("DOWNLOAD"))).isTrue();
        assertThat(events.stream(AuditableEvent.class).anyMatch(e -> e.action().equals("files.integrity.corrupt")
                && e.subjectId().equals(sha(id)))).isTrue();
        // once known corrupt, refused before anything is read
        mvc.perform(get("/api/v1/files/" + id + "/content").with(TestActors.as(OFFICER)))
                .andExpect(status().isConflict());
    }

    @Test
    @DisplayName("REC-09 a large file with one flipped bit in its last block: the download aborts, the final block is never sent")
    void rec09LargeDownloadAborts() throws Exception {
        byte[] data = new byte[300_000];
        new Random(9).nextBytes(data);
        long id = upload(data, "v.bin", "application/octet-stream");
        flipOneBit(sha(id), data.length - 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StoredFile f = files.find(id, OFFICER);
        assertThatThrownBy(() -> files.copyVerified(f, out))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("FILE-CORRUPT"));
        assertThat(out.size()).isLessThan(data.length);
        assertThat(integrity(id)).isEqualTo("CORRUPT");
    }

    @Test
    @DisplayName("REC-09 one flipped bit is detected by the integrity scan: CORRUPT, alarm, scan recorded; intact files stay OK")
    void rec09Scan() throws Exception {
        long bad = upload(unique("询问笔录 A"), "a.txt", "text/plain");
        long good = upload(unique("询问笔录 B"), "b.txt", "text/plain");
        flipOneBit(sha(bad), 0);
        IntegrityScan.Summary s = scan.scan(true, "head");
        assertThat(s.corrupt()).isGreaterThanOrEqualTo(1);
        assertThat(integrity(bad)).isEqualTo("CORRUPT");
        assertThat(integrity(good)).isEqualTo("OK");
        assertThat(events.stream(FileIntegrityAlarm.class).filter(a -> a.fileIds().contains(bad))
                .anyMatch(a -> a.detectedBy().equals("SCAN"))).isTrue();
        assertThat(jdbc.sql("select count(*) from file_scan").query(Long.class).single()).isPositive();
    }

    java.time.Instant verifiedAt(long id) {
        return jdbc.sql("select last_verified_at from file_object where id = :id").param("id", id)
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    @Test
    @DisplayName("REC-09 the scheduled scan re-verifies only files not verified within rescan-after (20 h)")
    void scheduledScanPicksStaleFiles() throws Exception {
        try {
            long id = upload(unique("定期巡检"), "p.txt", "text/plain");
            java.time.Instant stored = verifiedAt(id);
            clock.advance(java.time.Duration.ofHours(19));
            scan.scan(false, "system");
            assertThat(verifiedAt(id)).isEqualTo(stored);
            clock.advance(java.time.Duration.ofHours(2));
            scan.scan(false, "system");
            assertThat(verifiedAt(id)).isAfter(stored);
            assertThat(integrity(id)).isEqualTo("OK");
        } finally {
            clock.reset();
        }
    }

    @Test
    @DisplayName("REC-09 integrity page: counts and corrupt list for file:verify; scan button posts with CSRF; others 403")
    void integrityPage() throws Exception {
        long bad = upload(unique("page"), "页面测试.txt", "text/plain");
        flipOneBit(sha(bad), 1);
        mvc.perform(post("/files/integrity/scan").with(csrf()).with(TestActors.as(HEAD)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/files/integrity"));
        mvc.perform(get("/files/integrity").with(TestActors.as(HEAD)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("页面测试.txt")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"count-corrupt\"")));
        mvc.perform(get("/files/integrity").with(TestActors.as(OFFICER))).andExpect(status().isForbidden());
        mvc.perform(post("/files/integrity/scan").with(TestActors.as(HEAD))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("MW-10 a phone's photo upload sent again with its Idempotency-Key (the answer was lost) is stored once; other bytes 422, a bad key 400")
    void rawUploadWithIdempotencyKeyStoresOnce() throws Exception {
        byte[] photo = unique("photo from the phone");
        String key = java.util.UUID.randomUUID().toString();
        String first = mvc.perform(put("/api/v1/files").content(photo).contentType("image/jpeg").header("Idempotency-Key", key)
                        .header("X-File-Name", "photo.jpg").with(csrf()).with(TestActors.as(OFFICER)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(first, "$.id")).longValue();
        String sha = JsonPath.read(first, "$.sha256");
        assertThat(rows(sha)).isEqualTo(1);
        String again = mvc.perform(put("/api/v1/files").content(photo).contentType("image/jpeg").header("Idempotency-Key", key)
                        .header("X-File-Name", "photo.jpg").with(csrf()).with(TestActors.as(OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(((Number) JsonPath.read(again, "$.id")).longValue()).isEqualTo(id);
        assertThat(rows(sha)).isEqualTo(1);
        mvc.perform(put("/api/v1/files").content(unique("another photo")).contentType("image/jpeg").header("Idempotency-Key", key)
                        .with(csrf()).with(TestActors.as(OFFICER)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("REC-IDEMPOTENCY-MISMATCH"));
        mvc.perform(put("/api/v1/files").content(photo).contentType("image/jpeg").header("Idempotency-Key", "no")
                        .with(csrf()).with(TestActors.as(OFFICER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("REC-IDEMPOTENCY-KEY"));
        // the same key of another user is another request
        String other = mvc.perform(put("/api/v1/files").content(photo).contentType("image/jpeg").header("Idempotency-Key", key)
                        .with(csrf()).with(TestActors.as(OTHER)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(((Number) JsonPath.read(other, "$.id")).longValue()).isNotEqualTo(id);
        assertThat(rows(sha)).isEqualTo(2);
    }
}
