package cn.anjian.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code anjian.security.*}: the API token lifetime and the key that encrypts second-factor (TOTP) secrets at rest
 * ({@code second-factor-key}, any long passphrase, and {@code second-factor-salt}, hex; production sets both through
 * its environment, {@code ANJIAN_SECURITY_SECONDFACTORKEY} / {@code ANJIAN_SECURITY_SECONDFACTORSALT}).
 * IAM-03's lockout values and IAM-04's idle timeout are settings ({@link IdentitySettings}), changed on
 * {@code /admin/settings} without a restart.
 */
@ConfigurationProperties("anjian.security")
record IdentityProperties(Duration apiTokenTtl, String secondFactorKey, String secondFactorSalt) {

    IdentityProperties {
        apiTokenTtl = apiTokenTtl == null ? Duration.ofHours(12) : apiTokenTtl;
        secondFactorKey = secondFactorKey == null || secondFactorKey.isBlank() ? "anjian-development-only-key" : secondFactorKey;
        secondFactorSalt = secondFactorSalt == null || secondFactorSalt.isBlank() ? "5c0744940b5c369b" : secondFactorSalt;
    }
}
