package cn.anjian.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Issue 20 (observability): every request gets a request id — the caller's {@code X-Request-Id} when it is
 * well-formed (a load balancer's or the phone app's), else a fresh random one. It is in the logs (MDC
 * {@code requestId}, also in the structured JSON logs), in the {@code X-Request-Id} response header and on the
 * error pages as their 参考号, so a user's report leads to the log lines of exactly that request on any node.
 * First of all filters, so the security chain's refusals carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    /** Request attribute (the error pages read it) and MDC key. */
    public static final String ATTRIBUTE = "requestId";

    /** Letters, digits and {@code - _ . :}, 8–64 characters: anything else could forge log lines or pages. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        // the error dispatch (and an async one) passes again: same request, same id
        Object known = req.getAttribute(ATTRIBUTE);
        String id = known != null ? known.toString() : accept(req.getHeader(HEADER));
        req.setAttribute(ATTRIBUTE, id);
        res.setHeader(HEADER, id);
        MDC.put(ATTRIBUTE, id);
        try {
            chain.doFilter(req, res);
        } finally {
            MDC.remove(ATTRIBUTE);
        }
    }

    /** The error dispatch runs after this filter's finally: the MDC gets the id back from the request. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    static String accept(String incoming) {
        if (incoming != null && WELL_FORMED.matcher(incoming).matches()) {
            return incoming;
        }
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return HexFormat.of().withUpperCase().formatHex(b);
    }

    /** The id of the current request, for a message that quotes it (the 500 page's 参考号). */
    static String of(HttpServletRequest req) {
        Object id = req.getAttribute(ATTRIBUTE);
        return id != null ? id.toString() : accept(null);
    }
}
