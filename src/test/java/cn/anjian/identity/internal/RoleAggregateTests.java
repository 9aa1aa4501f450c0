package cn.anjian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/** A role and its permissions are one aggregate: IAM-05 rules first, then the version the user saw. */
class RoleAggregateTests extends IdentityTestSupport {

    @Autowired
    RoleDefinitions definitions;
    @Autowired
    RoleCatalog catalog;

    @Test
    @DisplayName("IAM-05 a stale role form answers 409 and changes nothing; of two concurrent saves the second is refused")
    void staleVersion() throws Exception {
        var j = fx.jurisdiction("角色版本市", null);
        long secAdmin = fx.user(IdentityFixtures.unique("rsec"), fx.agency(j, "角色版本局"), false, "SEC_ADMIN");
        int v = catalog.roleVersion("EXPERT");
        String[] perms = catalog.permissionsOf("EXPERT").toArray(String[]::new);
        mvc.perform(post("/admin/roles/EXPERT/permissions").param("version", String.valueOf(v + 1))
                        .param("permissions", "home:view").with(fx.as(secAdmin)).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(catalog.permissionsOf("EXPERT")).containsExactly(perms);
        assertThat(catalog.roleVersion("EXPERT")).isEqualTo(v);
        assertThat(auditCount("iam.role.permissions-changed")).isZero();

        List<RoleRules.Permission> same = catalog.permissions().stream().filter(p -> List.of(perms).contains(p.code())).toList();
        RoleDefinition first = definitions.findById("EXPERT").orElseThrow();
        RoleDefinition second = definitions.findById("EXPERT").orElseThrow();
        first.setPermissions(v, same);
        definitions.save(first);
        second.setPermissions(v, same);
        assertThatThrownBy(() -> definitions.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(catalog.roleVersion("EXPERT")).isEqualTo(v + 1);
        assertThat(catalog.permissionsOf("EXPERT")).containsExactly(perms);
    }

    @Test
    @DisplayName("IAM-05 the three-administrators rule refuses before the version is even looked at")
    void rulesFirst() {
        RoleDefinition audit = definitions.findById("AUDIT_ADMIN").orElseThrow();
        List<RoleRules.Permission> writing = catalog.permissions().stream().filter(p -> p.code().equals("user:manage")).toList();
        assertThatThrownBy(() -> audit.setPermissions(audit.version() + 5, writing))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo(RoleRules.CODE));
        assertThat(audit.permissionCodes()).containsExactlyInAnyOrder("home:view", "audit:read");
    }
}
