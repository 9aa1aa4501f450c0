package cn.anjian.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on {@code /api/**}: stateless (the context is never stored in a
 * session); the token, the user and permissions are read fresh for each request in one query, so a revoked token,
 * a disabled user or a changed grant takes effect at once. A presented but invalid token is a 401, never a fallback to anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String TOKEN_ATTRIBUTE = BearerTokenFilter.class.getName() + ".token";

    private final ApiTokenService tokens;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    BearerTokenFilter(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }

    /**
     * Also on the async dispatch that ends a streamed response (an Excel export): without it that dispatch runs
     * unauthenticated, is denied after the body was written, and the client gets a truncated file.
     */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // a monitoring token is no user's: only the metrics chain's MonitoringTokenFilter knows it; here it is no credential
        Optional<String> token = bearer(request).filter(t -> !t.startsWith(MonitoringTokenService.PREFIX));
        if (token.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<IdentityPrincipal> principal = tokens.authenticate(token.get());
        if (principal.isEmpty()) {
            Problems.write(response, HttpStatus.UNAUTHORIZED, "IAM-TOKEN-INVALID", "访问令牌无效、已过期或已撤销，请重新登录");
            return;
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(PrincipalLoader.authenticated(principal.get(), details.buildDetails(request)));
        holder.setContext(context);
        request.setAttribute(TOKEN_ATTRIBUTE, token.get());
        try {
            chain.doFilter(request, response);
        } finally {
            holder.clearContext();
        }
    }
}
