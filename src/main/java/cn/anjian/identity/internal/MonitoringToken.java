package cn.anjian.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A named monitoring token for a Prometheus server (issue 20): good only for {@code /actuator/prometheus}, until the
 * end of its expiry day (Beijing time) or its revocation. Only the SHA-256 of the secret is kept.
 */
@Table("iam_monitoring_token")
class MonitoringToken extends AbstractAggregateRoot<MonitoringToken> {

    /** A Prometheus credential is rotated at least yearly (MLPS 2.0: credentials have a bounded life). */
    static final int MAX_YEARS = 1;
    static final int NAME_MAX = 60;

    @Id
    private Long id;
    private String name;
    private String tokenHash;
    private long agencyId;
    private String scopePath;
    private String createdBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant revokedAt;
    private String revokedBy;
    private Instant lastUsedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    MonitoringToken() {
    }

    /** Refuses a missing expiry, one not after today, or more than a year ahead; and a blank or overlong name. */
    static MonitoringToken issue(String name, String tokenHash, long agencyId, String scopePath, String by,
                                 LocalDate expiresOn, Instant now) {
        if (name == null || name.isBlank()) {
            throw BusinessException.badInput("IAM-MONITOR-TOKEN-NAME", "请填写令牌名称（例如 Prometheus 服务器的名称）");
        }
        if (name.strip().length() > NAME_MAX) {
            throw BusinessException.badInput("IAM-MONITOR-TOKEN-NAME", "令牌名称不能超过 " + NAME_MAX + " 个字");
        }
        LocalDate today = now.atZone(Zones.SHANGHAI).toLocalDate();
        if (expiresOn == null) {
            throw BusinessException.badInput("IAM-MONITOR-TOKEN-EXPIRY", "请填写有效期至（最长一年）");
        }
        if (!expiresOn.isAfter(today) || expiresOn.isAfter(today.plusYears(MAX_YEARS))) {
            throw new BusinessException("IAM-MONITOR-TOKEN-EXPIRY",
                    "有效期至须在明天到 " + today.plusYears(MAX_YEARS) + " 之间（监控令牌最长有效一年）");
        }
        MonitoringToken t = new MonitoringToken();
        t.name = name.strip();
        t.tokenHash = tokenHash;
        t.agencyId = agencyId;
        t.scopePath = scopePath;
        t.createdBy = by;
        t.createdAt = now;
        t.expiresAt = expiresOn.plusDays(1).atStartOfDay(Zones.SHANGHAI).toInstant();
        return t;
    }

    /** The audit entry of the issue; the id exists only after the first save. */
    AuditableEvent issued() {
        return new AuditableEvent("iam.monitor-token.issued", "monitoring-token", String.valueOf(id), null,
                Map.of("name", name, "expiresAt", expiresAt.toString()), createdBy, null);
    }

    void revoke(String by, Instant now) {
        if (revokedAt != null) {
            throw BusinessException.conflict("IAM-MONITOR-TOKEN-REVOKED", "该监控令牌已撤销");
        }
        revokedAt = now;
        revokedBy = by;
        registerEvent(new AuditableEvent("iam.monitor-token.revoked", "monitoring-token", String.valueOf(id),
                Map.of("name", name, "expiresAt", expiresAt.toString()), Map.of("revokedAt", now.toString()), by, null));
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String scopePath() {
        return scopePath;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
