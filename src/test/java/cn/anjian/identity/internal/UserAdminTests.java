package cn.anjian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import cn.anjian.kernel.BusinessException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class UserAdminTests extends IdentityTestSupport {

    @Autowired
    LoginService logins;

    IdentityFixtures.Jurisdiction city;
    IdentityFixtures.Jurisdiction countyA;
    IdentityFixtures.Jurisdiction countyB;
    long cityAgency;
    long agencyA;
    long agencyB;
    long cityAdmin;
    long adminA;
    long secAdminA;
    long officerA;
    long officerB;
    long hrA;

    @BeforeEach
    void tree() {
        city = fx.jurisdiction("测试市", null);
        countyA = fx.jurisdiction("甲县", city);
        countyB = fx.jurisdiction("乙县", city);
        cityAgency = fx.agency(city, "测试市应急管理局");
        agencyA = fx.agency(countyA, "甲县应急管理局");
        agencyB = fx.agency(countyB, "乙县应急管理局");
        cityAdmin = fx.user(IdentityFixtures.unique("csys"), cityAgency, false, "SYS_ADMIN");
        adminA = fx.user(IdentityFixtures.unique("asys"), agencyA, false, "SYS_ADMIN");
        secAdminA = fx.user(IdentityFixtures.unique("asec"), agencyA, false, "SEC_ADMIN");
        officerA = users.create(null, new UserService.UserData(IdentityFixtures.unique("aoff"), "甲执法", agencyA, null,
                "13812345678", "140525199001011234"), Set.of("OFFICER"), IdentityFixtures.PASSWORD, false);
        officerB = users.create(null, new UserService.UserData(IdentityFixtures.unique("boff"), "乙执法", agencyB, null,
                "13987654321", "140525199202021235"), Set.of("OFFICER"), IdentityFixtures.PASSWORD, false);
        hrA = fx.user(IdentityFixtures.unique("ahr"), agencyA, false, "HR");
    }

    private String username(long id) {
        return jdbc.sql("select username from iam_user where id = :id").param("id", id).query(String.class).single();
    }

    @Test
    @DisplayName("ORG-03 IAM-01 a county admin cannot see or edit a user of another county (page and API: 404)")
    void countyScope() throws Exception {
        mvc.perform(get("/admin/users").with(fx.as(adminA))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(username(officerA))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(username(officerB)))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(username(cityAdmin)))));
        mvc.perform(get("/admin/users/" + officerB).with(fx.as(adminA))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/" + officerB + "/edit").with(fx.as(adminA))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/" + officerB + "/disable").with(fx.as(adminA)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/" + officerB + "/reset-password").param("password", "Another-Pass1").with(fx.as(adminA)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/" + officerB).with(fx.as(adminA)).with(csrf()).param("username", "x").param("displayName", "改名")
                .param("agencyId", String.valueOf(agencyA)).param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/identity/users/" + officerB).with(fx.as(adminA))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("用户不存在或不在您的管辖范围内"));
        mvc.perform(get("/api/v1/identity/users").param("size", "100").with(fx.as(adminA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(Matchers.hasItem((int) officerA)))
                .andExpect(jsonPath("$.items[*].id").value(Matchers.not(Matchers.hasItem((int) officerB))));
        // nor move a user of their county to another county's agency
        mvc.perform(post("/admin/users/" + officerA).with(fx.as(adminA)).with(csrf()).param("username", username(officerA))
                .param("displayName", "甲执法").param("agencyId", String.valueOf(agencyB)).param("version", "0"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select agency_id from iam_user where id = :id").param("id", officerA).query(Long.class).single()).isEqualTo(agencyA);
        assertThat(jdbc.sql("select enabled from iam_user where id = :id").param("id", officerB).query(Boolean.class).single()).isTrue();

        // the city admin sees both counties
        mvc.perform(get("/api/v1/identity/users/" + officerB).with(fx.as(cityAdmin))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("IAM-06 lists and the API show phone and ID card masked; the detail's full value needs pii:view-full and is audited")
    void masking() throws Exception {
        mvc.perform(get("/admin/users").param("name", username(officerA)).with(fx.as(adminA))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("138****5678")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("13812345678"))));
        mvc.perform(get("/api/v1/identity/users/" + officerA).with(fx.as(adminA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("138****5678"))
                .andExpect(jsonPath("$.idCard").value("1405**********1234"));
        mvc.perform(get("/admin/users/" + officerA).with(fx.as(adminA))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("显示完整"))));
        // the system admin has no pii:view-full
        mvc.perform(post("/admin/users/" + officerA + "/pii/phone").with(fx.as(adminA)).with(csrf())).andExpect(status().isForbidden());
        assertThat(auditCount("iam.pii.viewed")).isZero();

        mvc.perform(get("/admin/users/" + officerA).with(fx.as(hrA))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("显示完整")));
        mvc.perform(post("/admin/users/" + officerA + "/pii/phone").with(fx.as(hrA)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("13812345678")));
        mvc.perform(post("/api/v1/identity/users/" + officerA + "/pii/idCard").with(fx.as(hrA)).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value("140525199001011234"));
        assertThat(auditCount("iam.pii.viewed")).isEqualTo(2);
        mvc.perform(post("/admin/users/" + officerA + "/pii/password").with(fx.as(hrA)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/users/" + officerB + "/pii/phone").with(fx.as(hrA)).with(csrf())).andExpect(status().isNotFound());
        assertThat(auditCount("iam.pii.viewed")).isEqualTo(2);
    }

    @Test
    @DisplayName("IAM-02 IAM-07 creating a user: policy, validation and bad input are refused with 4xx and nothing stored")
    void createRefusals() throws Exception {
        int before = count("select count(*) from iam_user");
        long created = auditCount("iam.user.created");
        String name = IdentityFixtures.unique("new");
        // policy: 7 characters, username inside
        mvc.perform(create(name, "张三", agencyA, "Abc-12x")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("至少 8 位")));
        mvc.perform(create(name, "张三", agencyA, name + "-X1")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("不能包含用户名")));
        // missing fields, wrong types, huge values, unknown or out-of-scope agency
        mvc.perform(post("/admin/users").with(fx.as(adminA)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(create(name, "", agencyA, "Abcdef-123")).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/users").with(fx.as(adminA)).with(csrf()).param("username", name).param("displayName", "张三")
                .param("agencyId", "abc").param("password", "Abcdef-123")).andExpect(status().isBadRequest());
        mvc.perform(create("u".repeat(10_000), "张三", agencyA, "Abcdef-123")).andExpect(status().isBadRequest());
        mvc.perform(create("bad name!", "张三", agencyA, "Abcdef-123")).andExpect(status().isBadRequest());
        mvc.perform(create(name, "张三", agencyB, "Abcdef-123")).andExpect(status().isNotFound());
        mvc.perform(create(name, "张三", 999_999_999L, "Abcdef-123")).andExpect(status().isNotFound());
        mvc.perform(create(name, "张三", agencyA, "Abcdef-123").param("phone", "12345")).andExpect(status().isBadRequest());
        mvc.perform(create(name, "张三", agencyA, "Abcdef-123").param("idCard", "14052519900101123A")).andExpect(status().isBadRequest());
        mvc.perform(create(name, "张三", agencyA, "Abcdef-123").param("unitId", String.valueOf(fx.unit(agencyB, "乙县法制股"))))
                .andExpect(status().isUnprocessableContent());
        assertThat(count("select count(*) from iam_user")).isEqualTo(before);
        assertThat(auditCount("iam.user.created")).isEqualTo(created);

        // a valid one is created, must change the password, and is audited; the same name again is a conflict
        long unit = fx.unit(agencyA, "甲县法制股");
        mvc.perform(create(name, "张三", agencyA, "Abcdef-123").param("unitId", String.valueOf(unit)).param("phone", "13811112222"))
                .andExpect(status().isFound());
        assertThat(auditCount("iam.user.created")).isEqualTo(created + 1);
        assertThat(jdbc.sql("select must_change_password and scope_path = :p from iam_user where username = :u")
                .param("p", countyA.path()).param("u", name).query(Boolean.class).single()).isTrue();
        mvc.perform(create(name.toUpperCase(), "张三", agencyA, "Abcdef-123")).andExpect(status().isConflict());
        assertThat(jdbc.sql("select password_hash from iam_user where username = :u").param("u", name).query(String.class).single())
                .startsWith("{bcrypt}$2");
    }

    private MockHttpServletRequestBuilder create(String username, String displayName, long agency, String password) {
        return post("/admin/users").with(fx.as(adminA)).with(csrf()).param("username", username).param("displayName", displayName)
                .param("agencyId", String.valueOf(agency)).param("password", password);
    }

    @Test
    @DisplayName("IAM-02 an admin password reset must satisfy the policy and forces a change at the next login; disabling blocks login")
    void resetAndDisable() throws Exception {
        mvc.perform(post("/admin/users/" + officerA + "/reset-password").param("password", "abcdefgh").with(fx.as(adminA)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/admin/users/" + officerA + "/reset-password").with(fx.as(adminA)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(logins.login(username(officerA), IdentityFixtures.PASSWORD, "t")).isInstanceOf(LoginService.Success.class);
        mvc.perform(post("/admin/users/" + officerA + "/reset-password").param("password", "Temp-Pass-42").with(fx.as(adminA)).with(csrf()))
                .andExpect(status().isFound());
        var outcome = logins.login(username(officerA), "Temp-Pass-42", "t");
        assertThat(((LoginService.Success) outcome).principal().mustChangePassword()).isTrue();

        var session = mvc.perform(post("/login").with(csrf()).param("username", username(officerA)).param("password", "Temp-Pass-42"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(count("select count(*) from spring_session where principal_name = '" + username(officerA) + "'")).isEqualTo(1);
        mvc.perform(post("/admin/users/" + officerA + "/disable").with(fx.as(adminA)).with(csrf())).andExpect(status().isFound());
        // the disabled user's sessions end at once, on every node
        assertThat(count("select count(*) from spring_session where principal_name = '" + username(officerA) + "'")).isZero();
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isFound());
        assertThat(logins.login(username(officerA), "Temp-Pass-42", "t")).isInstanceOf(LoginService.Failure.class);
        assertThat(auditCount("iam.user.disabled")).isEqualTo(1);
        mvc.perform(post("/admin/users/" + adminA + "/disable").with(fx.as(adminA)).with(csrf())).andExpect(status().isUnprocessableContent());
    }

    @Test
    @DisplayName("IAM-01 the users list filters by name, agency, role and status and paginates")
    void listFilters() throws Exception {
        mvc.perform(get("/api/v1/identity/users").param("role", "HR").with(fx.as(cityAdmin))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(Matchers.hasItem((int) hrA)))
                .andExpect(jsonPath("$.items[*].id").value(Matchers.not(Matchers.hasItem((int) officerA))));
        mvc.perform(get("/api/v1/identity/users").param("agencyId", String.valueOf(agencyB)).with(fx.as(cityAdmin)))
                .andExpect(jsonPath("$.total").value(1));
        // issue 12: page sizes are 20, 50 or 100 (one kit for every list); a page past the end shows the last one
        mvc.perform(get("/api/v1/identity/users").param("size", "1").with(fx.as(cityAdmin))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/identity/users").param("size", "20").param("page", "999").with(fx.as(cityAdmin)))
                .andExpect(jsonPath("$.size").value(20)).andExpect(jsonPath("$.items.length()").value(Matchers.greaterThan(0)));
        mvc.perform(get("/api/v1/identity/users").param("name", "%_\\").with(fx.as(cityAdmin))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/identity/users").param("status", "NOPE").with(fx.as(cityAdmin))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/identity/users").param("page", "abc").with(fx.as(cityAdmin))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/users").param("page", "abc").with(fx.as(cityAdmin))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/users").param("status", "LOCKED").param("name", "x".repeat(10_000)).with(fx.as(cityAdmin)))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/users/abc").with(fx.as(cityAdmin))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/users/999999999").with(fx.as(cityAdmin))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("IAM-05 the security admin cannot grant roles to themselves; admin and business roles never mix")
    void grantGates() throws Exception {
        String sec = username(secAdminA);
        mvc.perform(post("/admin/roles/OFFICER/grants").param("username", sec).with(fx.as(secAdminA)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(Matchers.containsString("不能给自己")));
        mvc.perform(post("/admin/roles/SYS_ADMIN/grants").param("username", username(officerA)).with(fx.as(secAdminA)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(Matchers.containsString("三员分立")));
        mvc.perform(post("/admin/roles/AUDIT_ADMIN/grants").param("username", username(adminA)).with(fx.as(secAdminA)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/admin/roles/OFFICER/grants").param("username", username(officerB)).with(fx.as(secAdminA)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/roles/NOPE/grants").param("username", username(officerA)).with(fx.as(secAdminA)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/roles/HR/grants").param("username", "u".repeat(10_000)).with(fx.as(secAdminA)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(auditCount("iam.role.granted")).isZero();
        // a legitimate grant and revoke
        mvc.perform(post("/admin/roles/HR/grants").param("username", username(officerA)).with(fx.as(secAdminA)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(principals.load(officerA).orElseThrow().permissions()).contains("pii:view-full");
        mvc.perform(post("/admin/roles/HR/grants/" + officerA + "/revoke").with(fx.as(secAdminA)).with(csrf())).andExpect(status().isFound());
        assertThat(principals.load(officerA).orElseThrow().permissions()).doesNotContain("pii:view-full");
        assertThat(auditCount("iam.role.granted")).isEqualTo(1);
        assertThat(auditCount("iam.role.revoked")).isEqualTo(1);
        // the system admin cannot grant at all
        mvc.perform(post("/admin/roles/HR/grants").param("username", username(officerA)).with(fx.as(adminA)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("IAM-05 only a province-level security admin changes role permissions; admin roles cannot be given business permissions; the audit admin gets only read permissions")
    void permissionGates() throws Exception {
        long secAdminP = fx.user(IdentityFixtures.unique("psec"), fx.agency(city, "测试省级局"), false, "SEC_ADMIN");
        // roles are global configuration: a county security administrator is refused before any other check (issue 13)
        int officerVersion = new RoleCatalog(jdbc).roleVersion("OFFICER");
        mvc.perform(post("/admin/roles/OFFICER/permissions").param("version", String.valueOf(officerVersion))
                        .param("permissions", "home:view").with(fx.as(secAdminA)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(new RoleCatalog(jdbc).roleVersion("OFFICER")).isEqualTo(officerVersion);
        int version = new RoleCatalog(jdbc).roleVersion("AUDIT_ADMIN");
        mvc.perform(post("/admin/roles/AUDIT_ADMIN/permissions").param("version", String.valueOf(version))
                        .param("permissions", "home:view", "audit:read", "user:manage").with(fx.as(secAdminP)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/admin/roles/SYS_ADMIN/permissions").param("version", String.valueOf(new RoleCatalog(jdbc).roleVersion("SYS_ADMIN")))
                        .param("permissions", "home:view", "user:manage", "deadline:read").with(fx.as(secAdminP)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(Matchers.containsString("业务权限")));
        mvc.perform(post("/admin/roles/OFFICER/permissions").param("version", String.valueOf(new RoleCatalog(jdbc).roleVersion("OFFICER")))
                        .param("permissions", "home:view", "role:manage").with(fx.as(secAdminP)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/admin/roles/OFFICER/permissions").param("version", "x").with(fx.as(secAdminP)).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/roles/OFFICER/permissions").param("version", "0").param("permissions", "nope:x")
                .with(fx.as(secAdminP)).with(csrf())).andExpect(status().isBadRequest());
        assertThat(new RoleCatalog(jdbc).permissionsOf("AUDIT_ADMIN")).containsExactlyInAnyOrder("home:view", "audit:read");
        assertThat(auditCount("iam.role.permissions-changed")).isZero();

        // a valid change (same set) is saved and audited; a stale version is a conflict
        RoleCatalog catalog = new RoleCatalog(jdbc);
        int v = catalog.roleVersion("GENERAL_OFFICE");
        String[] perms = catalog.permissionsOf("GENERAL_OFFICE").toArray(String[]::new);
        mvc.perform(post("/admin/roles/GENERAL_OFFICE/permissions").param("version", String.valueOf(v)).param("permissions", perms)
                .with(fx.as(secAdminP)).with(csrf())).andExpect(status().isFound());
        assertThat(auditCount("iam.role.permissions-changed")).isEqualTo(1);
        mvc.perform(post("/admin/roles/GENERAL_OFFICE/permissions").param("version", String.valueOf(v)).param("permissions", perms)
                .with(fx.as(secAdminP)).with(csrf())).andExpect(status().isConflict());
        mvc.perform(get("/admin/roles").with(fx.as(secAdminP))).andExpect(status().isOk());
        mvc.perform(get("/admin/roles/OFFICER").with(fx.as(secAdminP))).andExpect(status().isOk());
        mvc.perform(get("/admin/roles/OFFICER").with(fx.as(adminA))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("IAM-05 the demo-loader API refuses an admin role combined with a business role")
    void loaderGates() {
        String name = IdentityFixtures.unique("mix");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        directory.createUser(name, "混合", agencyA, null, Set.of("SYS_ADMIN", "OFFICER"), IdentityFixtures.PASSWORD, false))
                .isInstanceOf(BusinessException.class).hasMessageContaining("三员分立");
        assertThat(directory.exists(name)).isFalse();
        long id = directory.createUser(name, "演示", agencyA, null, Set.of("OFFICER"), IdentityFixtures.PASSWORD, false);
        assertThat(principals.load(id).orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    @DisplayName("IAM-07 editing a user validates input, refuses a stale form (409) and is audited")
    void editUser() throws Exception {
        int version = users.scoped(fx.principal(adminA), officerA).version();
        String name = username(officerA);
        mvc.perform(get("/admin/users/" + officerA + "/edit").with(fx.as(adminA))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("13812345678")));
        mvc.perform(post("/admin/users/" + officerA).with(fx.as(adminA)).with(csrf()).param("username", name)
                .param("displayName", "").param("agencyId", String.valueOf(agencyA)).param("version", String.valueOf(version)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/users/" + officerA).with(fx.as(adminA)).with(csrf()).param("username", name)
                .param("displayName", "甲执法二").param("agencyId", String.valueOf(agencyA)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/users/" + officerA).with(fx.as(adminA)).with(csrf()).param("username", name)
                .param("displayName", "甲执法二").param("agencyId", String.valueOf(agencyA)).param("version", "zz"))
                .andExpect(status().isBadRequest());
        long updated = auditCount("iam.user.updated");
        mvc.perform(post("/admin/users/" + officerA).with(fx.as(adminA)).with(csrf()).param("username", name)
                .param("displayName", "甲执法二").param("agencyId", String.valueOf(agencyA)).param("phone", "13800000000")
                .param("version", String.valueOf(version))).andExpect(status().isFound());
        assertThat(auditCount("iam.user.updated")).isEqualTo(updated + 1);
        assertThat(jdbc.sql("select display_name || phone from iam_user where id = :id").param("id", officerA)
                .query(String.class).single()).isEqualTo("甲执法二13800000000");
        mvc.perform(post("/admin/users/" + officerA).with(fx.as(adminA)).with(csrf()).param("username", name)
                .param("displayName", "甲执法三").param("agencyId", String.valueOf(agencyA)).param("version", String.valueOf(version)))
                .andExpect(status().isConflict());
        assertThat(auditCount("iam.user.updated")).isEqualTo(updated + 1);
    }

    @Test
    @DisplayName("IAM-02 the password page checks the policy while typing")
    void livePolicyCheck() throws Exception {
        mvc.perform(post("/account/password/check").param("newPassword", "abc").with(fx.as(officerA)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("至少 8 位")));
        mvc.perform(post("/account/password/check").param("newPassword", "Good-Pass-12").with(fx.as(officerA)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("符合密码要求")));
    }
}
