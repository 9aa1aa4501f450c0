package cn.anjian.identity.internal;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 item 7: an HTML page reads its session once (Spring Session read it again after the template engine's
 * final flush), the session is still saved when the page changed it, before the response is sent, and other responses
 * flush as before.
 */
class PageCommitFilterTests {

    /** Spring Session's in-memory store, counting the reads. */
    static final class CountingRepository extends MapSessionRepository {
        final AtomicInteger reads = new AtomicInteger();

        CountingRepository() {
            super(new ConcurrentHashMap<>());
        }

        @Override
        public MapSession findById(String id) {
            reads.incrementAndGet();
            return super.findById(id);
        }
    }

    /** A page: reads the session, writes 20 KB of HTML in the middle of which it changes the session, flushes. */
    static final class Page extends HttpServlet {
        final String type;

        Page(String type) {
            this.type = type;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            req.getSession(false).getAttribute("a");
            res.setContentType(type);
            var out = res.getWriter();
            out.write("x".repeat(10_000));
            req.getSession(false).setAttribute("token", "t1");
            out.write("y".repeat(10_000));
            out.flush();
        }
    }

    private record Run(CountingRepository sessions, MockHttpServletResponse response, String id) {
    }

    private static Run page(String type, boolean withFilter) throws Exception {
        CountingRepository sessions = new CountingRepository();
        MapSession s = sessions.createSession();
        sessions.save(s);
        sessions.reads.set(0);
        MockHttpServletRequest req = new MockHttpServletRequest("GET", "/cases");
        req.setCookies(new jakarta.servlet.http.Cookie("SESSION",
                java.util.Base64.getEncoder().encodeToString(s.getId().getBytes())));
        MockHttpServletResponse res = new MockHttpServletResponse();
        Filter session = new SessionRepositoryFilter<>(sessions);
        MockFilterChain chain = withFilter ? new MockFilterChain(new Page(type), session, new PageCommitFilter())
                : new MockFilterChain(new Page(type), session);
        chain.doFilter(req, res);
        return new Run(sessions, res, s.getId());
    }

    @Test
    @DisplayName("an HTML page reads its session once (twice without the filter) and the change it made is saved")
    void oneReadPerPage() throws Exception {
        Run without = page("text/html;charset=UTF-8", false);
        assertThat(without.sessions().reads.get()).isEqualTo(2);
        Run with = page("text/html;charset=UTF-8", true);
        assertThat(with.sessions().reads.get()).isEqualTo(1);
        assertThat((String) with.sessions().findById(with.id()).getAttribute("token")).isEqualTo("t1");
        assertThat(with.response().getBufferSize()).isGreaterThanOrEqualTo(PageCommitFilter.PAGE_BUFFER);
        assertThat(with.response().getContentAsString()).hasSize(20_000);
    }

    @Test
    @DisplayName("another response (a download) flushes, and commits, as before")
    void otherResponsesFlush() throws Exception {
        Run with = page("application/octet-stream", true);
        assertThat(with.response().isCommitted()).isTrue();
        assertThat((String) with.sessions().findById(with.id()).getAttribute("token")).isEqualTo("t1");
        Run html = page("text/html", true);
        assertThat(html.response().isCommitted()).isFalse();
    }
}
