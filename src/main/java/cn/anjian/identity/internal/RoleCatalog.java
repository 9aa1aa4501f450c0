package cn.anjian.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads roles, permissions and role-permission links. */
@Component
class RoleCatalog {

    private final JdbcClient jdbc;

    RoleCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RoleRules.Role> roles() {
        return jdbc.sql("select code, name, kind from iam_role order by kind, code")
                .query((rs, n) -> new RoleRules.Role(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    Map<String, RoleRules.Role> rolesByCode() {
        return roles().stream().collect(Collectors.toMap(RoleRules.Role::code, Function.identity()));
    }

    Optional<RoleRules.Role> role(String code) {
        return Optional.ofNullable(code).map(c -> rolesByCode().get(c));
    }

    int roleVersion(String code) {
        return jdbc.sql("select version from iam_role where code = :c").param("c", code).query(Integer.class).single();
    }

    List<RoleRules.Permission> permissions() {
        return jdbc.sql("select code, name, category, admin_role, read_only from iam_permission order by category, code")
                .query((rs, n) -> new RoleRules.Permission(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5))).list();
    }

    List<String> permissionsOf(String role) {
        return jdbc.sql("select permission_code from iam_role_permission where role_code = :r order by permission_code")
                .param("r", role).query(String.class).list();
    }
}
