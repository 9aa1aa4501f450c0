package cn.anjian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class PermissionDeclarationTests extends IdentityTestSupport {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    @DisplayName("IAM-01 every handler method of the application declares its permission with @PreAuthorize")
    void everyHandlerDeclaresAPermission() {
        Map<RequestMappingInfo, HandlerMethod> all = mappings.getHandlerMethods();
        List<String> own = all.values().stream().filter(PermissionDeclaredInterceptor::ownHandler)
                .map(HandlerMethod::toString).toList();
        List<String> undeclared = all.values().stream()
                .filter(PermissionDeclaredInterceptor::ownHandler)
                .filter(h -> PermissionDeclaredInterceptor.declaration(h) == PermissionDeclaredInterceptor.Declared.NONE)
                .map(HandlerMethod::toString).collect(Collectors.toList());
        assertThat(own).as("the application's handlers were found").isNotEmpty();
        assertThat(undeclared).as("handlers without @PreAuthorize").isEmpty();
    }

    static class Undeclared {
        public String page() {
            return "x";
        }

        @PreAuthorize("hasAuthority('home:view')")
        public String declared() {
            return "x";
        }
    }

    @PreAuthorize("permitAll()")
    static class OpenByClass {
        public String open() {
            return "x";
        }

        @PreAuthorize("hasAuthority('home:view')")
        public String closed() {
            return "x";
        }
    }

    @Test
    @DisplayName("IAM-01 the declaration is read once per handler; only a literal permitAll() skips the evaluation, every other expression is still checked on every request")
    void declarationKeptPerHandler() throws Exception {
        var open = new HandlerMethod(new OpenByClass(), OpenByClass.class.getMethod("open"));
        var closed = new HandlerMethod(new OpenByClass(), OpenByClass.class.getMethod("closed"));
        var undeclared = new HandlerMethod(new Undeclared(), Undeclared.class.getMethod("page"));
        assertThat(PermissionDeclaredInterceptor.declaration(open)).isEqualTo(PermissionDeclaredInterceptor.Declared.PERMIT_ALL);
        assertThat(PermissionDeclaredInterceptor.declaration(closed)).isEqualTo(PermissionDeclaredInterceptor.Declared.EXPRESSION);
        assertThat(PermissionDeclaredInterceptor.declaration(undeclared)).isEqualTo(PermissionDeclaredInterceptor.Declared.NONE);

        var interceptor = new PermissionDeclaredInterceptor();
        var anonymous = new org.springframework.security.authentication.AnonymousAuthenticationToken("k", "anonymousUser",
                org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(anonymous);
        try {
            for (int i = 0; i < 2; i++) { // the second time from the kept declaration
                assertThat(interceptor.preHandle(new MockHttpServletRequest("GET", "/x"), new MockHttpServletResponse(), open)).isTrue();
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> interceptor.preHandle(new MockHttpServletRequest("GET", "/x"),
                        new MockHttpServletResponse(), closed)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
                assertThat(interceptor.preHandle(new MockHttpServletRequest("GET", "/x"), new MockHttpServletResponse(), undeclared)).isFalse();
            }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    @DisplayName("IAM-01 a handler without a permission declaration is refused with 403 (fails closed)")
    void interceptorRefusesUndeclared() throws Exception {
        var interceptor = new PermissionDeclaredInterceptor();
        var undeclared = new HandlerMethod(new Undeclared(), Undeclared.class.getMethod("page"));
        var response = new MockHttpServletResponse();
        assertThat(interceptor.preHandle(new MockHttpServletRequest("GET", "/x"), response, undeclared)).isFalse();
        assertThat(response.getStatus()).isEqualTo(403);
        var apiResponse = new MockHttpServletResponse();
        assertThat(interceptor.preHandle(new MockHttpServletRequest("GET", "/api/v1/x"), apiResponse, undeclared)).isFalse();
        assertThat(apiResponse.getStatus()).isEqualTo(403);
        assertThat(apiResponse.getContentType()).startsWith("application/problem+json");

        var declared = new HandlerMethod(new Undeclared(), Undeclared.class.getMethod("declared"));
        assertThat(interceptor.preHandle(new MockHttpServletRequest("GET", "/x"), new MockHttpServletResponse(), declared)).isTrue();
    }

    @Test
    @DisplayName("IAM-05 the seeded roles and permissions follow the conventions and pass the three-admin gates")
    void seedIsConsistent() {
        RoleCatalog catalog = new RoleCatalog(jdbc);
        var perms = catalog.permissions().stream().collect(Collectors.toMap(RoleRules.Permission::code, p -> p));
        assertThat(perms.keySet()).contains("home:view", "org:read", "org:manage", "user:manage", "role:manage", "audit:read",
                "calendar:manage", "calendar:read", "deadline:read", "deadline:manage", "pii:view-full");
        assertThat(catalog.roles()).extracting(RoleRules.Role::code).contains("SYS_ADMIN", "SEC_ADMIN", "AUDIT_ADMIN", "OFFICER",
                "LEGAL_REVIEWER", "UNIT_HEAD", "DEPUTY_DIRECTOR", "DIRECTOR", "HR", "GENERAL_OFFICE", "TECH_INSPECTOR",
                "SOCIAL_SUPERVISOR", "EXPERT", "MINE_COMMISSIONER");
        for (RoleRules.Role role : catalog.roles()) {
            List<String> granted = catalog.permissionsOf(role.code());
            assertThat(granted).as(role.code()).contains("home:view");
            RoleRules.checkPermissions(role, granted.stream().map(perms::get).toList());
        }
        assertThat(catalog.permissionsOf("AUDIT_ADMIN")).containsExactlyInAnyOrder("home:view", "audit:read");
        assertThat(catalog.permissionsOf("SEC_ADMIN")).containsExactlyInAnyOrder("home:view", "role:manage");
        assertThat(catalog.permissionsOf("DIRECTOR")).contains("pii:view-full", "deadline:manage");
        assertThat(catalog.permissionsOf("OFFICER")).doesNotContain("pii:view-full");
    }

    @Test
    @DisplayName("IAM-01 (issue 13) the permission is checked before the request is bound: 403 without it, whatever the body or parameters")
    void permissionBeforeBinding() throws Exception {
        var interceptor = new PermissionDeclaredInterceptor();
        var declared = new HandlerMethod(new Undeclared(), Undeclared.class.getMethod("declared"));
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        try {
            context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                    .authenticated("u", null, java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("case:read"))));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> interceptor.preHandle(
                            new MockHttpServletRequest("POST", "/x"), new MockHttpServletResponse(), declared))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                    .authenticated("u", null, java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("home:view"))));
            assertThat(interceptor.preHandle(new MockHttpServletRequest("POST", "/x"), new MockHttpServletResponse(), declared)).isTrue();
        } finally {
            context.setAuthentication(null);
        }
        // over HTTP: an officer posting a malformed body to a province administrator's operation gets 403, not 400
        var j = fx.jurisdiction("绑定前市", null);
        long officer = fx.user(IdentityFixtures.unique("bind"), fx.agency(j, "绑定前局"), false, "OFFICER");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/enforcement-items")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"title\": 1")
                        .with(fx.as(officer)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
    }
}
