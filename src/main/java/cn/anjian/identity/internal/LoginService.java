package cn.anjian.identity.internal;

import java.time.LocalDate;
import cn.anjian.settings.Settings;
import cn.anjian.kernel.Zones;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.AuditableEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password login for both the form and the token endpoint, with the IAM-03 lockout. Failures are
 * returned, not thrown, so the failure counter and the audit entries commit. The counter is changed by
 * single {@code UPDATE … RETURNING} statements, so concurrent attempts can neither lose a failure nor
 * announce the lock twice.
 */
@Service
class LoginService {

    sealed interface Outcome {
    }

    record Success(IdentityPrincipal principal) implements Outcome {
    }

    /**
     * A refused login. {@code code} says why (tests, audit); {@code message} is the same for every reason
     * (issue 12 defect 10): an unknown name, a wrong password, a locked or disabled account all read
     * {@link #MESSAGE}, so the page and the API reveal neither which accounts exist nor how many attempts are left.
     */
    record Failure(String code, String message) implements Outcome {
        Failure(String code) {
            this(code, MESSAGE);
        }
    }

    /** The one message of a refused login (the lockout still applies, IAM-03). */
    static final String MESSAGE = "用户名或密码错误。连续多次错误后账户将被暂时锁定，如无法登录请联系本单位系统管理员。";

    static final String BAD_CREDENTIALS = "IAM-BAD-CREDENTIALS";
    static final String LOCKED = "IAM-03";
    static final String DISABLED = "IAM-ACCOUNT-DISABLED";

    private record Candidate(long id, String username, String passwordHash, boolean enabled, Instant lockedUntil) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final PrincipalLoader principals;
    private final ApplicationEventPublisher events;
    private final Settings settings;
    private final Clock clock;
    private final SessionTerminator sessions;
    // compared against when the user is unknown, so response time does not reveal which names exist
    private final String dummyHash;

    LoginService(JdbcClient jdbc, PasswordEncoder encoder, PrincipalLoader principals, ApplicationEventPublisher events,
                 Settings settings, Clock clock, SessionTerminator sessions) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.principals = principals;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.sessions = sessions;
        this.dummyHash = encoder.encode("dummy-Password-1");
    }

    @Transactional
    public Outcome login(String username, String rawPassword, String source) {
        String name = username == null ? "" : username.strip();
        String password = rawPassword == null ? "" : rawPassword;
        String auditName = name.length() > 64 ? name.substring(0, 64) : name;
        Instant now = clock.instant();
        Optional<Candidate> found = name.isEmpty() || name.length() > 64 ? Optional.empty() : candidate(name);
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash);
            failed(auditName, source, "unknown-user", null);
            return new Failure(BAD_CREDENTIALS);
        }
        Candidate user = found.get();
        if (!user.enabled()) {
            failed(user.username(), source, "disabled", null);
            return new Failure(DISABLED);
        }
        if (user.lockedUntil() != null) {
            if (user.lockedUntil().isAfter(now)) {
                // refused even with the right password until the lock expires (IAM-03)
                failed(user.username(), source, "locked", null);
                return lockedFailure(user.lockedUntil());
            }
            expireLock(user, now, source);
        }
        if (!encoder.matches(password, user.passwordHash())) {
            return badPassword(user, now, source);
        }
        jdbc.sql("update iam_user set failed_logins = 0 where id = :id and failed_logins <> 0").param("id", user.id()).update();
        if (encoder.upgradeEncoding(user.passwordHash())) {
            jdbc.sql("update iam_user set password_hash = :h where id = :id")
                    .param("h", encoder.encode(password)).param("id", user.id()).update();
        }
        Optional<IdentityPrincipal> principal = principals.load(user.id());
        if (principal.isEmpty()) {
            failed(user.username(), source, "no-agency", null);
            return new Failure(DISABLED);
        }
        events.publishEvent(AuditableEvent.security("iam.login.succeeded", user.username(), source, Map.of()));
        return new Success(principal.get());
    }

    private Failure lockedFailure(Instant until) {
        return new Failure(LOCKED); // the unlock time is in the audit entry and on the administrator's user page
    }

    private void failed(String username, String source, String reason, Integer failures) {
        Map<String, Object> details = failures == null ? Map.of("reason", reason) : Map.of("reason", reason, "failures", failures);
        events.publishEvent(AuditableEvent.security("iam.login.failed", username, source, details));
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant toInstant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private Optional<Candidate> candidate(String name) {
        return jdbc.sql("select id, username, password_hash, enabled, locked_until from iam_user where lower(username) = lower(:u)")
                .param("u", name)
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        toInstant(rs.getObject(5, OffsetDateTime.class))))
                .optional();
    }

    /** The lock has run out: the account starts afresh (IAM-03), audited as an automatic unlock. */
    private void expireLock(Candidate user, Instant now, String source) {
        int unlocked = jdbc.sql("update iam_user set failed_logins = 0, locked_until = null where id = :id and locked_until <= :now")
                .param("id", user.id()).param("now", ts(now)).update();
        if (unlocked == 1) {
            events.publishEvent(AuditableEvent.security("iam.account.unlocked", user.username(), source,
                    Map.of("by", "automatic", "lockedUntil", user.lockedUntil().toString())));
        }
    }

    /** Counts the failure in one statement (concurrent attempts cannot undercount) and locks at the limit. */
    private Failure badPassword(Candidate user, Instant now, String source) {
        record Counted(int failures, Instant lockedUntil) {
        }
        LocalDate today = LocalDate.ofInstant(now, Zones.SHANGHAI);
        int maxFailed = settings.value(IdentitySettings.MAX_FAILED_LOGINS, today);
        Counted counted = jdbc.sql("""
                        update iam_user set failed_logins = failed_logins + 1,
                               locked_until = case when failed_logins + 1 >= :max then coalesce(locked_until, :until) else locked_until end
                        where id = :id returning failed_logins, locked_until""")
                .param("max", maxFailed)
                .param("until", ts(now.plus(settings.value(IdentitySettings.LOCK_DURATION, today))))
                .param("id", user.id())
                .query((rs, n) -> new Counted(rs.getInt(1), toInstant(rs.getObject(2, OffsetDateTime.class))))
                .single();
        failed(user.username(), source, "bad-password", counted.failures());
        if (counted.failures() == maxFailed) {
            // a locked account keeps no way in either: its tokens and sessions end with the lock (issue 13, finding 3)
            sessions.revokeAll(user.id(), user.username(), now);
            events.publishEvent(AuditableEvent.security("iam.account.locked", user.username(), source,
                    Map.of("failures", counted.failures(), "lockedUntil", counted.lockedUntil().toString())));
        }
        if (counted.lockedUntil() != null) {
            return lockedFailure(counted.lockedUntil());
        }
        return new Failure(BAD_CREDENTIALS);
    }
}
