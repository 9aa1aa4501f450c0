package cn.anjian.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code anjian.security.*}: the API token lifetime. IAM-03's lockout values and IAM-04's idle timeout are
 * settings ({@link IdentitySettings}), changed on {@code /admin/settings} without a restart.
 */
@ConfigurationProperties("anjian.security")
record IdentityProperties(Duration apiTokenTtl) {

    IdentityProperties {
        apiTokenTtl = apiTokenTtl == null ? Duration.ofHours(12) : apiTokenTtl;
    }
}
