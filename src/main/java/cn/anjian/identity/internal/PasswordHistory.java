package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.time.Instant;

import cn.anjian.kernel.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Passwords as {@link UserService} sets them: hashed with the application's encoder, and not one of the user's
 * previous {@value #KEPT} (issue 13, GB/T 22239 identification: reuse history). Each replaced hash is kept in
 * {@code iam_password_history}; older ones are pruned.
 */
@Component
@RequiredArgsConstructor
class PasswordHistory {

    static final int KEPT = 5;

    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;

    String encode(String raw) {
        return encoder.encode(raw);
    }

    boolean matches(String raw, String hash) {
        return raw != null && hash != null && encoder.matches(raw, hash);
    }

    /** Refuses a new password equal to one of the user's last {@value #KEPT} replaced passwords. */
    void checkNotReused(long userId, String raw) {
        boolean reused = jdbc.sql("select password_hash from iam_password_history where user_id = :u order by id desc limit " + KEPT)
                .param("u", userId).query(String.class).list().stream().anyMatch(h -> encoder.matches(raw, h));
        if (reused) {
            throw new BusinessException("IAM-PASSWORD-REUSED", "新密码不能与最近 " + KEPT + " 次使用过的密码相同");
        }
    }

    /** Keeps the hash a change replaces; only the newest {@value #KEPT} stay. */
    void remember(long userId, String replacedHash, Instant now) {
        jdbc.sql("insert into iam_password_history (user_id, password_hash, replaced_at) values (:u, :h, :now)")
                .param("u", userId).param("h", replacedHash).param("now", LoginService.ts(now)).update();
        jdbc.sql("""
                        delete from iam_password_history where user_id = :u and id not in
                        (select id from iam_password_history where user_id = :u order by id desc limit :kept)""")
                .param("u", userId).param("kept", KEPT).update();
    }
}
