package cn.anjian.publicity.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * today, the item catalogue — is at most that old, the same as {@code Cache-Control: max-age=300}) + the URL; each URL's
 * bucket has its own phase, so the kept pages do not all expire in the same second.
 * <p>
 * Under load (100 clients, bench/portal.sh): a page missing from the map is rendered once — the requests for it that
 * arrive meanwhile wait for that rendering (at most {@link #WAIT_MILLIS}, then render it themselves) instead of all
 * rendering it; a full map drops what can no longer be served and the URLs asked once, never every page at once.
 */
class PublicPageCache extends OncePerRequestFilter {

    static final String HEADER = "X-Portal-Cache";
    static final long BUCKET_MILLIS = 300_000;
    /** How long a request waits for another request's rendering of the same page before rendering it itself. */
    static final long WAIT_MILLIS = 5_000;
    static final int MAX_ENTRIES = 2_000;
    private static final int MAX_URL = 600;
    private static final String SEARCH = "/public/search";
    private static final int MAX_BODY = 512 * 1024;
    private static final List<String> NOT_REPLAYED = List.of("set-cookie", "etag", "content-length", "transfer-encoding", "date");

    /** A kept rendering; {@code used} (a hit since the last sweep) spares it from the next eviction. */
    private static final class Entry {
        final String etag;
        final String contentType;
        final List<String[]> headers;
        final byte[] body;
        volatile boolean used;

        Entry(String etag, String contentType, List<String[]> headers, byte[] body) {
            this.etag = etag;
            this.contentType = contentType;
            this.headers = headers;
            this.body = body;
        }
    }

    /** A rendering under way: requests for the same page and ETag wait for it instead of rendering it again. */
    private record Flight(String etag, CompletableFuture<Entry> result) {
    }

    private final PortalRevision revision;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Flight> flights = new ConcurrentHashMap<>();
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong shared = new AtomicLong();
    /** Renderings under way at most (fair: first come, first rendered); null: not bounded. */
    private final Semaphore gate;
    /** The search page's renderings: {@link #gate} itself, a gate of their own, or null (not bounded). */
    private final Semaphore searchGate;

    /**
     * {@code searchPermits}: below 0 the searches share the pages' gate, 0 leaves them ungated, above 0 gives them a
     * gate of their own (a search miss costs ~5× a list page's CPU, most of it in PostgreSQL: bench/portal-miss.md).
     */
    PublicPageCache(PortalRevision revision, Clock clock, int renderPermits, int searchPermits) {
        this.revision = revision;
        this.clock = clock;
        this.gate = renderPermits > 0 ? new Semaphore(renderPermits, true) : null;
        this.searchGate = searchPermits < 0 ? gate : searchPermits == 0 ? null : new Semaphore(searchPermits, true);
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
        String etag = etag(revision.current(), clock.millis(), key);
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            hits.incrementAndGet();
            Entry e = entries.get(key);
            if (e != null && e.etag.equals(etag)) {
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
        if (cached != null && cached.etag.equals(etag)) {
            if (!cached.used) {
                cached.used = true;
            }
            hits.incrementAndGet();
            serve(cached, res);
            return;
        }
        // single flight: one request renders a missing page, the others asking for it meanwhile wait for that rendering
        Flight mine = new Flight(etag, new CompletableFuture<>());
        Flight running = flights.putIfAbsent(key, mine);
        if (running != null) {
            Entry theirs = running.etag().equals(etag) ? await(running) : null;
            if (theirs != null) {
                shared.incrementAndGet();
                hits.incrementAndGet();
                serve(theirs, res);
            } else {
                render(req, res, chain, key, etag); // not kept, not in time, or another revision: render it here
            }
            return;
        }
        Entry rendered = null;
        try {
            Entry justKept = entries.get(key); // a flight that ended between the look-up above and this one
            if (justKept != null && justKept.etag.equals(etag)) {
                rendered = justKept;
                hits.incrementAndGet();
                serve(justKept, res);
                return;
            }
            rendered = render(req, res, chain, key, etag);
        } finally {
            flights.remove(key, mine);
            mine.result().complete(rendered);
        }
    }

    /** Renders the page; keeps and returns the rendering when the handler declared it public (else null). */
    private Entry render(HttpServletRequest req, HttpServletResponse res, FilterChain chain, String key, String etag)
            throws ServletException, IOException {
        misses.incrementAndGet();
        ShallowEtagHeaderFilter.disableContentCaching(req);
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(res);
        Semaphore g = key.startsWith(SEARCH) ? searchGate : gate;
        boolean admitted = admit(g);
        try {
            chain.doFilter(req, wrapper);
        } finally {
            if (admitted) {
                g.release(); // before the body is sent: a slow client holds no permit
            }
        }
        String cacheControl = wrapper.getHeader("Cache-Control");
        Entry kept = null;
        if (wrapper.getStatus() == 200 && cacheControl != null && cacheControl.startsWith("public")
                && wrapper.getHeaders("Set-Cookie").isEmpty() && wrapper.getContentSize() <= MAX_BODY && !req.isAsyncStarted()) {
            kept = new Entry(etag, wrapper.getContentType(), headersOf(wrapper), wrapper.getContentAsByteArray());
            if (entries.size() >= MAX_ENTRIES) {
                evict();
            }
            entries.put(key, kept);
            wrapper.setHeader("ETag", etag);
            wrapper.setHeader(HEADER, "miss");
        }
        wrapper.copyBodyToResponse();
        return kept;
    }

    /** Waits for a rendering permit (true: taken, to release); false: no gate, or none came free in time. */
    private static boolean admit(Semaphore g) {
        if (g == null) {
            return false;
        }
        try {
            return g.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Requests waiting for a rendering permit now. */
    int waiting() {
        return (gate == null ? 0 : gate.getQueueLength()) + (searchGate == null || searchGate == gate ? 0 : searchGate.getQueueLength());
    }

    private static Entry await(Flight f) {
        try {
            return f.result().get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private void serve(Entry e, HttpServletResponse res) throws IOException {
        replay(e, res);
        res.setContentType(e.contentType);
        res.setHeader("ETag", e.etag);
        res.setHeader(HEADER, "hit");
        res.setContentLength(e.body.length);
        res.getOutputStream().write(e.body);
    }

    /**
     * The map is full: first out go the entries no request can be served from any more (another revision or a past
     * bucket), then those without a hit since the last sweep (a URL asked once), then any, down to three quarters —
     * never the whole map at once, so the pages in use stay. One thread sweeps; the others keep going.
     */
    private void evict() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            long r = revision.current();
            long now = clock.millis();
            entries.entrySet().removeIf(e -> !e.getValue().etag.equals(etag(r, now, e.getKey())));
            int target = MAX_ENTRIES * 3 / 4;
            var it = entries.values().iterator();
            while (entries.size() > target && it.hasNext()) {
                Entry e = it.next();
                if (e.used) {
                    e.used = false;
                } else {
                    it.remove();
                }
            }
            it = entries.values().iterator();
            while (entries.size() > target && it.hasNext()) {
                it.next();
                it.remove();
            }
        } finally {
            sweeping.set(false);
        }
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

    /**
     * Hits (a 304 or a kept rendering, among them the requests that waited for another's rendering), renderings, and
     * those waits, since start.
     */
    long[] counts() {
        return new long[] {hits.get(), misses.get(), shared.get()};
    }

    /** The renderings kept now. */
    int kept() {
        return entries.size();
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
        for (String[] h : e.headers) {
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

    /**
     * The ETag of a page: the revision, its five-minute bucket and the URL. Each URL's buckets are shifted by a phase of
     * its own (from the URL's checksum), so the kept pages expire spread over the five minutes instead of all together;
     * a rendering is still served at most five minutes.
     */
    static String etag(long revision, long nowMillis, String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        long sum = crc.getValue();
        long bucket = (nowMillis + sum % BUCKET_MILLIS) / BUCKET_MILLIS;
        return "\"p" + Long.toString(revision, 36) + "." + Long.toString(bucket, 36) + "." + Long.toString(sum, 36) + "\"";
    }
}
