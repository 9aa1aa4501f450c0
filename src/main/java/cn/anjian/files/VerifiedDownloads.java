package cn.anjian.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.BiConsumer;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one way a stored file is sent to a browser or the phone app: headers (sniffed type, nosniff,
 * sandbox CSP, no caching, SHA-256) go out only with the first verified byte, so a refusal before that
 * (out of scope, classified, already corrupt) is still a clean problem+json answer.
 */
public final class VerifiedDownloads {

    /** Types a browser renders without running scripts: shown inline (thumbnails, players); the rest downloads. */
    private static final Set<String> INLINE = Set.of("image/jpeg", "image/png", "image/gif", "video/mp4",
            "video/quicktime", "audio/mpeg", "audio/wav");

    private VerifiedDownloads() {
    }

    /** @param copier {@link Files#copyVerified} or a facade that delegates to it */
    public static void send(StoredFile f, HttpServletResponse response, BiConsumer<StoredFile, OutputStream> copier) {
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
                    response.setHeader("Content-Disposition",
                            contentDisposition(INLINE.contains(f.contentType()) ? "inline" : "attachment", f.originalName()));
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
        copier.accept(f, lazy);
    }

    /** A safe Content-Disposition: an ASCII fallback {@code filename} plus RFC 5987 {@code filename*} for any (e.g. Chinese) name. */
    public static String contentDisposition(String type, String name) {
        String n = name == null || name.isEmpty() ? "file" : name;
        StringBuilder ascii = new StringBuilder();
        for (char c : n.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';' && c != '%' ? c : '_');
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : n.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
