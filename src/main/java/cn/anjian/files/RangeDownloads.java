package cn.anjian.files;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BiConsumer;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpRange;

/**
 * Issue 12 defect 5: audio and video answer HTTP range requests, so players can seek without downloading the whole
 * recording. Without a {@code Range} header (and for every other type) the whole file goes through
 * {@link VerifiedDownloads} (re-hashed while streaming); audio and video announce {@code Accept-Ranges: bytes}. A
 * single satisfiable range answers 206 with {@code Content-Range}; a malformed or unsatisfiable one 416 with
 * {@code Content-Range: bytes *}{@code /size}; several ranges are answered with the whole file (RFC 9110 allows it).
 */
public final class RangeDownloads {

    /** Writes bytes first..last (inclusive) of a file: {@link Files#copyRange} or a facade that delegates to it. */
    public interface RangeCopier {
        void copy(StoredFile file, long first, long last, OutputStream out);
    }

    private RangeDownloads() {
    }

    public static boolean seekable(String contentType) {
        return contentType != null && (contentType.startsWith("audio/") || contentType.startsWith("video/"));
    }

    public static void send(StoredFile f, String rangeHeader, HttpServletResponse response,
                            BiConsumer<StoredFile, OutputStream> whole, RangeCopier part) throws IOException {
        if (!seekable(f.contentType())) {
            VerifiedDownloads.send(f, response, whole);
            return;
        }
        response.setHeader("Accept-Ranges", "bytes");
        if (rangeHeader == null || rangeHeader.isBlank()) {
            VerifiedDownloads.send(f, response, whole);
            return;
        }
        long[] range = range(rangeHeader, f.size());
        if (range == null) {
            unsatisfiable(f, response);
            return;
        }
        if (range.length == 0) {
            VerifiedDownloads.send(f, response, whole);
            return;
        }
        long size = f.size();
        long first = range[0];
        long last = range[1];
        OutputStream lazy = new OutputStream() {
            OutputStream out;

            private OutputStream out() throws IOException {
                if (out == null) {
                    response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                    headers(f, response);
                    response.setContentLengthLong(last - first + 1);
                    response.setHeader("Content-Range", "bytes " + first + "-" + last + "/" + size);
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
        };
        part.copy(f, first, last, lazy);
    }

    /** {first, last} of one satisfiable range; empty for several ranges (sent whole); null when not satisfiable. */
    private static long[] range(String header, long size) {
        List<HttpRange> ranges;
        try {
            ranges = HttpRange.parseRanges(header);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (ranges.size() != 1) {
            return ranges.isEmpty() ? null : new long[0];
        }
        try {
            long first = ranges.get(0).getRangeStart(size);
            long last = ranges.get(0).getRangeEnd(size);
            return size == 0 || first >= size || last < first ? null : new long[] {first, last};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void unsatisfiable(StoredFile f, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
        response.setHeader("Content-Range", "bytes */" + f.size());
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("请求的字节范围无效或超出文件大小（文件共 " + f.size() + " 字节）");
    }

    private static void headers(StoredFile f, HttpServletResponse response) {
        response.setContentType(f.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", VerifiedDownloads.contentDisposition("inline", f.originalName()));
    }
}
