package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import cn.anjian.kernel.Zones;
import cn.anjian.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a correct password still has to pass before a sign-in completes (issue 13, MLPS 2.0 level 3): the second
 * factor (enrolled users; the three administrators must enrol), and password expiry
 * ({@code identity.password-max-age-days}).
 */
@Component
@RequiredArgsConstructor
class SignInGates {

    /** IAM-05's three administrators: two-factor sign-in is required of them, and one session at a time. */
    static final Set<String> ADMIN_ROLES = Set.of("SYS_ADMIN", "SEC_ADMIN", "AUDIT_ADMIN");

    private final JdbcClient jdbc;
    private final Settings settings;

    /** The user holds one of the three administrator roles. */
    boolean administrator(long userId) {
        return jdbc.sql("select count(*) from iam_user_role where user_id = :id and role_code in (:roles)")
                .param("id", userId).param("roles", ADMIN_ROLES).query(Integer.class).single() > 0;
    }

    boolean secondFactorEnrolled(long userId) {
        return jdbc.sql("select count(*) from iam_second_factor where user_id = :id").param("id", userId)
                .query(Integer.class).single() > 0;
    }

    /** The sign-in needs a second step: the user has a second factor, or is an administrator who must enrol one. */
    boolean secondFactorDue(long userId) {
        return secondFactorEnrolled(userId) || administrator(userId);
    }

    /**
     * The password is as old as the maximum age in force today or older (calendar days in Beijing time): changed on
     * day 0 with a 90-day limit, it is good on day 89 and expired from day 90.
     */
    boolean passwordExpired(long userId, Instant now) {
        Instant changed = jdbc.sql("select password_changed_at from iam_user where id = :id").param("id", userId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).single();
        LocalDate today = LocalDate.ofInstant(now, Zones.SHANGHAI);
        int maxAge = settings.value(IdentitySettings.PASSWORD_MAX_AGE_DAYS, today);
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(changed, Zones.SHANGHAI), today) >= maxAge;
    }
}
