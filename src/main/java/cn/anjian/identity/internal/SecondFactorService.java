package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import cn.anjian.kernel.BusinessException;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in (issue 13, MLPS 2.0 level 3 identification): enrolment with an authenticator app, the second
 * step of a sign-in (a TOTP code, or one of the recovery codes), the user's own status. Refused codes are answered,
 * not thrown, so the failure count (IAM-03 lockout) and its audit entry commit.
 */
@Service
@RequiredArgsConstructor
class SecondFactorService {

    sealed interface Verification {
    }

    /** The second step passed; {@code factor} is {@code totp} or {@code recovery-code}. */
    record Accepted(String factor) implements Verification {
    }

    /** Refused: {@code locked} when the account is (now) locked and the sign-in must start again. */
    record Refused(String code, String message, boolean locked) implements Verification {
    }

    record Status(Instant enrolledAt, Instant lastUsedAt, int recoveryCodesLeft) {
    }

    private final SecondFactors factors;
    private final SecretCipher cipher;
    private final PasswordEncoder encoder;
    private final LoginService logins;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Optional<Status> status(long userId) {
        return factors.findByUserId(userId).map(f -> new Status(f.enrolledAt(), f.lastUsedAt(), f.remainingRecoveryCodes()));
    }

    /**
     * Enrols the secret the user's app now holds, confirmed by one of its codes; answers the ten recovery codes,
     * shown this once (stored hashed only).
     */
    @Transactional
    public List<String> enrol(long userId, String username, String secret, String code, String source) {
        if (factors.existsByUserId(userId)) {
            throw BusinessException.conflict("IAM-MFA-ENROLLED", "您已绑定验证器；如需更换手机，请联系安全管理员重置后重新绑定");
        }
        if (secret == null) {
            throw BusinessException.conflict("IAM-MFA-SECRET", "绑定页面已过期，请重新打开双因素认证页面扫码");
        }
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            throw new BusinessException("IAM-MFA-CODE", "动态码不正确：请确认已在验证器中添加本账户，且手机时间准确");
        }
        List<String> codes = List.of(new RecoveryCodeGenerator().generateCodes(SecondFactor.RECOVERY_CODES));
        factors.save(SecondFactor.enrol(userId, username, cipher.encrypt(secret), step.getAsLong(),
                codes.stream().map(c -> encoder.encode(normalised(c))).toList(), clock.instant(), source));
        return codes;
    }

    /** For loaders (the demo's administrators): enrols a known secret; its recovery codes are not kept anywhere. */
    @Transactional
    public void enrolKnown(String username, String secret) {
        long userId = jdbc.sql("select id from iam_user where lower(username) = lower(:u)").param("u", username)
                .query(Long.class).optional().orElseThrow(() -> BusinessException.notFound("用户"));
        if (!factors.existsByUserId(userId)) {
            List<String> codes = List.of(new RecoveryCodeGenerator().generateCodes(SecondFactor.RECOVERY_CODES));
            factors.save(SecondFactor.enrol(userId, username, cipher.encrypt(secret), Long.MIN_VALUE,
                    codes.stream().map(c -> encoder.encode(normalised(c))).toList(), clock.instant(), null));
        }
    }

    /** The second step of a sign-in: a fresh TOTP code (±1 step, never one already used) or an unused recovery code. */
    @Transactional
    public Verification verify(IdentityPrincipal user, String code, String source) {
        if (!logins.mayContinue(user.userId())) {
            return new Refused(LoginService.LOCKED, LoginService.MESSAGE, true);
        }
        String typed = code == null ? "" : code.strip();
        if (typed.isEmpty() || typed.length() > 40) {
            return new Refused("IAM-MFA-CODE-REQUIRED", "请输入验证器显示的 6 位动态码，或一个恢复码", false);
        }
        SecondFactor factor = factors.findByUserId(user.userId()).orElse(null);
        if (factor == null) {
            return new Refused("IAM-MFA-NOT-ENROLLED", "您尚未绑定验证器", false);
        }
        Instant now = clock.instant();
        boolean replay = false;
        if (Totp.looksLikeCode(typed)) {
            OptionalLong step = Totp.matchingStep(cipher.decrypt(factor.secretEncrypted()), typed, now);
            if (step.isPresent() && factor.fresh(step.getAsLong())) {
                factor.acceptCode(step.getAsLong(), now);
                factors.save(factor);
                logins.completed(user, source, "totp");
                return new Accepted("totp");
            }
            replay = step.isPresent();
        } else {
            String recovery = normalised(typed);
            boolean known = factor.recoveryCodes().stream().anyMatch(c -> c.unused() && encoder.matches(recovery, c.codeHash()));
            if (known) {
                factor.useRecoveryCode(h -> encoder.matches(recovery, h), user.username(), now, source);
                factors.save(factor);
                logins.completed(user, source, "recovery-code");
                return new Accepted("recovery-code");
            }
        }
        LoginService.Failure failure = logins.secondFactorFailed(user.userId(), user.username(), source);
        boolean locked = LoginService.LOCKED.equals(failure.code());
        return replay ? new Refused("IAM-MFA-REPLAY", "该动态码已使用过，请等待验证器显示新的动态码", locked)
                : new Refused("IAM-MFA-CODE", "动态码或恢复码不正确", locked);
    }

    /** Recovery codes are compared without case, spaces or hyphens (they are shown as xxxx-xxxx-xxxx-xxxx). */
    static String normalised(String code) {
        return code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
