package cn.anjian.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The end of a browser sign-in (issue 13), after the password alone or after the second step: the session records
 * where from and with what browser ("会话与设备"), an administrator's older sessions end (one at a time), and the
 * user goes on to the page first asked for. A password that still needs its second step goes to that step instead.
 */
@Component
class SignInCompletion {

    private final UserSessions sessions;
    private final SignInGates gates;
    private final IdleTimeout idle;
    private final SavedRequestAwareAuthenticationSuccessHandler toRequestedPage = new SavedRequestAwareAuthenticationSuccessHandler();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInCompletion(UserSessions sessions, SignInGates gates, IdleTimeout idle) {
        this.sessions = sessions;
        this.gates = gates;
        this.idle = idle;
        toRequestedPage.setDefaultTargetUrl("/");
        toRequestedPage.setRequestCache(SecurityConfiguration.pageRequestCache());
    }

    /** The form login's success handler. */
    AuthenticationSuccessHandler handler() {
        return (request, response, authentication) -> {
            HttpSession session = request.getSession();
            idle.apply(session);
            if (authentication.getPrincipal() instanceof PendingSignIn pending) {
                response.sendRedirect(request.getContextPath() + pending.nextPage());
                return;
            }
            finish(request, response, authentication);
        };
    }

    /** The second step passed (or an administrator just enrolled): the session now holds the full sign-in. */
    void secondStepPassed(HttpServletRequest request, HttpServletResponse response, PendingSignIn pending,
                          boolean goOn) throws IOException, ServletException {
        request.changeSessionId(); // a new id for the new privilege level (session fixation)
        Authentication full = PrincipalLoader.authenticated(pending.user(), null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        if (goOn) {
            finish(request, response, full);
        } else {
            record(request, pending.user());
        }
    }

    private void finish(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof IdentityPrincipal user) {
            record(request, user);
        }
        toRequestedPage.onAuthenticationSuccess(request, response, authentication);
    }

    private void record(HttpServletRequest request, IdentityPrincipal user) {
        HttpSession session = request.getSession();
        session.setAttribute(UserSessions.ADDRESS, request.getRemoteAddr());
        String agent = request.getHeader(HttpHeaders.USER_AGENT);
        session.setAttribute(UserSessions.AGENT, agent == null ? null : agent.substring(0, Math.min(agent.length(), 300)));
        if (gates.administrator(user.userId())) {
            sessions.keepOnly(user, java.time.Instant.ofEpochMilli(session.getCreationTime()), request.getRemoteAddr());
        }
    }
}
