package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's browser sessions on every node (they live in spring_session, indexed by principal name) and revokes
 * the user's API tokens when the account is disabled, its password is changed or reset or its roles change, so
 * neither a stale session nor a token can keep the old password's or authorities' access (issue 13, finding 3).
 */
@Component
@RequiredArgsConstructor
class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final JdbcClient jdbc;

    /** A locked account keeps no way in: its tokens and sessions end with the lock (published by LoginService). */
    @EventListener
    void on(AccountLocked locked) {
        revokeAll(locked.userId(), locked.username(), locked.at());
    }

    /** Every API token revoked and every session ended: the account keeps no way in that predates the change. */
    void revokeAll(long userId, String username, Instant now) {
        revokeAllBut(userId, username, now, null, null);
    }

    /**
     * As {@link #revokeAll}, except the session or token the user made the change with ({@code keepSessionId},
     * {@code keepToken}; either may be null): changing one's own password does not sign oneself out.
     */
    void revokeAllBut(long userId, String username, Instant now, String keepSessionId, String keepToken) {
        jdbc.sql("update iam_api_token set revoked_at = :now where user_id = :id and revoked_at is null"
                        + " and token_hash <> :keep")
                .param("now", LoginService.ts(now)).param("id", userId)
                .param("keep", keepToken == null ? "" : ApiTokenService.hash(keepToken)).update();
        sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .forEach(sessions::deleteById);
    }
}
