package cn.anjian.identity.internal;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
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
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class PageCommitFilter extends OncePerRequestFilter {

    /** Larger than the main list pages at 100 rows; a larger page is sent as it fills the buffer, as before. */
    static final int PAGE_BUFFER = 128 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(req, new HtmlResponse(res));
    }

    private static final class HtmlResponse extends HttpServletResponseWrapper {

        private PrintWriter writer;

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
                if (!html()) {
                    return super.getWriter();
                }
                if (!isCommitted() && getBufferSize() < PAGE_BUFFER) {
                    try {
                        setBufferSize(PAGE_BUFFER);
                    } catch (IllegalStateException written) {
                        // something was written already: the page keeps the buffer it has
                    }
                }
                writer = new PrintWriter(super.getWriter()) {
                    @Override
                    public void flush() {
                        // the page's end: the container sends the buffer after the filters (and the session's save)
                    }
                };
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer == null) {
                super.flushBuffer();
            }
        }
    }
}
