package cn.anjian.identity.internal;

import java.util.Collection;
import java.util.List;

import cn.anjian.kernel.BusinessException;

/**
 * IAM-05 separation of the three administrators (三员分立), as pure rules over the role and permission
 * catalog: admin and business roles never meet on one user, a user holds at most one admin role, admin
 * roles get no business permission and only their own admin permissions, business roles get no admin
 * permission, and the audit administrator gets read-only permissions only.
 */
final class RoleRules {

    static final String CODE = "IAM-05";
    static final String AUDIT_ADMIN = "AUDIT_ADMIN";

    record Role(String code, String name, String kind) {
        public boolean admin() {
            return "ADMIN".equals(kind);
        }
    }

    record Permission(String code, String name, String category, String adminRole, boolean readOnly) {
    }

    private RoleRules() {
    }

    static void checkCombination(Collection<Role> roles) {
        List<Role> admins = roles.stream().filter(Role::admin).toList();
        if (!admins.isEmpty() && admins.size() < roles.size()) {
            throw new BusinessException(CODE, "管理员角色不能与业务角色授予同一用户（三员分立）");
        }
        if (admins.size() > 1) {
            throw new BusinessException(CODE, "同一用户只能担任一种管理员角色（三员分立）");
        }
    }

    static void checkPermissions(Role role, Collection<Permission> permissions) {
        for (Permission p : permissions) {
            if (role.admin() && "BUSINESS".equals(p.category())) {
                throw new BusinessException(CODE, "管理员角色不能拥有业务权限：" + p.name());
            }
            if (role.admin() && "ADMIN".equals(p.category()) && !role.code().equals(p.adminRole())) {
                throw new BusinessException(CODE, "权限“" + p.name() + "”只属于另一种管理员角色（三员分立）");
            }
            if (!role.admin() && "ADMIN".equals(p.category())) {
                throw new BusinessException(CODE, "业务角色不能拥有管理权限：" + p.name());
            }
            if (AUDIT_ADMIN.equals(role.code()) && !p.readOnly()) {
                throw new BusinessException(CODE, "审计管理员只能拥有只读权限：" + p.name());
            }
        }
    }
}
