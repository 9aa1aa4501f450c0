package cn.anjian.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import cn.anjian.kernel.DemoDataSwitch;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tomcat opens its port before the demo loaders run (they listen for the application being ready, and the cases'
 * loader for it accepting traffic), so for 20–45 s after "Started" a visitor met a login that refused the demo
 * accounts and a portal that answered 404. While the demo data loads, this gate answers every page and API with a
 * 503 that says so ({@code Retry-After}, the page refreshes itself), and health reports OUT_OF_SERVICE, so scripts and
 * load balancers wait for UP. Health and static files pass. {@link DemoLoadedRunListener} opens it when Spring Boot's
 * run has finished, i.e. after the last loader. Without demo data it is open from the start.
 */
class DemoLoadingGate extends OncePerRequestFilter implements HealthIndicator {

    static final String CODE = "DEMO-LOADING";
    private static final String[] PASS = {"/actuator/", "/css/", "/js/", "/img/", "/fonts/", "/webjars/", "/favicon"};

    private volatile boolean loading;

    DemoLoadingGate(Environment environment) {
        this.loading = DemoDataSwitch.enabled(environment);
    }

    void open() {
        loading = false;
    }

    boolean loading() {
        return loading;
    }

    @Override
    public Health health() {
        return loading ? Health.outOfService().build() : Health.up().build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!loading) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String p : PASS) {
            if (path.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!loading) { // opened while this request waited for a thread
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        byte[] body;
        if (path.startsWith("/api/") || (accept != null && accept.contains("json") && !accept.contains("html"))) {
            // the shape of every API refusal (web's Refused: RFC 9457 problem details with the stable code)
            response.setContentType("application/problem+json;charset=UTF-8");
            body = ("{\"type\":\"urn:anjian:error:" + CODE + "\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"系统正在启动，正在载入演示数据，请约 5 秒后重试\",\"code\":\"" + CODE + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("text/html;charset=UTF-8");
            body = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>系统正在启动</title>"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<meta http-equiv=\"refresh\" content=\"5\"></head><body>"
                    + "<h1>系统正在启动</h1><p>正在载入演示数据，通常需要半分钟到一分钟。本页每 5 秒自动刷新，载入完成后即可登录。</p>"
                    + "</body></html>").getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
