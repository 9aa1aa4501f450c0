package cn.anjian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSessionRepository;

/**
 * Issue 20 item 7: a request that changed nothing but the last-access time, by less than a minute (or a tenth of the
 * idle timeout), writes nothing; every real change is written (IAM-04: the idle timeout and the last access).
 */
class QuietSessionsTests {

    private final Map<String, org.springframework.session.Session> store = new HashMap<>();
    private final AtomicInteger writes = new AtomicInteger();
    private final QuietSessions sessions = new QuietSessions(new Counted());

    /** A map repository that counts its writes and finds sessions by the principal-name attribute. */
    private final class Counted extends MapSessionRepository implements FindByIndexNameSessionRepository<MapSession> {
        Counted() {
            super(store);
        }

        @Override
        public void save(MapSession session) {
            writes.incrementAndGet();
            super.save(session);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            Map<String, MapSession> found = new HashMap<>();
            store.forEach((id, s) -> {
                if (indexValue.equals(s.getAttribute(PRINCIPAL_NAME_INDEX_NAME))) {
                    found.put(id, findById(id));
                }
            });
            return found;
        }
    }

    /** A stored session, read back as the next request would; its last access {@code t0}. */
    private QuietSessions.Tracked stored(Instant t0, Duration idle) {
        QuietSessions.Tracked s = sessions.createSession();
        s.setLastAccessedTime(t0);
        s.setMaxInactiveInterval(idle);
        sessions.save(s);
        writes.set(0);
        return sessions.findById(s.getId());
    }

    @Test
    @DisplayName("IAM-04 a new session is written; a request that only touches it within the minute writes nothing; at a minute it is written")
    void lastAccessOnly() {
        Instant t0 = Instant.now().minusSeconds(1);   // the map repository expires by the wall clock
        QuietSessions.Tracked created = sessions.createSession();
        sessions.save(created);
        assertThat(writes).as("a new session").hasValue(1);

        QuietSessions.Tracked s = stored(t0, Duration.ofMinutes(30));
        s.setLastAccessedTime(t0.plusMillis(59_999));
        s.setMaxInactiveInterval(Duration.ofMinutes(30));        // the same value: not a change
        s.removeAttribute("nothing-there");                       // removing what is not there: not a change
        sessions.save(s);
        assertThat(writes).as("59.999 s later, nothing else changed").hasValue(0);
        assertThat(((MapSession) store.get(s.getId())).getLastAccessedTime()).isEqualTo(t0);

        s = sessions.findById(s.getId());
        s.setLastAccessedTime(t0.plusSeconds(60));
        sessions.save(s);
        assertThat(writes).as("a minute later").hasValue(1);
        assertThat(store.get(s.getId()).getLastAccessedTime()).isEqualTo(t0.plusSeconds(60));
        sessions.save(s);
        assertThat(writes).as("saved twice in one request: the second has nothing to write").hasValue(1);
    }

    @Test
    @DisplayName("IAM-04 with a 5-minute idle timeout the last access is written after 30 s (a tenth), not before")
    void shortIdleTimeout() {
        Instant t0 = Instant.now().minusSeconds(1);   // the map repository expires by the wall clock
        QuietSessions.Tracked s = stored(t0, Duration.ofMinutes(5));
        s.setLastAccessedTime(t0.plusMillis(29_999));
        sessions.save(s);
        assertThat(writes).hasValue(0);
        s.setLastAccessedTime(t0.plusSeconds(30));
        sessions.save(s);
        assertThat(writes).hasValue(1);
    }

    @Test
    @DisplayName("IAM-04 an attribute set or removed, a new id or a new idle timeout is written at once")
    void realChanges() {
        Instant t0 = Instant.now().minusSeconds(1);   // the map repository expires by the wall clock
        QuietSessions.Tracked s = stored(t0, Duration.ofMinutes(30));
        s.setAttribute("SPRING_SECURITY_CONTEXT", "签入");
        sessions.save(s);
        assertThat(writes).as("attribute set").hasValue(1);
        assertThat((String) store.get(s.getId()).getAttribute("SPRING_SECURITY_CONTEXT")).isEqualTo("签入");

        s = sessions.findById(s.getId());
        s.removeAttribute("SPRING_SECURITY_CONTEXT");
        sessions.save(s);
        assertThat(writes).as("attribute removed").hasValue(2);
        assertThat(store.get(s.getId()).getAttributeNames()).doesNotContain("SPRING_SECURITY_CONTEXT");

        s = sessions.findById(s.getId());
        String old = s.getId();
        String fresh = s.changeSessionId();
        sessions.save(s);
        assertThat(writes).as("new id").hasValue(3);
        assertThat(store).containsKey(fresh).doesNotContainKey(old);

        s = sessions.findById(fresh);
        s.setMaxInactiveInterval(Duration.ofMinutes(15));
        sessions.save(s);
        assertThat(writes).as("new idle timeout").hasValue(4);
        assertThat(store.get(fresh).getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(15));

        s = sessions.findById(fresh);
        s.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "zz_officer");
        sessions.save(s);
        assertThat(sessions.findByPrincipalName("zz_officer")).containsOnlyKeys(fresh);
        QuietSessions.Tracked listed = sessions.findByPrincipalName("zz_officer").get(fresh);
        listed.setLastAccessedTime(listed.getLastAccessedTime().plusSeconds(1));
        sessions.save(listed);
        assertThat(writes).as("a session found by principal is tracked like any other").hasValue(5);

        sessions.deleteById(fresh);
        assertThat(sessions.findById(fresh)).isNull();
    }
}
