package cn.anjian.publicity.portal;

import java.time.Clock;
import java.time.Duration;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.RevisionedSnapshot;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The revision of everything publicity's public pages show (issue 14): {@code pub_portal_revision}, bumped by statement
 * triggers on the portal's tables (V9_63) in the changing transaction. A node compares it at most once per
 * {@code anjian.portal.revision-ttl} (other nodes' changes reach it within that) and at once after a change of its own
 * (every publicity change is audited, so the audit event tells; a plain listener, not a transactional one, which would
 * make every audited act record an event publication). Publicity's own read models may key what they keep by it.
 */
@Component
public class PortalRevision {

    private final JdbcClient jdbc;
    private final RevisionedSnapshot<Long> snapshot;

    PortalRevision(JdbcClient jdbc, @Value("${anjian.portal.revision-ttl:PT1S}") Duration ttl) {
        this.jdbc = jdbc;
        // the TTL is wall-clock freshness of a cache, not a business time: the system clock, not the (test-settable) Clock bean
        this.snapshot = new RevisionedSnapshot<>(this::read, r -> r, Clock.systemUTC(), ttl);
    }

    /** The revision this node trusts now (at most {@code anjian.portal.revision-ttl} old). */
    public long current() {
        return snapshot.get();
    }

    @EventListener
    void on(AuditableEvent e) {
        if (e.action() != null && e.action().startsWith("publicity.")) {
            snapshot.invalidateAfterCommit();
        }
    }

    private long read() {
        return jdbc.sql("SELECT revision FROM pub_portal_revision WHERE id = 1").query(Long.class).single();
    }
}
