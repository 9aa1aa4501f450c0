package cn.anjian.identity.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One session lookup per HTML page (issue 20 item 7). The template engine flushes the writer at the end of a page;
 * Spring Session takes that flush for the response's commit and saves the session, clears its memo of the requested
 * session and, saving again at the end of its filter, reads the session's row a second time to learn the requested
 * id. Right inside Spring Session's filter, this one keeps an HTML response's flushes from reaching it and gives the
 * page a buffer it fits in: the session is saved once, at the end of the filter, and still before any byte of the
 * page leaves (the container sends the buffer after the filters return). Other responses (downloads, event
 * streams) flush as before.
 * <p>
 * A UTF-8 page is encoded here, piece by piece into one array, and goes into the container's buffer in one write when
 * the page is done: the template engine writes a page in hundreds of small pieces, and taking each through the
 * wrappers' writers into the container's converter was 10–15 % of a list page's time (JFR).
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class PageCommitFilter extends OncePerRequestFilter {

    /** Larger than the main list pages at 100 rows; a larger page is sent as it fills the buffer, as before. */
    static final int PAGE_BUFFER = 128 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        HtmlResponse html = new HtmlResponse(res);
        chain.doFilter(req, html);
        if (req.isAsyncStarted()) {
            html.passThrough(); // the handler goes on in another dispatch, which this filter does not wrap
        } else {
            html.finish();
        }
    }

    /**
     * The page encoded to UTF-8 piece by piece into one array, unsynchronized (one request thread writes it). Each piece
     * is a {@code String.getBytes}: a piece of ASCII markup is a copy, and only pieces with Chinese text take the
     * per-character loop (the container's encoder sends the rest of its input there after the first non-ASCII
     * character). A high surrogate at the end of a piece waits for the next piece, as the container's encoder does.
     */
    private static final class Utf8Page extends Writer {
        byte[] bytes = new byte[32 * 1024];
        int size;
        private char pendingHigh;

        void put(String s) {
            if (pendingHigh != 0) {
                s = pendingHigh + s;
                pendingHigh = 0;
            }
            int n = s.length();
            if (n > 0 && Character.isHighSurrogate(s.charAt(n - 1))) {
                pendingHigh = s.charAt(n - 1);
                s = s.substring(0, n - 1);
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (size + b.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + b.length));
            }
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }

        /** Everything written so far, a waiting high surrogate included (alone it is malformed: '?', as the container's). */
        void end() {
            if (pendingHigh != 0) {
                char c = pendingHigh;
                pendingHigh = 0;
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length, size + b.length));
                System.arraycopy(b, 0, bytes, size, b.length);
                size += b.length;
            }
        }

        void clear() {
            size = 0;
            pendingHigh = 0;
        }

        @Override
        public void write(char[] c, int off, int len) {
            put(new String(c, off, len));
        }

        @Override
        public void write(String s, int off, int len) {
            put(off == 0 && len == s.length() ? s : s.substring(off, off + len));
        }

        @Override
        public void write(int c) {
            put(String.valueOf((char) c));
        }

        @Override
        public void flush() {
            // the page's end: the bytes go into the container's buffer when the filter finishes
        }

        @Override
        public void close() {
            // the filter finishes the page
        }
    }

    private static final class HtmlResponse extends HttpServletResponseWrapper {

        private PrintWriter writer;
        private Utf8Page page;
        private boolean streamed;
        private boolean direct;

        HtmlResponse(HttpServletResponse res) {
            super(res);
        }

        private boolean html() {
            String type = getContentType();
            return type != null && type.startsWith("text/html");
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                if (streamed || direct || !html()) {
                    return super.getWriter();
                }
                if (!isCommitted() && getBufferSize() < PAGE_BUFFER) {
                    try {
                        setBufferSize(PAGE_BUFFER);
                    } catch (IllegalStateException written) {
                        // something was written already: the page keeps the buffer it has
                    }
                }
                if (!"UTF-8".equalsIgnoreCase(getCharacterEncoding())) {
                    writer = new PrintWriter(super.getWriter()) {
                        @Override
                        public void flush() {
                            // the page's end: the container sends the buffer after the filters (and the session's save)
                        }
                    };
                    return writer;
                }
                page = new Utf8Page();
                writer = new PrintWriter(page, false) {
                    @Override
                    public void write(String s, int off, int len) {
                        page.write(s, off, len);
                        spillIfLarge();
                    }

                    @Override
                    public void write(char[] c, int off, int len) {
                        page.write(c, off, len);
                        spillIfLarge();
                    }

                    @Override
                    public void flush() {
                        // the page's end: the container sends the buffer after the filters (and the session's save)
                    }
                };
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() has already been called for this response");
            }
            streamed = true;
            return super.getOutputStream();
        }

        private void spillIfLarge() {
            if (direct || page.size >= PAGE_BUFFER) {
                try {
                    encode();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }

        /** Writes the page's bytes into the container's buffer (through the wrappers' byte stream). */
        private void encode() throws IOException {
            if (page == null) {
                return;
            }
            page.end();
            if (page.size > 0) {
                super.getOutputStream().write(page.bytes, 0, page.size);
            }
            page.clear();
        }

        /** The page is done (the handler returned normally): its characters go into the buffer. */
        void finish() throws IOException {
            encode();
        }

        /** From now on whatever the page writes goes straight into the buffer. */
        void passThrough() throws IOException {
            direct = true;
            encode();
        }

        @Override
        public void resetBuffer() {
            super.resetBuffer();
            discard();
        }

        @Override
        public void reset() {
            super.reset();
            discard();
            writer = null; // the container lets a reset response choose its writer or stream again
            page = null;
            streamed = false;
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            discard();
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            discard();
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            discard();
            super.sendRedirect(location);
        }

        private void discard() {
            if (page != null) {
                page.clear();
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer == null) {
                super.flushBuffer();
            }
        }
    }
}
