package cn.anjian.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The security administrator's work: a role's permissions and user-role grants (IAM-05 gates first). */
@Service
class RoleService {

    record Holder(long userId, String username, String displayName, String agencyName) {
    }

    private final RoleCatalog catalog;
    private final UserService userService;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SessionTerminator sessions;

    RoleService(RoleCatalog catalog, UserService userService, UserAccounts users, ApplicationEventPublisher events,
                JdbcClient jdbc, Clock clock, SessionTerminator sessions) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.userService = userService;
        this.users = users;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    RoleRules.Role role(String code) {
        return catalog.role(code).orElseThrow(() -> BusinessException.notFound("角色"));
    }

    @Transactional
    public void setPermissions(Actor actor, String roleCode, int version, Set<String> permissionCodes) {
        RoleRules.Role role = role(roleCode);
        Map<String, RoleRules.Permission> all = new java.util.HashMap<>();
        catalog.permissions().forEach(p -> all.put(p.code(), p));
        List<RoleRules.Permission> chosen = new ArrayList<>();
        for (String code : permissionCodes == null ? Set.<String>of() : permissionCodes) {
            RoleRules.Permission p = all.get(code);
            if (p == null) {
                throw BusinessException.badInput("IAM-PERMISSION", "未知的权限：" + (code.length() > 32 ? code.substring(0, 32) + "…" : code));
            }
            chosen.add(p);
        }
        RoleRules.checkPermissions(role, chosen);
        List<String> before = catalog.permissionsOf(roleCode);
        int bumped = jdbc.sql("update iam_role set version = version + 1 where code = :c and version = :v")
                .param("c", roleCode).param("v", version).update();
        if (bumped == 0) {
            throw new OptimisticLockingFailureException("role " + roleCode + " changed");
        }
        jdbc.sql("delete from iam_role_permission where role_code = :c").param("c", roleCode).update();
        for (RoleRules.Permission p : chosen) {
            jdbc.sql("insert into iam_role_permission (role_code, permission_code) values (:r, :p)")
                    .param("r", roleCode).param("p", p.code()).update();
        }
        List<String> after = new ArrayList<>(new TreeSet<>(permissionCodes == null ? Set.of() : permissionCodes));
        events.publishEvent(AuditableEvent.change("iam.role.permissions-changed", "role", roleCode,
                Map.of("permissions", before), Map.of("permissions", after)));
    }

    @Transactional
    public void grant(Actor actor, long userId, String roleCode) {
        role(roleCode);
        UserAccount user = userService.scoped(actor, userId);
        refuseSelf(actor, userId);
        if (user.roleCodes().contains(roleCode)) {
            return;
        }
        Set<String> after = new TreeSet<>(user.roleCodes());
        after.add(roleCode);
        userService.checkRoles(after);
        Map<String, Object> before = Map.of("roles", String.join(",", user.roleCodes()));
        user.grant(roleCode, clock.instant());
        users.save(user);
        sessions.terminate(user.username());
        events.publishEvent(AuditableEvent.change("iam.role.granted", "user", userId, before,
                Map.of("roles", String.join(",", after), "granted", roleCode)));
    }

    @Transactional
    public void revoke(Actor actor, long userId, String roleCode) {
        role(roleCode);
        UserAccount user = userService.scoped(actor, userId);
        refuseSelf(actor, userId);
        if (!user.roleCodes().contains(roleCode)) {
            return;
        }
        Map<String, Object> before = Map.of("roles", String.join(",", user.roleCodes()));
        user.revoke(roleCode, clock.instant());
        users.save(user);
        sessions.terminate(user.username());
        events.publishEvent(AuditableEvent.change("iam.role.revoked", "user", userId, before,
                Map.of("roles", String.join(",", user.roleCodes()), "revoked", roleCode)));
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

    private static void refuseSelf(Actor actor, long userId) {
        if (actor.userId() == userId) {
            throw new BusinessException(RoleRules.CODE, "不能给自己授予或撤销角色（三员分立）");
        }
    }
}
