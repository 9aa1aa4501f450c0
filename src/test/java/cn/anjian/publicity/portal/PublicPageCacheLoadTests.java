package cn.anjian.publicity.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Issue 14, the page cache under 100 clients: a missing page is rendered once while the others asking for it wait for
 * that rendering; the kept pages expire spread over the five minutes yet none is served longer than five minutes; a
 * publication (a new revision) is never answered from an older rendering; a full map keeps the pages in use.
 */
class PublicPageCacheLoadTests {

    /** The portal's revision as a plain counter (no database): what a publication or withdrawal moves. */
    static final class Revision extends PortalRevision {
        final AtomicLong value = new AtomicLong(1);

        Revision() {
            super(null, Duration.ofSeconds(1));
        }

        @Override
        public long current() {
            return value.get();
        }
    }

    /** A test clock that the test moves. */
    static final class MovableClock extends Clock {
        final AtomicLong millis = new AtomicLong(Instant.parse("2026-12-07T01:00:00Z").toEpochMilli());

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }
    }

    final Revision revision = new Revision();
    final MovableClock clock = new MovableClock();
    final PublicPageCache cache = new PublicPageCache(revision, clock, 0, -1);
    final AtomicInteger renderings = new AtomicInteger();

    /** The handler: a public page whose body names the revision it was rendered under and its rendering's number. */
    FilterChain page(CountDownLatch hold) {
        return (req, res) -> {
            int n = renderings.incrementAndGet();
            if (hold != null) {
                try {
                    hold.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            var r = (jakarta.servlet.http.HttpServletResponse) res;
            r.setHeader("Cache-Control", "public, max-age=300");
            r.setContentType("text/html;charset=UTF-8");
            r.getOutputStream().write(("<p>revision " + revision.current() + ", rendering " + n + "</p>").getBytes(StandardCharsets.UTF_8));
        };
    }

    MockHttpServletResponse get(String path, FilterChain chain) throws Exception {
        int q = path.indexOf('?');
        MockHttpServletRequest req = new MockHttpServletRequest("GET", q < 0 ? path : path.substring(0, q));
        if (q >= 0) {
            req.setQueryString(path.substring(q + 1));
            for (String pair : path.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                req.addParameter(kv[0], kv[1]);
            }
        }
        MockHttpServletResponse res = new MockHttpServletResponse();
        cache.doFilter(req, res, chain);
        return res;
    }

    @Test
    @DisplayName("32 concurrent requests for a page nobody has kept: one renders it, the 31 others wait and get that rendering")
    void singleFlight() throws Exception {
        int n = 32;
        CountDownLatch hold = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Thread> threads = new ArrayList<>();
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    synchronized (threads) {
                        threads.add(Thread.currentThread());
                    }
                    return get("/public/notices", page(hold));
                }));
            }
            // every thread is parked: the one rendering on the handler's latch, the others on its rendering
            // (without single flight all 32 would be parked inside the handler)
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline && !allParked(threads, n)) {
                Thread.onSpinWait();
            }
            assertThat(allParked(threads, n)).isTrue();
            hold.countDown();
            Set<String> bodies = new HashSet<>();
            int missed = 0;
            for (Future<MockHttpServletResponse> f : answers) {
                MockHttpServletResponse r = f.get(20, TimeUnit.SECONDS);
                assertThat(r.getStatus()).isEqualTo(200);
                bodies.add(r.getContentAsString());
                missed += "miss".equals(r.getHeader(PublicPageCache.HEADER)) ? 1 : 0;
            }
            assertThat(renderings.get()).isEqualTo(1);
            assertThat(bodies).containsExactly("<p>revision 1, rendering 1</p>");
            assertThat(missed).isEqualTo(1);
            assertThat(cache.counts()[2]).isEqualTo(n - 1);
        } finally {
            hold.countDown();
            pool.shutdownNow();
        }
    }

    private static boolean allParked(List<Thread> threads, int n) {
        synchronized (threads) {
            return threads.size() == n && threads.stream().allMatch(t -> t.getState() == Thread.State.TIMED_WAITING);
        }
    }

    @Test
    @DisplayName("PUB-11 a publication during a rendering: a request under the new revision never gets the older rendering, kept or under way")
    void newRevisionNeverServedTheOlderRendering() throws Exception {
        assertThat(get("/public/notices?kind=PENALTY_RESULT", page(null)).getContentAsString()).isEqualTo("<p>revision 1, rendering 1</p>");
        assertThat(get("/public/notices?kind=PENALTY_RESULT", page(null)).getHeader(PublicPageCache.HEADER)).isEqualTo("hit");
        revision.value.set(2); // a publication or a withdrawal
        MockHttpServletResponse after = get("/public/notices?kind=PENALTY_RESULT", page(null));
        assertThat(after.getContentAsString()).isEqualTo("<p>revision 2, rendering 2</p>");
        assertThat(after.getHeader(PublicPageCache.HEADER)).isEqualTo("miss");

        // a rendering under way for revision 2 is not awaited by a request that already sees revision 3
        CountDownLatch hold = new CountDownLatch(1);
        clock.millis.addAndGet(PublicPageCache.BUCKET_MILLIS); // the kept rendering's bucket has passed
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<MockHttpServletResponse> slow = pool.submit(() -> get("/public/notices?kind=PENALTY_RESULT", page(hold)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (renderings.get() < 3 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            revision.value.set(3);
            MockHttpServletResponse newer = get("/public/notices?kind=PENALTY_RESULT", page(null));
            assertThat(newer.getContentAsString()).isEqualTo("<p>revision 3, rendering 4</p>");
            hold.countDown();
            slow.get(20, TimeUnit.SECONDS);
        } finally {
            hold.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a kept page is served at most five minutes after its rendering, and the pages' five minutes end at different times")
    void spreadExpiry() throws Exception {
        String first = get("/public/notices?page=1", page(null)).getContentAsString();
        for (int s = 0; s < 300; s++) {
            MockHttpServletResponse r = get("/public/notices?page=1", page(null));
            if (!r.getContentAsString().equals(first)) {
                break;
            }
            clock.millis.addAndGet(1_000);
        }
        // whatever the URL's phase, the page rendered at the start was replaced within the five minutes
        assertThat(renderings.get()).isEqualTo(2);
        long now = clock.millis.get();
        Set<String> changesAt = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String key = "/public/notices?page=" + i;
            // each URL's ETag changes exactly once in any five minutes (never a bucket longer than five minutes)
            int changes = 0;
            String prev = PublicPageCache.etag(1, now, key);
            for (long t = now + 1_000; t <= now + PublicPageCache.BUCKET_MILLIS; t += 1_000) {
                String e = PublicPageCache.etag(1, t, key);
                if (!e.equals(prev)) {
                    changes++;
                    changesAt.add(Long.toString(t));
                }
                prev = e;
            }
            assertThat(changes).isEqualTo(1);
        }
        assertThat(changesAt).hasSizeGreaterThan(40); // not all in the same second
    }

    @Test
    @DisplayName("a full map drops the URLs asked once, not the pages in use: a page asked again and again stays a hit")
    void eviction() throws Exception {
        get("/public", page(null));
        for (int i = 0; i < PublicPageCache.MAX_ENTRIES * 3; i++) {
            get("/public/notices?nocache=" + i, page(null));
            if (i % 50 == 0) {
                assertThat(get("/public", page(null)).getHeader(PublicPageCache.HEADER)).isEqualTo("hit");
            }
        }
        assertThat(get("/public", page(null)).getHeader(PublicPageCache.HEADER)).isEqualTo("hit");
        // bounded: the map never holds more than its maximum, and the newest one-time URL is kept until the next sweep
        assertThat(cache.kept()).isLessThanOrEqualTo(PublicPageCache.MAX_ENTRIES);
        assertThat(get("/public/notices?nocache=" + (PublicPageCache.MAX_ENTRIES * 3 - 1), page(null))
                .getHeader(PublicPageCache.HEADER)).isEqualTo("hit");
    }

    @Test
    @DisplayName("the rendering gate: at most its permits (here one) render at once, the others wait in arrival order, and a kept page is served meanwhile")
    void renderingGate() throws Exception {
        PublicPageCache gated = new PublicPageCache(revision, clock, 1, -1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch hold = new CountDownLatch(1);
        FilterChain counting = (req, res) -> {
            peak.accumulateAndGet(inside.incrementAndGet(), Math::max);
            order.add(((jakarta.servlet.http.HttpServletRequest) req).getParameter("n"));
            try {
                page(hold).doFilter(req, res);
            } finally {
                inside.decrementAndGet();
            }
        };
        MockHttpServletRequest home = new MockHttpServletRequest("GET", "/public");
        gated.doFilter(home, new MockHttpServletResponse(), page(null)); // kept before the gate fills
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String n = Integer.toString(i);
                answers.add(pool.submit(() -> {
                    MockHttpServletRequest req = new MockHttpServletRequest("GET", "/public/notices");
                    req.addParameter("n", n);
                    MockHttpServletResponse res = new MockHttpServletResponse();
                    gated.doFilter(req, res, counting);
                    return res;
                }));
                // one after another: the first takes the permit, each later one queues behind the one before
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                int queued = i;
                while (System.nanoTime() < deadline && (i == 0 ? order.isEmpty() : gated.waiting() < queued)) {
                    Thread.onSpinWait();
                }
            }
            assertThat(order).containsExactly("0");
            assertThat(gated.waiting()).isEqualTo(7);
            MockHttpServletResponse hit = new MockHttpServletResponse();
            gated.doFilter(new MockHttpServletRequest("GET", "/public"), hit, page(null));
            assertThat(hit.getHeader(PublicPageCache.HEADER)).isEqualTo("hit"); // not behind the seven waiting renderings
            hold.countDown();
            for (Future<MockHttpServletResponse> f : answers) {
                assertThat(f.get(20, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
            }
            assertThat(peak.get()).isEqualTo(1);
            assertThat(order).containsExactly("0", "1", "2", "3", "4", "5", "6", "7"); // first come, first rendered
        } finally {
            hold.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("searches behind a gate of their own (search permits > 0) are not queued behind the pages' renderings; sharing the gate (-1) they are")
    void searchGate() throws Exception {
        for (int searchPermits : new int[] {1, -1}) {
            PublicPageCache gated = new PublicPageCache(revision, clock, 1, searchPermits);
            CountDownLatch hold = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> list = pool.submit(() -> {
                    gated.doFilter(new MockHttpServletRequest("GET", "/public/notices"), new MockHttpServletResponse(), page(hold));
                    return null;
                });
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (System.nanoTime() < deadline && renderings.get() == 0) {
                    Thread.onSpinWait(); // the list's rendering holds the pages' one permit
                }
                MockHttpServletRequest q = new MockHttpServletRequest("GET", "/public/search");
                q.addParameter("q", "x" + searchPermits);
                Future<MockHttpServletResponse> search = pool.submit(() -> {
                    MockHttpServletResponse res = new MockHttpServletResponse();
                    gated.doFilter(q, res, page(null));
                    return res;
                });
                if (searchPermits > 0) {
                    assertThat(search.get(20, TimeUnit.SECONDS).getHeader(PublicPageCache.HEADER)).isEqualTo("miss");
                    assertThat(list.isDone()).isFalse();
                } else {
                    while (System.nanoTime() < deadline && gated.waiting() == 0) {
                        Thread.onSpinWait();
                    }
                    assertThat(gated.waiting()).isEqualTo(1);
                    assertThat(search.isDone()).isFalse();
                }
                hold.countDown();
                list.get(20, TimeUnit.SECONDS);
                assertThat(search.get(20, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
            } finally {
                hold.countDown();
                pool.shutdownNow();
                renderings.set(0);
            }
        }
    }
}
