package cn.anjian.publicity.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import cn.anjian.kernel.PublicPages;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The cheap path of publicity's public pages (issue 14): for an anonymous GET of a page that is the same for everyone
 * (home, notices, a notice, search, before enforcement), the ETag comes from {@link PortalRevision} before anything is
 * rendered — a matching {@code If-None-Match} is a 304 at once — and the rendering itself is kept in a small bounded map
 * under that ETag. It runs before sessions and security (a hit costs neither); the stored answer carries the headers
 * security wrote when it was rendered. A request with a session cookie or credentials (a signed-in user, a citizen who
 * has a captcha in progress) passes untouched, and an answer is kept only if its handler declared it public
 * ({@code kernel.PublicCaching}), it is a 200 and it set no cookie. Forms and personal answers (certificate check,
 * complaints, tracking, questions) are not on the list.
 * <p>
 * The ETag = revision + a five-minute bucket (what other modules contribute — agency names, officers' certificates valid
 * today, the item catalogue — is at most that old, the same as {@code Cache-Control: max-age=300}) + the URL.
 */
class PublicPageCache extends OncePerRequestFilter {

    static final String HEADER = "X-Portal-Cache";
    private static final long BUCKET_MILLIS = 300_000;
    private static final int MAX_URL = 600;
    private static final int MAX_ENTRIES = 2_000;
    private static final int MAX_BODY = 512 * 1024;
    private static final List<String> NOT_REPLAYED = List.of("set-cookie", "etag", "content-length", "transfer-encoding", "date");

    private record Entry(String etag, String contentType, List<String[]> headers, byte[] body) {
    }

    private final PortalRevision revision;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    PublicPageCache(PortalRevision revision, Clock clock) {
        this.revision = revision;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !"GET".equals(request.getMethod()) || uri.length() > MAX_URL
                || (request.getQueryString() != null && request.getQueryString().length() > MAX_URL)
                || !PublicPages.sameForEveryone(uri.substring(request.getContextPath().length()))
                || request.getHeader("Authorization") != null || PublicPages.hasSession(request);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String key = key(req);
        if (key.length() > 2 * MAX_URL) {
            chain.doFilter(req, res);
            return;
        }
        // read before rendering: a change committed meanwhile makes the page newer than its ETag, never older
        String etag = etag(revision.current(), clock.millis() / BUCKET_MILLIS, key);
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            hits.incrementAndGet();
            Entry e = entries.get(key);
            if (e != null && e.etag().equals(etag)) {
                replay(e, res);
            } else {
                res.setHeader("Cache-Control", "public, max-age=300");
            }
            res.setHeader("ETag", etag);
            res.setHeader(HEADER, "revalidated");
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Entry cached = entries.get(key);
        if (cached != null && cached.etag().equals(etag)) {
            hits.incrementAndGet();
            replay(cached, res);
            res.setContentType(cached.contentType());
            res.setHeader("ETag", etag);
            res.setHeader(HEADER, "hit");
            res.setContentLength(cached.body().length);
            res.getOutputStream().write(cached.body());
            return;
        }
        misses.incrementAndGet();
        ShallowEtagHeaderFilter.disableContentCaching(req);
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(res);
        chain.doFilter(req, wrapper);
        String cacheControl = wrapper.getHeader("Cache-Control");
        if (wrapper.getStatus() == 200 && cacheControl != null && cacheControl.startsWith("public")
                && wrapper.getHeaders("Set-Cookie").isEmpty() && wrapper.getContentSize() <= MAX_BODY && !req.isAsyncStarted()) {
            byte[] body = wrapper.getContentAsByteArray();
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear(); // bounded; a revision change makes the old ones useless anyway
            }
            entries.put(key, new Entry(etag, wrapper.getContentType(), headersOf(wrapper), body));
            wrapper.setHeader("ETag", etag);
            wrapper.setHeader(HEADER, "miss");
        }
        wrapper.copyBodyToResponse();
    }

    /**
     * The URL as the handler sees it: the path and the parameters (sorted by name), not the raw query string — a
     * parameter may also arrive another way (MockMvc's, a form-encoded body), and must never share a key with the plain page.
     */
    static String key(HttpServletRequest req) {
        Map<String, String[]> params = req.getParameterMap();
        if (params.isEmpty()) {
            return req.getRequestURI();
        }
        StringBuilder b = new StringBuilder(req.getRequestURI()).append('?');
        new java.util.TreeMap<>(params).forEach((name, values) -> {
            for (String v : values) {
                b.append(name).append('=').append(v).append('&');
            }
        });
        return b.toString();
    }

    /** Hits (a 304 or the kept rendering) and misses since start, for the benchmark's log line. */
    long[] counts() {
        return new long[] {hits.get(), misses.get()};
    }

    private static List<String[]> headersOf(HttpServletResponse r) {
        List<String[]> out = new ArrayList<>();
        for (String name : r.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.equalsIgnoreCase("Content-Type")) {
                for (String v : r.getHeaders(name)) {
                    out.add(new String[] {name, v});
                }
            }
        }
        return List.copyOf(out);
    }

    private static void replay(Entry e, HttpServletResponse res) {
        for (String[] h : e.headers()) {
            res.addHeader(h[0], h[1]);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String t : ifNoneMatch.split(",")) {
            String s = t.strip();
            if (s.startsWith("W/")) {
                s = s.substring(2);
            }
            if (s.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    static String etag(long revision, long bucket, String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return "\"p" + Long.toString(revision, 36) + "." + Long.toString(bucket, 36) + "." + Long.toString(crc.getValue(), 36) + "\"";
    }
}
