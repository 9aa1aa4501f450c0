package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads roles, permissions, role-permission links and role holders (changes go through {@link RoleDefinition}). */
@Component
@RequiredArgsConstructor
class RoleCatalog {

    private final JdbcClient jdbc;

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

    record Holder(long userId, String username, String displayName, String agencyName) {
    }

    /** Users in the actor's scope holding the role. */
    List<Holder> holders(Actor actor, String roleCode) {
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, a.name from iam_user u
                        join iam_user_role ur on ur.user_id = u.id join org_agency_view a on a.id = u.agency_id
                        where ur.role_code = :r and u.scope_path like :scope order by u.scope_path, u.username limit 500""")
                .param("r", roleCode).param("scope", actor.scope().pattern())
                .query((rs, n) -> new Holder(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** Finds a user id by user name within the actor's scope (for the grant form). */
    long userIdByName(Actor actor, String username) {
        if (username == null || username.isBlank() || username.length() > 64) {
            throw BusinessException.badInput("IAM-USERNAME", "请输入要授权的用户名");
        }
        return jdbc.sql("select id from iam_user where lower(username) = lower(:u) and scope_path like :scope")
                .param("u", username.strip()).param("scope", actor.scope().pattern())
                .query(Long.class).optional().orElseThrow(() -> BusinessException.notFound("用户"));
    }

    /** The Chinese names of a role's permissions, for pages (issue 12 defect 7: never the codes). */
    List<String> permissionNamesOf(String role) {
        return jdbc.sql("""
                        select p.name from iam_role_permission rp join iam_permission p on p.code = rp.permission_code
                        where rp.role_code = :r order by p.category, p.code""")
                .param("r", role).query(String.class).list();
    }

    List<String> permissionsOf(String role) {
        return jdbc.sql("select permission_code from iam_role_permission where role_code = :r order by permission_code")
                .param("r", role).query(String.class).list();
    }
}
