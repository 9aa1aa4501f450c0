package cn.anjian.identity.internal;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.anjian.settings.DeclaredSettings;
import cn.anjian.settings.Setting;
import org.springframework.stereotype.Component;

/**
 * The identity values RULES.md calls configurable: IAM-03's lockout (read on the day of the login attempt)
 * and IAM-04's idle timeout (applied to every session by {@link IdleTimeout}, on the day of the request), and the
 * password's maximum age (issue 13, checked at sign-in by {@link SignInGates}).
 */
@Component
class IdentitySettings implements DeclaredSettings {

    static final String STANDARD = "《信息安全技术 网络安全等级保护基本要求》（GB/T 22239—2019）";

    static final Setting<Integer> MAX_FAILED_LOGINS = Setting.integer("identity.max-failed-logins",
            "连续登录失败锁定次数", "IAM-03", STANDARD, "身份鉴别：登录失败处理", "次", 5, 3, 10);

    static final Setting<Duration> LOCK_DURATION = Setting.duration("identity.lock-duration",
            "登录失败锁定时长", "IAM-03", STANDARD, "身份鉴别：登录失败处理", ChronoUnit.MINUTES, 15, 1, 1440);

    /** IAM-04: a session idle this long expires (the user logs in again). */
    static final Setting<Duration> IDLE_TIMEOUT = Setting.duration("identity.idle-timeout",
            "会话空闲超时时间", "IAM-04", STANDARD, "身份鉴别：登录连接超时自动退出", ChronoUnit.MINUTES, 30, 5, 480);

    /** Issue 13 (GB/T 22239 identification: passwords changed periodically): a password this old must be changed. */
    static final Setting<Integer> PASSWORD_MAX_AGE_DAYS = Setting.integer("identity.password-max-age-days",
            "密码有效期", "IAM-02", STANDARD, "身份鉴别：口令定期更换", "天", 90, 30, 365);

    @Override
    public String moduleName() {
        return "用户与登录安全";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(MAX_FAILED_LOGINS, LOCK_DURATION, IDLE_TIMEOUT, PASSWORD_MAX_AGE_DAYS);
    }
}
