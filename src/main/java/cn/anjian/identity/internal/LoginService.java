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
     * The password is right but the sign-in needs a second step (issue 13): a code of the user's authenticator
     * ({@code enrolled}) or, for an administrator without one, enrolment first. The failure counter is not reset
     * until that step succeeds, so wrong codes count towards the same lockout (IAM-03).
     */
    record SecondFactorDue(IdentityPrincipal principal, boolean enrolled) implements Outcome {
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
    private final SignInGates gates;
    private final Clock clock;
    // compared against when the user is unknown, so response time does not reveal which names exist
    private final String dummyHash;

    LoginService(JdbcClient jdbc, PasswordEncoder encoder, PrincipalLoader principals, ApplicationEventPublisher events,
                 Settings settings, SignInGates gates, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.principals = principals;
        this.events = events;
        this.settings = settings;
        this.gates = gates;
        this.clock = clock;
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
            return countFailure(user.id(), user.username(), now, source, "bad-password");
        }
        if (encoder.upgradeEncoding(user.passwordHash())) {
            jdbc.sql("update iam_user set password_hash = :h where id = :id")
                    .param("h", encoder.encode(password)).param("id", user.id()).update();
        }
        expirePassword(user, now, source);
        Optional<IdentityPrincipal> principal = principals.load(user.id());
        if (principal.isEmpty()) {
            failed(user.username(), source, "no-agency", null);
            return new Failure(DISABLED);
        }
        if (gates.secondFactorDue(user.id())) {
            events.publishEvent(AuditableEvent.security("iam.login.password-accepted", user.username(), source, Map.of()));
            return new SecondFactorDue(principal.get(), gates.secondFactorEnrolled(user.id()));
        }
        completed(principal.get(), source, "password");
        return new Success(principal.get());
    }

    /** The sign-in is complete (after the password alone, or after the second step): the failure count starts afresh. */
    @Transactional
    public void completed(IdentityPrincipal user, String source, String factor) {
        jdbc.sql("update iam_user set failed_logins = 0 where id = :id and failed_logins <> 0").param("id", user.userId()).update();
        events.publishEvent(AuditableEvent.security("iam.login.succeeded", user.username(), source,
                "password".equals(factor) ? Map.of() : Map.of("factor", factor)));
    }

    /** The account may still sign in (enabled, not locked now): the second step is refused otherwise. */
    @Transactional(readOnly = true)
    public boolean mayContinue(long userId) {
        Instant now = clock.instant();
        return jdbc.sql("select count(*) from iam_user where id = :id and enabled and (locked_until is null or locked_until <= :now)")
                .param("id", userId).param("now", ts(now)).query(Integer.class).single() > 0;
    }

    /** A wrong second-factor code counts like a wrong password (IAM-03); the answer says whether the account is now locked. */
    @Transactional
    public Failure secondFactorFailed(long userId, String username, String source) {
        return countFailure(userId, username, clock.instant(), source, "bad-second-factor");
    }

    /** Issue 13: an expired password (identity.password-max-age-days) must be changed before anything else (IAM-02's filter). */
    private void expirePassword(Candidate user, Instant now, String source) {
        if (gates.passwordExpired(user.id(), now)
                && jdbc.sql("update iam_user set must_change_password = true where id = :id and not must_change_password")
                .param("id", user.id()).update() == 1) {
            events.publishEvent(AuditableEvent.security("iam.account.password-expired", user.username(), source, Map.of()));
        }
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
    private Failure countFailure(long userId, String username, Instant now, String source, String reason) {
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
                .param("id", userId)
                .query((rs, n) -> new Counted(rs.getInt(1), toInstant(rs.getObject(2, OffsetDateTime.class))))
                .single();
        failed(username, source, reason, counted.failures());
        if (counted.failures() == maxFailed) {
            // a locked account keeps no way in either: SessionTerminator ends its tokens and sessions (issue 13, finding 3)
            events.publishEvent(new AccountLocked(userId, username, now));
            events.publishEvent(AuditableEvent.security("iam.account.locked", username, source,
                    Map.of("failures", counted.failures(), "lockedUntil", counted.lockedUntil().toString())));
        }
        if (counted.lockedUntil() != null) {
            return lockedFailure(counted.lockedUntil());
        }
        return new Failure(BAD_CREDENTIALS);
    }
}
