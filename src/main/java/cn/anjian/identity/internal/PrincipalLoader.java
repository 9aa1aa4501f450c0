package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Builds the principal (with its permission codes as authorities) for a user id. */
@Component
@RequiredArgsConstructor
class PrincipalLoader {

    private final JdbcClient jdbc;

    /** The user's columns and permission codes; the caller adds its FROM/WHERE (iam_user u, org_agency_view a). */
    private static final String PRINCIPAL = """
            select u.id, u.username, u.display_name, u.agency_id, a.name, u.unit_id, a.jurisdiction_id,
                   u.scope_path, u.must_change_password,
                   array(select distinct rp.permission_code from iam_user_role ur
                         join iam_role_permission rp on rp.role_code = ur.role_code where ur.user_id = u.id) as permissions""";

    /** Empty for an unknown or disabled user. */
    Optional<IdentityPrincipal> load(long userId) {
        return jdbc.sql(PRINCIPAL + """

                        from iam_user u join org_agency_view a on a.id = u.agency_id
                        where u.id = :id and u.enabled""")
                .param("id", userId)
                .query((rs, n) -> principal(rs))
                .optional();
    }

    /** The principal of a bearer token and the token's last use. */
    record TokenPrincipal(IdentityPrincipal principal, Instant lastUsedAt) {
    }

    /**
     * The principal behind a valid (known, unrevoked, unexpired) API token of an enabled user, in one query: the token,
     * the user, the agency and the permissions were four round trips and a transaction on every API request
     * (bench/expert-draw.md). Nothing is cached, so a revocation or a changed grant holds from the next request on, on
     * every node.
     */
    Optional<TokenPrincipal> loadByToken(String tokenHash, Instant now) {
        return jdbc.sql(PRINCIPAL + """
                        , t.last_used_at
                        from iam_api_token t join iam_user u on u.id = t.user_id join org_agency_view a on a.id = u.agency_id
                        where t.token_hash = :h and t.revoked_at is null and t.expires_at > :now and u.enabled""")
                .param("h", tokenHash).param("now", LoginService.ts(now))
                .query((rs, n) -> new TokenPrincipal(principal(rs),
                        rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant()))
                .optional();
    }

    private static IdentityPrincipal principal(ResultSet rs) throws SQLException {
        return new IdentityPrincipal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                rs.getString(5), (Long) rs.getObject(6, Long.class), rs.getLong(7), rs.getString(8),
                Set.of((String[]) rs.getArray("permissions").getArray()), rs.getBoolean(9));
    }

    static Authentication authenticated(IdentityPrincipal principal, Object details) {
        var token = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.permissions().stream().sorted().map(SimpleGrantedAuthority::new).toList());
        token.setDetails(details);
        return token;
    }
}
