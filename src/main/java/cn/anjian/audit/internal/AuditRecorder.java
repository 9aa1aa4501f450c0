package cn.anjian.audit.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes one {@code audit_entry} per {@link AuditableEvent} (AUD-01). Writers only INSERT; chaining is
 * left to {@link AuditChainer}, so concurrent writers never wait on each other.
 */
@Component
class AuditRecorder {

    static final String SYSTEM = "system";
    static final String ANONYMOUS = "anonymous";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper json;
    private final TransactionTemplate ownTransaction;

    AuditRecorder(JdbcClient jdbc, Clock clock, ObjectMapper json, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(txManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Synchronous, so it runs inside the publisher's transaction: the change and its audit row share one fate. */
    @EventListener
    void on(AuditableEvent event) {
        record(event);
    }

    long record(AuditableEvent event) {
        Objects.requireNonNull(event.action(), "AuditableEvent.action");
        Objects.requireNonNull(event.subjectType(), "AuditableEvent.subjectType");
        // Resolve who/where now, on the caller's thread, before any transaction switch.
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = hasText(event.actor()) ? event.actor() : actorName(auth);
        String address = hasText(event.sourceAddress()) ? event.sourceAddress() : requestAddress();
        String scopePath = auth != null && auth.getPrincipal() instanceof Actor a && a.scope() != null
                ? a.scope().path() : null;
        String before = toJson(event.before());
        String after = toJson(event.after());
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return insert(actor, address, event, before, after, scopePath);
        }
        // No transaction (e.g. a failed login) or a read-only one (e.g. viewing personal data in full):
        // the event still happened, so it is recorded in a transaction of its own.
        return ownTransaction.execute(s -> insert(actor, address, event, before, after, scopePath));
    }

    private long insert(String actor, String address, AuditableEvent e, String before, String after, String scopePath) {
        return jdbc.sql("""
                        insert into audit_entry (occurred_at, actor, source_address, action, subject_type, subject_id,
                                                 before, after, scope_path)
                        values (:at, :actor, :address, :action, :subjectType, :subjectId,
                                cast(:before as jsonb), cast(:after as jsonb), :scopePath)
                        returning id""")
                // PostgreSQL keeps microseconds; truncate so the stored value is exactly what was meant.
                .param("at", clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .param("actor", clean(actor))
                .param("address", clean(address))
                .param("action", clean(e.action()))
                .param("subjectType", clean(e.subjectType()))
                .param("subjectId", clean(e.subjectId()))
                .param("before", before)
                .param("after", after)
                .param("scopePath", scopePath)
                .query(Long.class).single();
    }

    private String toJson(Map<String, ?> map) {
        // PostgreSQL's jsonb and text cannot hold U+0000; a NUL typed by a user must not make the audit
        // INSERT (and with it the user's change) fail, so it is recorded as U+FFFD.
        if (map == null) {
            return null;
        }
        String text = json.writeValueAsString(map);
        // only a real escape, not a user's literal backslash followed by "u0000" (an even run of backslashes)
        return text.contains("\\u0000") ? ESCAPED_NUL.matcher(text).replaceAll("$1\\\\ufffd") : text;
    }

    private static final java.util.regex.Pattern ESCAPED_NUL = java.util.regex.Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u0000");

    private static String clean(String s) {
        return s == null ? null : s.replace('\u0000', '\ufffd');
    }

    private static String actorName(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return SYSTEM;
        }
        if (auth instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        if (auth.getPrincipal() instanceof Actor a) {
            return a.username();
        }
        return hasText(auth.getName()) ? auth.getName() : SYSTEM;
    }

    private static String requestAddress() {
        // The remote address as the servlet container sees it; behind a proxy, server.forward-headers-strategy
        // makes it the client's.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            return attrs.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
