package cn.anjian.identity.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoleRulesTests {

    static final RoleRules.Role SYS = new RoleRules.Role("SYS_ADMIN", "系统管理员", "ADMIN");
    static final RoleRules.Role SEC = new RoleRules.Role("SEC_ADMIN", "安全管理员", "ADMIN");
    static final RoleRules.Role AUDIT = new RoleRules.Role("AUDIT_ADMIN", "审计管理员", "ADMIN");
    static final RoleRules.Role OFFICER = new RoleRules.Role("OFFICER", "执法人员", "BUSINESS");
    static final RoleRules.Role HR = new RoleRules.Role("HR", "人事教育", "BUSINESS");

    static final RoleRules.Permission HOME = new RoleRules.Permission("home:view", "首页", "COMMON", null, true);
    static final RoleRules.Permission USER_MANAGE = new RoleRules.Permission("user:manage", "用户管理", "ADMIN", "SYS_ADMIN", false);
    static final RoleRules.Permission ROLE_MANAGE = new RoleRules.Permission("role:manage", "角色", "ADMIN", "SEC_ADMIN", false);
    static final RoleRules.Permission AUDIT_READ = new RoleRules.Permission("audit:read", "审计", "ADMIN", "AUDIT_ADMIN", true);
    static final RoleRules.Permission DEADLINE = new RoleRules.Permission("deadline:manage", "期限", "BUSINESS", null, false);
    static final RoleRules.Permission DEADLINE_READ = new RoleRules.Permission("deadline:read", "期限", "BUSINESS", null, true);

    @Test
    @DisplayName("IAM-05 an admin role cannot be combined with a business role on one user")
    void adminAndBusiness() {
        assertThatThrownBy(() -> RoleRules.checkCombination(List.of(SYS, OFFICER)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("三员分立");
        assertThatCode(() -> RoleRules.checkCombination(List.of(OFFICER, HR))).doesNotThrowAnyException();
        assertThatCode(() -> RoleRules.checkCombination(List.of(SEC))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("IAM-05 one user holds at most one of the three admin roles")
    void twoAdmins() {
        assertThatThrownBy(() -> RoleRules.checkCombination(List.of(SYS, SEC))).hasMessageContaining("只能担任一种管理员角色");
    }

    @Test
    @DisplayName("IAM-05 admin roles get no business permissions and no other admin's permissions")
    void adminPermissions() {
        assertThatThrownBy(() -> RoleRules.checkPermissions(SYS, List.of(DEADLINE_READ))).hasMessageContaining("业务权限");
        assertThatThrownBy(() -> RoleRules.checkPermissions(SYS, List.of(ROLE_MANAGE))).hasMessageContaining("另一种管理员");
        assertThatCode(() -> RoleRules.checkPermissions(SYS, List.of(HOME, USER_MANAGE))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("IAM-05 the audit admin role gets only read permissions")
    void auditReadOnly() {
        RoleRules.Permission auditWrite = new RoleRules.Permission("audit:purge", "清理", "ADMIN", "AUDIT_ADMIN", false);
        assertThatThrownBy(() -> RoleRules.checkPermissions(AUDIT, List.of(auditWrite))).hasMessageContaining("只读");
        assertThatCode(() -> RoleRules.checkPermissions(AUDIT, List.of(HOME, AUDIT_READ))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("IAM-05 business roles get no admin permissions")
    void businessNoAdmin() {
        assertThatThrownBy(() -> RoleRules.checkPermissions(OFFICER, List.of(USER_MANAGE))).hasMessageContaining("管理权限");
        assertThatCode(() -> RoleRules.checkPermissions(OFFICER, List.of(HOME, DEADLINE))).doesNotThrowAnyException();
    }
}
