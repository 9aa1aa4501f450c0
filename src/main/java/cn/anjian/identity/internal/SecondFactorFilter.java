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
 * Issue 13: while a sign-in waits for its second step ({@link PendingSignIn}), every page redirects to the code page
 * (or, for an administrator without a second factor, to the enrolment page) and every API call answers 401
 * {@code IAM-MFA-PENDING}. The principal has no permission either, so this is the message, not the only guard.
 */
class SecondFactorFilter extends OncePerRequestFilter {

    static final String CODE_PAGE = "/login/code";
    static final String ENROL_PAGE = "/account/two-factor";
    private static final Set<String> ALLOWED = Set.of(CODE_PAGE, ENROL_PAGE, ENROL_PAGE + "/qr.png", "/logout", "/login",
            "/error", "/api/v1/auth/token");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PendingSignIn pending) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!ALLOWED.contains(path) && !isStatic(path)) {
                if (path.startsWith("/api/")) {
                    Problems.write(response, HttpStatus.UNAUTHORIZED, "IAM-MFA-PENDING", "请先完成双因素认证");
                } else if (request.getHeader(SecurityConfiguration.HX_REQUEST) != null) {
                    response.setHeader("HX-Redirect", request.getContextPath() + pending.nextPage());
                    response.setStatus(HttpStatus.UNAUTHORIZED.value());
                } else {
                    response.sendRedirect(request.getContextPath() + pending.nextPage());
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/favicon.ico")
                || path.equals("/favicon.svg");
    }
}
