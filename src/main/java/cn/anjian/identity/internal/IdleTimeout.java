package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import cn.anjian.kernel.Zones;
import cn.anjian.settings.Settings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * IAM-04: a session expires after the idle time of the setting {@code identity.idle-timeout} in force today.
 * Applied at login (the success handler) and on every request of an existing session (the filter), so a
 * change on {@code /admin/settings} reaches every live session at its next request; Spring Session then
 * stores the new interval with the session (all nodes).
 */
@Component
@RequiredArgsConstructor
class IdleTimeout {

    private final Settings settings;
    private final Clock clock;

    /** The idle timeout in force today. */
    Duration current() {
        return settings.value(IdentitySettings.IDLE_TIMEOUT, LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI));
    }

    /** Sets the session's max inactive interval to the value in force (only when it differs: no needless write). */
    void apply(HttpSession session) {
        int seconds = Math.toIntExact(current().toSeconds());
        if (session.getMaxInactiveInterval() != seconds) {
            session.setMaxInactiveInterval(seconds);
        }
    }

    /** Applies the setting to the session of the request, if it has one, before the request goes on. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    apply(session);
                }
                chain.doFilter(request, response);
            }
        };
    }
}
