package cn.anjian.recording.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import cn.anjian.files.StoredFile;
import cn.anjian.recording.internal.EvidenceExport;
import cn.anjian.recording.internal.RecordingService;
import jakarta.servlet.http.HttpServletResponse;

/** Streaming answers: a verified record file, an evidence zip. Headers go out with the first byte only. */
final class Downloads {

    /** Types a browser renders without running scripts: shown inline (thumbnails, players). */
    private static final Set<String> INLINE = Set.of("image/jpeg", "image/png", "image/gif", "video/mp4",
            "video/quicktime", "audio/mpeg", "audio/wav");

    private Downloads() {
    }

    static void verified(StoredFile f, HttpServletResponse response, RecordingService recording) {
        OutputStream lazy = new OutputStream() {
            OutputStream out;

            private OutputStream out() throws IOException {
                if (out == null) {
                    response.setStatus(200);
                    response.setContentType(f.contentType());
                    response.setContentLengthLong(f.size());
                    response.setHeader("X-Content-Type-Options", "nosniff");
                    response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
                    response.setHeader("Cache-Control", "private, no-store");
                    response.setHeader("Content-Disposition", disposition(INLINE.contains(f.contentType()) ? "inline" : "attachment",
                            f.originalName()));
                    response.setHeader("X-Content-SHA256", f.sha256());
                    out = response.getOutputStream();
                }
                return out;
            }

            @Override
            public void write(int b) throws IOException {
                out().write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out().write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                out().flush();
            }
        };
        recording.copyVerified(f, lazy);
    }

    static void zip(EvidenceExport.Prepared p, HttpServletResponse response) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(p.zip())) {
            response.setStatus(200);
            response.setContentType("application/zip");
            response.setContentLengthLong(p.size());
            response.setHeader("Cache-Control", "private, no-store");
            response.setHeader("X-Content-SHA256", p.sha256());
            response.setHeader("X-Export-Id", String.valueOf(p.exportId()));
            response.setHeader("Content-Disposition", disposition("attachment", p.fileName()));
            in.transferTo(response.getOutputStream());
        } finally {
            java.nio.file.Files.deleteIfExists(p.zip());
        }
    }

    static String disposition(String type, String name) {
        String ascii = name == null ? "file" : name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name == null ? "file" : name, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
