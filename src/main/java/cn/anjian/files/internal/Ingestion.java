package cn.anjian.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

import cn.anjian.files.BlobStore;
import cn.anjian.kernel.BusinessException;

/**
 * One streaming pass: read in 64 KiB blocks, update SHA-256 and SM3, count, keep the first bytes for
 * sniffing, write to a staged blob. Over the size limit or with a wrong declared hash the staged
 * bytes are discarded and nothing is stored. Plain Java, so it is tested without Spring.
 */
public final class Ingestion {

    public static final String TOO_LARGE = "FILE-TOO-LARGE";

    public record Result(String sha256, String sm3, long size, String contentType, boolean newBlob) {
    }

    private Ingestion() {
    }

    public static Result ingest(BlobStore store, InputStream in, String originalName, String declaredSha256, long maxSize) {
        String declared = normaliseDeclared(declaredSha256);
        Hashing hashing = new Hashing(true);
        byte[] head = new byte[Sniffer.HEAD];
        int headLen = 0;
        long size = 0;
        try (BlobStore.Staging staging = store.stage()) {
            OutputStream out = staging.out();
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) >= 0; ) {
                if (n == 0) continue;
                size += n;
                if (size > maxSize) {
                    throw new BusinessException(TOO_LARGE, "文件超过允许的大小（" + maxSize / (1024 * 1024) + " MB），未保存");
                }
                if (headLen < head.length) {
                    int k = Math.min(n, head.length - headLen);
                    System.arraycopy(buf, 0, head, headLen, k);
                    headLen += k;
                }
                hashing.update(buf, 0, n);
                out.write(buf, 0, n);
            }
            String sha = hashing.sha256Hex();
            if (declared != null && !declared.equals(sha)) {
                throw new BusinessException("FILE-HASH-MISMATCH", "文件的 SHA-256 与声明的不一致（传输可能出错），未保存");
            }
            String sm3 = hashing.sm3Hex();
            boolean created = staging.commit(sha);
            return new Result(sha, sm3, size, Sniffer.sniff(head, headLen, originalName), created);
        } catch (IOException e) {
            throw new BusinessException(BusinessException.Kind.BAD_INPUT, "FILE-READ-FAILED", "读取上传内容失败，未保存，请重新上传");
        }
    }

    static String normaliseDeclared(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String d = declared.trim().toLowerCase(Locale.ROOT);
        if (!d.matches("[0-9a-f]{64}")) {
            throw BusinessException.badInput("BAD-SHA256", "声明的 SHA-256 必须是 64 位十六进制");
        }
        return d;
    }
}
