package cn.anjian.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code anjian.security.*}: the configurable values of IAM-03 (lockout), IAM-04 (idle timeout) and API tokens. */
@ConfigurationProperties("anjian.security")
record IdentityProperties(Duration idleTimeout, int maxFailedLogins, Duration lockDuration, Duration apiTokenTtl) {

    IdentityProperties {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        apiTokenTtl = apiTokenTtl == null ? Duration.ofHours(12) : apiTokenTtl;
    }
}
