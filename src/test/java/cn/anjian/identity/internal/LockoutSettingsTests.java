package cn.anjian.identity.internal;

import java.time.Duration;
import java.time.LocalDate;

import cn.anjian.settings.SettingsTestSupport;
import cn.anjian.settings.internal.SettingStore;
import cn.anjian.settings.internal.SettingsAdministration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** IAM-03's lockout values are settings: a login attempt is judged by the values in force on its day. */
class LockoutSettingsTests extends IdentityTestSupport {

    @Autowired LoginService logins;
    @Autowired SettingsAdministration admin;
    @Autowired SettingStore store;

    @AfterEach
    void cleanUp() {
        SettingsTestSupport.reset(jdbc, store, IdentitySettings.MAX_FAILED_LOGINS);
        SettingsTestSupport.reset(jdbc, store, IdentitySettings.LOCK_DURATION);
    }

    private String newUser() {
        var j = fx.jurisdiction("锁定参数市", null);
        long agency = fx.agency(j, "锁定参数局");
        String name = IdentityFixtures.unique("lockcfg");
        fx.user(name, agency, false, "OFFICER");
        return name;
    }

    private LoginService.Outcome wrong(String name) {
        return logins.login(name, "Wrong-Pass-1", "127.0.0.1");
    }

    @Test
    @DisplayName("IAM-03 a stricter lockout (3 attempts, 30 minutes) applies from its effective date; the day before 5 attempts still apply")
    void lockoutFromItsDate() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        SettingsTestSupport.schedule(admin, IdentitySettings.MAX_FAILED_LOGINS, "3", tomorrow);
        SettingsTestSupport.schedule(admin, IdentitySettings.LOCK_DURATION, "30", tomorrow);

        String today = newUser();
        for (int i = 1; i <= 3; i++) {
            assertThat(wrong(today)).isInstanceOfSatisfying(LoginService.Failure.class,
                    f -> assertThat(f.code()).isEqualTo(LoginService.BAD_CREDENTIALS));
        }
        assertThat(((LoginService.Failure) wrong(today)).message()).isEqualTo(LoginService.MESSAGE);

        clock.set(tomorrow.atTime(10, 0));
        String next = newUser();
        wrong(next);
        wrong(next);
        assertThat(wrong(next)).isInstanceOfSatisfying(LoginService.Failure.class,
                f -> assertThat(f.code()).isEqualTo(LoginService.LOCKED));
        assertThat(auditCount("iam.account.locked")).isEqualTo(1);
        clock.advance(Duration.ofMinutes(29));
        assertThat(logins.login(next, IdentityFixtures.PASSWORD, "127.0.0.1")).isInstanceOf(LoginService.Failure.class);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(logins.login(next, IdentityFixtures.PASSWORD, "127.0.0.1")).isInstanceOf(LoginService.Success.class);
    }
}
