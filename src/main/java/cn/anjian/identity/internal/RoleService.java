package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The security administrator's work: a role's permissions and user-role grants (IAM-05 gates first). */
@Service
@RequiredArgsConstructor
class RoleService {

    private final RoleCatalog catalog;
    private final RoleDefinitions definitions;
    private final UserService userService;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SessionTerminator sessions;

    RoleRules.Role role(String code) {
        return catalog.role(code).orElseThrow(() -> BusinessException.notFound("角色"));
    }

    /** Load, change (IAM-05 rules, then the version the user saw), save: the role audits its own change. */
    @Transactional
    public void setPermissions(Actor actor, String roleCode, int version, Set<String> permissionCodes) {
        if (actor == null || !actor.scope().isProvince()) {
            // roles are one catalogue for the whole province; a county administrator manages only its users' grants
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "IAM-ROLE-PROVINCE-ONLY",
                    "角色及其权限全省统一适用，只有省级安全管理员可以修改");
        }
        RoleDefinition role = definitions.findById(roleCode).orElseThrow(() -> BusinessException.notFound("角色"));
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
        role.setPermissions(version, chosen);
        definitions.save(role); // a concurrent change fails on @Version (409 STALE); audited on save
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
        sessions.revokeAll(userId, user.username(), clock.instant());
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
        sessions.revokeAll(userId, user.username(), clock.instant());
        events.publishEvent(AuditableEvent.change("iam.role.revoked", "user", userId, before,
                Map.of("roles", String.join(",", user.roleCodes()), "revoked", roleCode)));
    }

    private static void refuseSelf(Actor actor, long userId) {
        if (actor.userId() == userId) {
            throw new BusinessException(RoleRules.CODE, "不能给自己授予或撤销角色（三员分立）");
        }
    }
}
