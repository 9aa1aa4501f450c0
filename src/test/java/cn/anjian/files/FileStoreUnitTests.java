package cn.anjian.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;

import cn.anjian.files.internal.Hashing;
import cn.anjian.files.internal.Ingestion;
import cn.anjian.files.internal.LocalBlobStore;
import cn.anjian.files.internal.Sniffer;
import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreUnitTests {

    @TempDir
    Path root;

    @Test
    @DisplayName("REC-09 known vectors: SM3(\"abc\") and SHA-256(\"abc\")")
    void knownVectors() {
        Hashing h = new Hashing(true);
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        h.update(abc, 0, abc.length);
        assertThat(h.sha256Hex()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(h.sm3Hex()).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    @DisplayName("REC-09 streaming ingestion over many blocks gives the one-shot SHA-256, SM3 vector for 'abc' and stores read-only under ab/cd/<sha>")
    void streamingIngestion() throws Exception {
        LocalBlobStore store = new LocalBlobStore(root);
        byte[] data = new byte[300_001];
        new Random(7).nextBytes(data);
        // a stream that returns small, uneven reads
        InputStream trickle = new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7_777));
            }
        };
        Ingestion.Result r = Ingestion.ingest(store, trickle, "x.bin", null, 1_000_000);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        assertThat(r.sha256()).isEqualTo(expected);
        assertThat(r.size()).isEqualTo(data.length);
        assertThat(r.newBlob()).isTrue();
        Path p = store.path(expected);
        assertThat(root.relativize(p).toString()).isEqualTo(expected.substring(0, 2) + "/" + expected.substring(2, 4) + "/" + expected);
        assertThat(java.nio.file.Files.getPosixFilePermissions(p)).doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                java.nio.file.attribute.PosixFilePermission.GROUP_WRITE, java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
        try (InputStream in = store.open(expected)) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
        assertThat(Ingestion.ingest(store, new ByteArrayInputStream("abc".getBytes()), "a.txt", null, 10).sm3())
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(tmpFiles(store)).isZero();
    }

    @Test
    @DisplayName("write-once: the same bytes again keep the existing object (dedupe), nothing is overwritten")
    void writeOnceDedupe() throws Exception {
        LocalBlobStore store = new LocalBlobStore(root);
        Ingestion.Result a = Ingestion.ingest(store, new ByteArrayInputStream("现场笔录".getBytes(StandardCharsets.UTF_8)), "a.txt", null, 1000);
        long modified = store.path(a.sha256()).toFile().lastModified();
        Ingestion.Result b = Ingestion.ingest(store, new ByteArrayInputStream("现场笔录".getBytes(StandardCharsets.UTF_8)), "b.txt", null, 1000);
        assertThat(b.sha256()).isEqualTo(a.sha256());
        assertThat(b.newBlob()).isFalse();
        assertThat(store.path(a.sha256()).toFile().lastModified()).isEqualTo(modified);
        assertThat(tmpFiles(store)).isZero();
        assertThat(store.put(new ByteArrayInputStream("现场笔录".getBytes(StandardCharsets.UTF_8)))).isEqualTo(a.sha256());
    }

    @Test
    @DisplayName("size limit: one byte over the limit is refused, nothing stored, temp removed")
    void sizeLimit() throws Exception {
        LocalBlobStore store = new LocalBlobStore(root);
        assertThat(Ingestion.ingest(store, new ByteArrayInputStream(new byte[100]), "ok.bin", null, 100).size()).isEqualTo(100);
        assertThatThrownBy(() -> Ingestion.ingest(store, new ByteArrayInputStream(new byte[101]), "big.bin", null, 100))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("FILE-TOO-LARGE"));
        assertThat(tmpFiles(store)).isZero();
        assertThat(objects(store)).isEqualTo(1);
    }

    @Test
    @DisplayName("declared SHA-256 mismatch: FILE-HASH-MISMATCH, nothing stored; malformed declaration is bad input")
    void hashMismatch() throws Exception {
        LocalBlobStore store = new LocalBlobStore(root);
        assertThatThrownBy(() -> Ingestion.ingest(store, new ByteArrayInputStream("abc".getBytes()), "a", "0".repeat(64), 100))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("FILE-HASH-MISMATCH");
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.RULE);
                });
        assertThatThrownBy(() -> Ingestion.ingest(store, new ByteArrayInputStream("abc".getBytes()), "a", "xyz", 100))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.BAD_INPUT));
        assertThat(tmpFiles(store)).isZero();
        assertThat(objects(store)).isZero();
        // upper-case declaration of the right hash is accepted
        assertThat(Ingestion.ingest(store, new ByteArrayInputStream("abc".getBytes()), "a",
                "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", 100).sha256()).startsWith("ba7816bf");
    }

    @Test
    @DisplayName("sniffing by magic numbers; HTML, SVG, XML and unknown bytes are application/octet-stream")
    void sniffing() {
        assertThat(sniff(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, "a.png")).isEqualTo("image/jpeg");
        assertThat(sniff(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}, "a")).isEqualTo("image/png");
        assertThat(sniff("GIF89a...".getBytes(), "a")).isEqualTo("image/gif");
        assertThat(sniff("%PDF-1.7\n".getBytes(), "a.html")).isEqualTo("application/pdf");
        assertThat(sniff(new byte[]{0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, "a")).isEqualTo("video/mp4");
        assertThat(sniff(new byte[]{0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' '}, "a")).isEqualTo("video/quicktime");
        assertThat(sniff("ID3\u0004".getBytes(), "a")).isEqualTo("audio/mpeg");
        assertThat(sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(), "a")).isEqualTo("audio/wav");
        assertThat(sniff(new byte[]{'P', 'K', 3, 4, 20}, "报告.docx")).endsWith("wordprocessingml.document");
        assertThat(sniff(new byte[]{'P', 'K', 3, 4, 20}, "台账.XLSX")).endsWith("spreadsheetml.sheet");
        assertThat(sniff(new byte[]{'P', 'K', 3, 4, 20}, "a.html")).isEqualTo("application/zip");
        assertThat(sniff("检查记录：无异常\r\n".getBytes(StandardCharsets.UTF_8), "a.html")).isEqualTo("text/plain;charset=UTF-8");
        assertThat(sniff("<html><script>alert(1)</script>".getBytes(), "a.txt")).isEqualTo(Sniffer.OCTET);
        assertThat(sniff("  <!DOCTYPE html>".getBytes(), "a.txt")).isEqualTo(Sniffer.OCTET);
        assertThat(sniff("<?xml version=\"1.0\"?><svg onload=alert(1)>".getBytes(), "a.jpg")).isEqualTo(Sniffer.OCTET);
        assertThat(sniff(new byte[]{1, 2, 3, 0, 5}, "a.txt")).isEqualTo(Sniffer.OCTET);
        assertThat(sniff(new byte[0], "a.txt")).isEqualTo(Sniffer.OCTET);
        assertThat(sniff(new byte[]{(byte) 0xC3, (byte) 0x28}, "a.txt")).isEqualTo(Sniffer.OCTET);
    }

    private static String sniff(byte[] head, String name) {
        return Sniffer.sniff(head, head.length, name);
    }

    private static long tmpFiles(LocalBlobStore store) throws IOException {
        try (Stream<Path> s = java.nio.file.Files.list(store.root().resolve(".tmp"))) {
            return s.count();
        }
    }

    private static long objects(LocalBlobStore store) throws IOException {
        try (Stream<Path> s = java.nio.file.Files.walk(store.root())) {
            return s.filter(p -> !p.startsWith(store.root().resolve(".tmp")) && java.nio.file.Files.isRegularFile(p)).count();
        }
    }
}
