package cn.anjian.identity.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Issue 20: {@code Authorization: Bearer ajmon_…} on the metrics chain only. A valid monitoring token authenticates a
 * principal that holds {@code ops:monitor} and nothing else, never a user; an invalid one is a 401. This filter sits
 * in {@link SecurityConfiguration#monitoringSecurity} alone, so the token opens no other endpoint: elsewhere it is an
 * unknown API token (401) or no credential at all.
 */
class MonitoringTokenFilter extends OncePerRequestFilter {

    static final String AUTHORITY = "ops:monitor";

    private final MonitoringTokenService tokens;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    MonitoringTokenFilter(MonitoringTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = BearerTokenFilter.bearer(request).filter(t -> t.startsWith(MonitoringTokenService.PREFIX));
        if (token.isEmpty()) {
            chain.doFilter(request, response); // a user's session or API token: the user's own permission decides
            return;
        }
        Optional<Long> id = tokens.authenticate(token.get());
        if (id.isEmpty()) {
            Problems.write(response, HttpStatus.UNAUTHORIZED, "IAM-TOKEN-INVALID", "监控令牌无效、已过期或已撤销");
            return;
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("monitoring-token:" + id.get(), null,
                List.of(new SimpleGrantedAuthority(AUTHORITY))));
        holder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            holder.clearContext();
        }
    }
}
