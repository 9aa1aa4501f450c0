package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own browser sessions (Spring Session JDBC, indexed by principal name) and API tokens, for "会话与设备"
 * (issue 13): list them, end one or all others (audited). Also the administrators' one-session rule: a completed
 * sign-in of an administrator ends that administrator's older sessions. Sessions are named on pages by a hash of
 * their id ({@link #handle}), never by the id itself, which is a credential.
 */
@Service
@RequiredArgsConstructor
class UserSessions {

    /** Session attributes stored when a sign-in completes: where from and with what. */
    static final String ADDRESS = "anjian.session.address";
    static final String AGENT = "anjian.session.agent";

    record SessionView(String handle, Instant started, Instant lastActive, String address, String browser,
                       boolean current, boolean pending) {
    }

    record TokenView(long id, Instant created, Instant lastUsed, Instant expires, String address, String browser) {
    }

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    static String handle(String sessionId) {
        return ApiTokenService.hash(sessionId).substring(0, 32);
    }

    @Transactional(readOnly = true)
    public List<SessionView> sessions(String username, String currentId) {
        return sessions.findByPrincipalName(username).values().stream()
                .map(s -> new SessionView(handle(s.getId()), s.getCreationTime(), s.getLastAccessedTime(),
                        s.getAttribute(ADDRESS), UserAgents.describe(s.getAttribute(AGENT)), s.getId().equals(currentId),
                        pending(s)))
                .sorted(Comparator.comparing(SessionView::current).reversed().thenComparing(SessionView::lastActive,
                        Comparator.reverseOrder()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<TokenView> tokens(long userId) {
        return jdbc.sql("""
                        select id, created_at, last_used_at, expires_at, source, user_agent from iam_api_token
                        where user_id = :u and revoked_at is null and expires_at > :now order by created_at desc, id desc""")
                .param("u", userId).param("now", LoginService.ts(clock.instant()))
                .query((rs, n) -> new TokenView(rs.getLong(1), instant(rs.getObject(2, OffsetDateTime.class)),
                        instant(rs.getObject(3, OffsetDateTime.class)), instant(rs.getObject(4, OffsetDateTime.class)),
                        rs.getString(5), UserAgents.describe(rs.getString(6))))
                .list();
    }

    /** Ends one of the user's other sessions; the current one ends with 退出. Unknown → 404. */
    @Transactional
    public void end(IdentityPrincipal me, String handle, String currentId, String source) {
        String id = sessions.findByPrincipalName(me.username()).keySet().stream()
                .filter(s -> handle(s).equals(handle)).findFirst()
                .orElseThrow(() -> BusinessException.notFound("会话"));
        if (id.equals(currentId)) {
            throw BusinessException.conflict("IAM-SESSION-CURRENT", "这是您当前使用的会话，请使用页面右上角的「退出」");
        }
        sessions.deleteById(id);
        events.publishEvent(AuditableEvent.security("iam.session.ended", me.username(), source, Map.of("sessions", 1)));
    }

    /** Ends every other session of the user (audited with how many); the current one stays. */
    @Transactional
    public int endOthers(IdentityPrincipal me, String currentId, String source) {
        int ended = endAllBut(me.username(), currentId);
        events.publishEvent(AuditableEvent.security("iam.session.ended", me.username(), source, Map.of("sessions", ended)));
        return ended;
    }

    /** Revokes one of the user's own API tokens (someone else's or an unknown one → 404). */
    @Transactional
    public void revokeToken(IdentityPrincipal me, long tokenId, String source) {
        int revoked = jdbc.sql("update iam_api_token set revoked_at = :now where id = :id and user_id = :u and revoked_at is null")
                .param("now", LoginService.ts(clock.instant())).param("id", tokenId).param("u", me.userId()).update();
        if (revoked == 0) {
            throw BusinessException.notFound("访问令牌");
        }
        events.publishEvent(AuditableEvent.security("iam.token.revoked", me.username(), source, Map.of("tokenId", tokenId)));
    }

    /**
     * An administrator's new sign-in ends the older sessions (one concurrent session per administrator, audited).
     * The current session is known by its creation time: its id has just changed and the stored row still carries
     * the old one until the response is committed.
     */
    @Transactional
    public void keepOnly(IdentityPrincipal admin, Instant currentCreated, String source) {
        List<String> others = sessions.findByPrincipalName(admin.username()).values().stream()
                .filter(s -> !s.getCreationTime().equals(currentCreated)).map(Session::getId).toList();
        others.forEach(sessions::deleteById);
        int ended = others.size();
        if (ended > 0) {
            events.publishEvent(AuditableEvent.security("iam.session.replaced", admin.username(), source, Map.of("sessions", ended)));
        }
    }

    private int endAllBut(String username, String currentId) {
        List<String> others = sessions.findByPrincipalName(username).keySet().stream().filter(id -> !id.equals(currentId)).toList();
        others.forEach(sessions::deleteById);
        return others.size();
    }

    private static boolean pending(Session s) {
        Object context = s.getAttribute("SPRING_SECURITY_CONTEXT");
        return context instanceof SecurityContext c && c.getAuthentication() != null
                && c.getAuthentication().getPrincipal() instanceof PendingSignIn;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
