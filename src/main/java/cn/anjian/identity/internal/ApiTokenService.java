package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.AuditableEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** API tokens for the phone app: 256 random bits, handed out once, stored only as SHA-256. */
@Service
@RequiredArgsConstructor
class ApiTokenService {

    record Issued(String token, Instant expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final IdentityProperties properties;
    private final PrincipalLoader principals;
    private final Clock clock;

    @Transactional
    public Issued issue(IdentityPrincipal user, String source, String userAgent) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.apiTokenTtl());
        long id = jdbc.sql("""
                        insert into iam_api_token (user_id, token_hash, created_at, expires_at, source, user_agent)
                        values (:u, :h, :now, :exp, :source, :agent) returning id""")
                .param("source", source == null ? null : source.substring(0, Math.min(source.length(), 64)))
                .param("agent", userAgent == null ? null : userAgent.substring(0, Math.min(userAgent.length(), 300)))
                .param("u", user.userId()).param("h", hash(token))
                .param("now", LoginService.ts(now)).param("exp", LoginService.ts(expiresAt))
                .query(Long.class).single();
        events.publishEvent(AuditableEvent.security("iam.token.issued", user.username(), source,
                Map.of("tokenId", id, "expiresAt", expiresAt.toString())));
        return new Issued(token, expiresAt);
    }

    /**
     * The principal of a valid (known, unrevoked, unexpired) token of an enabled user: one query, outside any
     * transaction ({@link PrincipalLoader#loadByToken}). Its last use is recorded at most once a minute: writing it on
     * every request put a durable commit on every API call and serialised concurrent requests of one token on the row
     * (bench/RESULTS.md, case list).
     */
    public Optional<IdentityPrincipal> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String h = hash(token);
        Optional<PrincipalLoader.TokenPrincipal> use = principals.loadByToken(h, now);
        use.filter(u -> u.lastUsedAt() == null || u.lastUsedAt().isBefore(now.minus(LAST_USE_RESOLUTION)))
                .ifPresent(u -> jdbc.sql("""
                                update iam_api_token set last_used_at = :now
                                where token_hash = :h and (last_used_at is null or last_used_at < :now)""")
                        .param("now", LoginService.ts(now)).param("h", h).update());
        return use.map(PrincipalLoader.TokenPrincipal::principal);
    }

    private static final java.time.Duration LAST_USE_RESOLUTION = java.time.Duration.ofMinutes(1);

    @Transactional
    public boolean revoke(String token, IdentityPrincipal user, String source) {
        Instant now = clock.instant();
        Optional<Long> id = jdbc.sql("""
                        update iam_api_token set revoked_at = :now
                        where token_hash = :h and user_id = :u and revoked_at is null returning id""")
                .param("now", LoginService.ts(now)).param("h", hash(token)).param("u", user.userId())
                .query(Long.class).optional();
        id.ifPresent(tokenId -> events.publishEvent(AuditableEvent.security("iam.token.revoked", user.username(), source,
                Map.of("tokenId", tokenId))));
        return id.isPresent();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
