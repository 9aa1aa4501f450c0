package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

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

    /** Empty for an unknown or disabled user. */
    Optional<IdentityPrincipal> load(long userId) {
        List<String> permissions = jdbc.sql("""
                        select distinct rp.permission_code from iam_user_role ur
                        join iam_role_permission rp on rp.role_code = ur.role_code where ur.user_id = :id""")
                .param("id", userId).query(String.class).list();
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.agency_id, a.name, u.unit_id, a.jurisdiction_id,
                               u.scope_path, u.must_change_password
                        from iam_user u join org_agency_view a on a.id = u.agency_id
                        where u.id = :id and u.enabled""")
                .param("id", userId)
                .query((rs, n) -> new IdentityPrincipal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), (Long) rs.getObject(6, Long.class), rs.getLong(7), rs.getString(8),
                        new HashSet<>(permissions), rs.getBoolean(9)))
                .optional();
    }

    static Authentication authenticated(IdentityPrincipal principal, Object details) {
        var token = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.permissions().stream().sorted().map(SimpleGrantedAuthority::new).toList());
        token.setDetails(details);
        return token;
    }
}
