package cn.anjian.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Abuse resistance of the public portal (issue 14): per client address, every form sent to {@code /public/**}
 * (complaints, questions) draws on a small "submit" bucket, and every look-up by number or code (certificate
 * check, tracking code) on a "look-up" bucket, so codes cannot be guessed by brute force and forms cannot be
 * flooded. Over the limit the request answers 429 with a Chinese page and {@code Retry-After}, before any
 * session, database or form work. Bucket4j, in memory per node; the address map keeps the most recent
 * {@link #MAX_ADDRESSES} addresses.
 */
class PublicAbuseGuard extends OncePerRequestFilter {

    static final int SUBMITS_PER_TEN_MINUTES = 5;
    static final int LOOKUPS_PER_MINUTE = 20;
    static final int MAX_ADDRESSES = 100_000;

    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_ADDRESSES;
        }
    });

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return kind(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String kind = kind(request);
        Bucket bucket = buckets.computeIfAbsent(kind + "|" + request.getRemoteAddr(), k -> newBucket(kind));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long wait = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(wait));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        byte[] body = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>请求过于频繁</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>"
                + "<h1>请求过于频繁</h1><p>为防止滥用，同一网络地址的提交和查询次数受到限制。请在约 " + wait
                + " 秒后再试。</p><p><a href=\"/public\">返回公示首页</a></p></body></html>").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** "submit" for any form sent to the portal, "lookup" for a look-up by number or code, else null (not limited). */
    static String kind(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/public")) {
            return null;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return "submit";
        }
        boolean certificate = path.startsWith("/public/certificates") && present(request.getParameter("number"));
        boolean tracking = path.startsWith("/public/track") && present(request.getParameter("code"));
        return certificate || tracking ? "lookup" : null;
    }

    private static boolean present(String v) {
        return v != null && !v.isBlank();
    }

    private static Bucket newBucket(String kind) {
        return "submit".equals(kind)
                ? Bucket.builder().addLimit(l -> l.capacity(SUBMITS_PER_TEN_MINUTES)
                        .refillIntervally(SUBMITS_PER_TEN_MINUTES, Duration.ofMinutes(10))).build()
                : Bucket.builder().addLimit(l -> l.capacity(LOOKUPS_PER_MINUTE)
                        .refillIntervally(LOOKUPS_PER_MINUTE, Duration.ofMinutes(1))).build();
    }
}
