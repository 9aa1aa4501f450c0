package cn.anjian.identity.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * IAM-02 first login: until a user with an initial (or reset) password has chosen their own, every page
 * redirects to {@code /account/password} and every API call answers 403 IAM-PASSWORD-CHANGE-REQUIRED.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";
    private static final Set<String> ALLOWED = Set.of(CHANGE_PAGE, CHANGE_PAGE + "/check", "/logout", "/login", "/error",
            "/api/v1/auth/token", "/api/v1/auth/password", "/api/v1/auth/me");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof IdentityPrincipal p && p.mustChangePassword()) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!ALLOWED.contains(path) && !isStatic(path)) {
                if (path.startsWith("/api/")) {
                    Problems.write(response, HttpStatus.FORBIDDEN, "IAM-PASSWORD-CHANGE-REQUIRED", "首次登录、密码被重置或已过有效期，须先修改密码");
                } else {
                    response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/favicon.ico") || path.equals("/favicon.svg");
    }
}
