package cn.anjian.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code anjian.security.*}: IAM-04 (idle timeout, applied by the session store at start-up) and API tokens.
 * IAM-03's lockout values are settings ({@link IdentitySettings}), changed without a restart.
 */
@ConfigurationProperties("anjian.security")
record IdentityProperties(Duration idleTimeout, Duration apiTokenTtl) {

    IdentityProperties {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        apiTokenTtl = apiTokenTtl == null ? Duration.ofHours(12) : apiTokenTtl;
    }
}
