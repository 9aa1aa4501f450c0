package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's browser sessions on every node (they live in spring_session, indexed by principal name) when
 * the account is disabled, its password is reset or its roles change, so a stale session cannot keep the
 * old authorities until the idle timeout.
 */
@Component
@RequiredArgsConstructor
class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final JdbcClient jdbc;

    /** A disabled account keeps no way in: its API tokens are revoked and its sessions ended. */
    void revokeAll(long userId, String username, Instant now) {
        jdbc.sql("update iam_api_token set revoked_at = :now where user_id = :id and revoked_at is null")
                .param("now", LoginService.ts(now)).param("id", userId).update();
        terminate(username);
    }

    void terminate(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }
}
