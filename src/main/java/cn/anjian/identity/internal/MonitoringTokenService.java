package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 20: the long-lived credential of a Prometheus server. A system administrator issues a named token with an
 * expiry date (at most a year ahead); the secret is shown once and kept only as SHA-256; it is accepted on
 * {@code /actuator/prometheus} alone ({@link MonitoringTokenFilter}; the other chains never look it up), its last use
 * recorded at most once a minute; revocation and issue are audited. Lists are scoped to the jurisdiction (ORG-03).
 */
@Service
@RequiredArgsConstructor
class MonitoringTokenService {

    /** Tells a monitoring token from a user's API token at a glance (and in the filter). */
    static final String PREFIX = "ajmon_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    enum Status {
        ACTIVE("有效"), EXPIRED("已过期"), REVOKED("已撤销");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Issued(long id, String name, String token, Instant expiresAt) {
    }

    record Row(long id, String name, String agencyName, String createdByName, Instant createdAt, Instant expiresAt,
               Instant lastUsedAt, Instant revokedAt, String revokedByName, Status status) {
    }

    record Page(List<Row> rows, int page, long total, boolean hasNext) {
    }

    static final ListSort SORT = ListSort.by("t.id").key("name", "名称", "t.name").key("created", "签发时间", "t.created_at")
            .key("expires", "有效期至", "t.expires_at").key("used", "最近使用", "t.last_used_at").byDefault("created", false);

    private static final String SELECT = """
            select t.id, t.name, a.name, coalesce(c.display_name, '—'), t.created_at, t.expires_at, t.last_used_at, t.revoked_at,
                   coalesce(r.display_name, '—')""";
    private static final String FROM = """
             from iam_monitoring_token t join org_agency_view a on a.id = t.agency_id
             left join iam_user c on c.username = t.created_by left join iam_user r on r.username = t.revoked_by
             where t.scope_path like :scope and (cast(:q as text) is null or t.name like :q)
               and (cast(:status as text) is null
                    or (cast(:status as text) = 'REVOKED' and t.revoked_at is not null)
                    or (cast(:status as text) = 'EXPIRED' and t.revoked_at is null and t.expires_at <= :now)
                    or (cast(:status as text) = 'ACTIVE' and t.revoked_at is null and t.expires_at > :now))""";

    private final MonitoringTokens tokens;
    private final JdbcClient jdbc;
    private final ExportJdbc exports;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Transactional
    public Issued issue(Actor actor, String name, LocalDate expiresOn) {
        requireMonitor(actor);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random32());
        MonitoringToken t = MonitoringToken.issue(name, ApiTokenService.hash(token), actor.agencyId(), actor.scope().path(),
                actor.username(), expiresOn, clock.instant());
        boolean taken = jdbc.sql("select count(*) from iam_monitoring_token where scope_path = :p and name = :n and revoked_at is null")
                .param("p", t.scopePath()).param("n", t.name()).query(Long.class).single() > 0;
        if (taken) {
            throw BusinessException.conflict("IAM-MONITOR-TOKEN-DUPLICATE",
                    "本辖区已有同名且未撤销的监控令牌，请换一个名称，或先撤销原令牌");
        }
        t = tokens.save(t);
        events.publishEvent(t.issued());
        return new Issued(t.id(), t.name(), token, t.expiresAt());
    }

    @Transactional
    public void revoke(Actor actor, long id) {
        requireMonitor(actor);
        MonitoringToken t = tokens.findById(id).filter(x -> actor.scope().covers(x.scopePath()))
                .orElseThrow(() -> BusinessException.notFound("监控令牌"));
        t.revoke(actor.username(), clock.instant());
        tokens.save(t);
    }

    /** The token's id when it is a known, unrevoked, unexpired monitoring token; its last use recorded. */
    @Transactional
    public Optional<Long> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String h = ApiTokenService.hash(token);
        Optional<Long> id = jdbc.sql("""
                        select id from iam_monitoring_token where token_hash = :h and revoked_at is null and expires_at > :now""")
                .param("h", h).param("now", LoginService.ts(now)).query(Long.class).optional();
        // at most one write a minute per token: a scrape every 15 s must not put a durable commit on each
        id.ifPresent(x -> jdbc.sql("""
                        update iam_monitoring_token set last_used_at = :now
                        where id = :id and (last_used_at is null or last_used_at < :earlier)""")
                .param("now", LoginService.ts(now)).param("earlier", LoginService.ts(now.minus(LAST_USE_RESOLUTION)))
                .param("id", x).update());
        return id;
    }

    @Transactional(readOnly = true)
    public Page list(Actor actor, String q, Status status, ListSort.Sort sort, int page, int size) {
        long total = bind(jdbc.sql("select count(*)" + FROM), actor, q, status).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<Row> rows = bind(jdbc.sql(SELECT + FROM + sort.orderBy() + slice.window()), actor, q, status)
                .query(this::row).list();
        return new Page(rows, slice.page(), total, (long) (slice.page() + 1) * size < total);
    }

    /** The same rows, all of them, for the Excel export (streamed inside this read-only transaction). */
    @Transactional(readOnly = true)
    public void each(Actor actor, String q, Status status, ListSort.Sort sort, Consumer<Row> rows) {
        try (var stream = bind(exports.sql(SELECT + FROM + sort.orderBy()), actor, q, status).query(this::row).stream()) {
            stream.forEach(rows);
        }
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Actor actor, String q, Status status) {
        return spec.param("scope", actor.scope().pattern()).param("q", q == null || q.isBlank() ? null : Like.contains(q.strip()))
                .param("status", status == null ? null : status.name()).param("now", LoginService.ts(clock.instant()));
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        Instant expires = instant(rs, 6);
        Instant revoked = instant(rs, 8);
        Status status = revoked != null ? Status.REVOKED : expires.isAfter(clock.instant()) ? Status.ACTIVE : Status.EXPIRED;
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), instant(rs, 5), expires,
                instant(rs, 7), revoked, rs.getString(9), status);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return LoginService.toInstant(rs.getObject(column, OffsetDateTime.class));
    }

    private static void requireMonitor(Actor actor) {
        if (!actor.hasPermission("ops:monitor")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "IAM-MONITOR-TOKEN-PERMISSION", "无权管理监控令牌");
        }
    }

    private static byte[] random32() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return b;
    }
}
