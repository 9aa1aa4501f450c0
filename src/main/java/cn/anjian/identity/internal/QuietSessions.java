package cn.anjian.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The browser sessions' repository as Spring Session's filter sees it (issue 20 item 7): a request that changed nothing
 * but the last-access time, and moved it by less than {@link SessionStoreTuning#ACCESS_WRITE_MILLIS} (or a tenth of the
 * idle timeout), writes nothing at all. Spring Session marks a session changed on every request (the filter sets its
 * last-access time), so its save opened a transaction and sent {@link SessionStoreTuning#UPDATE} on every page, which
 * then matched no row: 0.3–0.7 ms of PostgreSQL a page over its API (bench/list-cpu.md). What is written, and when, is
 * what that statement wrote: a new session, an attribute set or removed, a new id, a new idle timeout, or the last-access
 * time once it moved far enough — the statement still guards the last case against a concurrent request.
 */
final class QuietSessions implements FindByIndexNameSessionRepository<QuietSessions.Tracked>, DisposableBean {

    private final FindByIndexNameSessionRepository<Session> delegate;

    @SuppressWarnings("unchecked")
    QuietSessions(FindByIndexNameSessionRepository<? extends Session> delegate) {
        // the JDBC repository's session type is not public; its sessions only ever come back to it
        this.delegate = (FindByIndexNameSessionRepository<Session>) delegate;
    }

    @Override
    public Map<String, Tracked> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Tracked> found = new LinkedHashMap<>();
        delegate.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, s) -> found.put(id, new Tracked(s, s.getLastAccessedTime())));
        return found;
    }

    /** The JDBC repository's clean-up scheduler stops with the context. */
    @Override
    public void destroy() throws Exception {
        if (delegate instanceof DisposableBean d) {
            d.destroy();
        }
    }

    @Override
    public Tracked createSession() {
        return new Tracked(delegate.createSession(), null);
    }

    @Override
    public void save(Tracked session) {
        if (session.mustWrite()) {
            delegate.save(session.inner);
            session.written();
        }
    }

    @Override
    public Tracked findById(String id) {
        Session found = delegate.findById(id);
        return found == null ? null : new Tracked(found, found.getLastAccessedTime());
    }

    @Override
    public void deleteById(String id) {
        delegate.deleteById(id);
    }

    /** A stored session and what this request did to it. */
    static final class Tracked implements Session {

        private final Session inner;
        /** The last-access time as stored; null for a session not stored yet. */
        private Instant storedAccess;
        private boolean changed;

        Tracked(Session inner, Instant storedAccess) {
            this.inner = inner;
            this.storedAccess = storedAccess;
        }

        boolean mustWrite() {
            if (storedAccess == null || changed) {
                return true;
            }
            long writeAfter = Math.min(SessionStoreTuning.ACCESS_WRITE_MILLIS, inner.getMaxInactiveInterval().toMillis() / 10);
            return Duration.between(storedAccess, inner.getLastAccessedTime()).toMillis() >= writeAfter;
        }

        void written() {
            storedAccess = inner.getLastAccessedTime();
            changed = false;
        }

        @Override
        public String getId() {
            return inner.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return inner.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return inner.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return inner.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            changed = true;
            inner.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            if (inner.getAttribute(name) != null) {
                changed = true;
            }
            inner.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return inner.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            inner.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return inner.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (!interval.equals(inner.getMaxInactiveInterval())) {
                changed = true;
            }
            inner.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return inner.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return inner.isExpired();
        }
    }
}
