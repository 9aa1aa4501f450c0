package cn.anjian.mines.app;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.Browsers;
import cn.anjian.IntegrationTest;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.identity.UserAdministration;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.mines.registry.MineRegistry;
import cn.anjian.personnel.PersonAccounts;
import cn.anjian.personnel.People;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.Geolocation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 performance: "a phone sync of 50 checks with 200 photos completes with the network dropping twice, with no
 * duplicate". The real app page (/m/, its service worker and sync.js) in headless Chromium at 390 px: the checks and
 * their small generated JPEGs are queued in IndexedDB offline through the app's own {@code MinesSync.enqueue}, the
 * network comes back, is cut twice in the middle of the sync (Playwright's offline mode: requests in flight fail,
 * answers are lost) and comes back; the app retries on its own (online event, backoff). Then the server is counted:
 * exactly the checks, every photo referenced once, one stored file per photo. Fails on any mismatch.
 * {@code -Dbench.checks=50 -Dbench.photos=200} (defaults); {@code -Dbench.timeoutSeconds=900}.
 */
@IntegrationTest
class MineSyncBench {

    static final double LAT = 35.523456;
    static final double LON = 112.823456;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired ActingUsers users;
    @Autowired UserAdministration accountsAdmin;
    @Autowired People people;
    @Autowired PersonAccounts accounts;
    @Autowired MineRegistry registry;
    @Autowired Enterprises enterprises;

    @Test
    void syncWithTwoDrops() {
        int checks = Integer.getInteger("bench.checks", 50);
        int photos = Integer.getInteger("bench.photos", 200);
        long timeout = Long.getLong("bench.timeoutSeconds", 900) * 1000;
        String base = "http://127.0.0.1:" + port;
        CommissionerFixture fixture = new CommissionerFixture(users, accountsAdmin, people, accounts, registry);
        CommissionerFixture.Made me = fixture.withAccount("同步基准专员" + CommissionerFixture.SEQ.incrementAndGet());
        String mineName = "同步基准铁矿" + CommissionerFixture.SEQ.incrementAndGet();
        long mine = new AssignedMines(fixture, enterprises, registry, jdbc, clock).create(mineName, me.commissionerId(), LAT, LON);

        Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        try (Playwright playwright = Playwright.create(); Browser browser = Browsers.launch(playwright);
             BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                     .setLocale("zh-CN").setGeolocation(new Geolocation(LAT, LON).setAccuracy(20))
                     .setPermissions(List.of("geolocation")))) {
            Page page = context.newPage();
            page.setDefaultTimeout(timeout);
            page.navigate(base + "/login");
            page.fill("#username", me.actor().username());
            page.fill("#password", CommissionerFixture.PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL(u -> !u.contains("/login"));
            page.navigate(base + "/m/");
            page.waitForFunction("() => navigator.serviceWorker && navigator.serviceWorker.ready.then(() => true)");
            page.reload();
            page.waitForFunction("() => !!navigator.serviceWorker.controller");
            page.evaluate("id => fetch('/api/v1/mines/work/mines/' + id + '/checklist').then(r => r.json()).then(j => { window.benchList = j; })", (double) mine);

            context.setOffline(true);
            // the checks' times come from the application's clock: the test clock stands still, and the browser's
            // minutes of start-up on a loaded machine would put them in the server's future (refused as 400)
            Object queued = page.evaluate(QUEUE, Map.of("mineId", (double) mine, "checks", checks, "photos", photos, "lat", LAT, "lon", LON,
                    "name", mineName, "nowMs", (double) clock.millis()));
            assertThat(((Number) queued).intValue()).isEqualTo(checks);
            page.waitForFunction(CommissionerAppBrowserTests.QUEUE_LENGTH_IS, checks,
                    new Page.WaitForFunctionOptions().setPollingInterval(100));

            context.onRequest(r -> count(counts, r, "requests"));
            context.onRequestFailed(r -> count(counts, r, "failed"));
            context.onResponse(r -> {
                String kind = kind(r.request());
                if (kind != null) {
                    counts.computeIfAbsent(kind + " " + r.status(), k -> new AtomicInteger()).incrementAndGet();
                    if (r.status() >= 400 && r.status() != 409) {
                        System.out.printf("refused %s %d: %s%n", kind, r.status(), r.text());
                    }
                }
            });
            int totalWrites = checks + photos;
            long start = System.nanoTime();
            context.setOffline(false);
            page.evaluate("() => window.dispatchEvent(new Event('online'))");
            for (int drop = 1; drop <= 2; drop++) {
                int at = totalWrites * drop / 3;
                page.waitForCondition(() -> writes(counts) >= at, new Page.WaitForConditionOptions().setTimeout(timeout));
                context.setOffline(true);
                page.waitForTimeout(1500); // the network stays away for a moment, as in a valley
                context.setOffline(false);
                System.out.printf("drop %d after %d write requests%n", drop, writes(counts));
            }
            page.waitForFunction(CommissionerAppBrowserTests.QUEUE_LENGTH_IS, 0,
                    new Page.WaitForFunctionOptions().setTimeout(timeout).setPollingInterval(250));
            double seconds = (System.nanoTime() - start) / 1e9;

            long stored = jdbc.sql("SELECT count(*) FROM mine_check WHERE mine_id = :m").param("m", mine).query(Long.class).single();
            List<String> refs = jdbc.sql("""
                            SELECT a.photo_file_ids FROM mine_check_answer a JOIN mine_check c ON c.id = a.check_id
                            WHERE c.mine_id = :m AND a.photo_file_ids <> ''""").param("m", mine).query(String.class).list()
                    .stream().flatMap(ids -> java.util.Arrays.stream(ids.split(","))).map(String::trim).toList();
            long files = jdbc.sql("SELECT count(*) FROM file_object WHERE created_by = :u").param("u", me.actor().username())
                    .query(Long.class).single();
            int requests = get(counts, "files requests") + get(counts, "check requests");
            System.out.printf("sync: %d checks, %d photos in %.1f s; HTTP write requests %d (photos %d, checks %d), failed %d, "
                            + "retries %d; answers %s%n", checks, photos, seconds, requests, get(counts, "files requests"),
                    get(counts, "check requests"), get(counts, "files failed") + get(counts, "check failed"),
                    requests - totalWrites, answers(counts));
            System.out.printf("server: checks %d (want %d), photo references %d distinct %d (want %d), stored files %d (want %d)%n",
                    stored, checks, refs.size(), refs.stream().distinct().count(), photos, files, photos);
            assertThat(stored).as("checks on the server").isEqualTo(checks);
            assertThat(refs).as("photo references").hasSize(photos).doesNotHaveDuplicates();
            assertThat(files).as("stored files (a duplicate upload would be one more)").isEqualTo(photos);
            assertThat(page.locator("#sync-list li").count()).as("queue on the page").isZero();
        }
    }

    /** Queues the checks as the app does when a check is finished offline; the photos are small distinct JPEGs. */
    static final String QUEUE = """
            async ({mineId, checks, photos, lat, lon, name, nowMs}) => {
              const items = window.benchList.sections.flatMap(s => s.items.map(i => i.itemId));
              const jpeg = n => new Promise(resolve => {
                const c = document.createElement('canvas'); c.width = 96; c.height = 64;
                const g = c.getContext('2d');
                g.fillStyle = 'hsl(' + (n * 37 % 360) + ',60%,50%)'; g.fillRect(0, 0, 96, 64);
                g.fillStyle = '#fff'; g.font = '20px sans-serif'; g.fillText('#' + n, 8, 40);
                c.toBlob(resolve, 'image/jpeg', 0.8);
              });
              const now = nowMs;
              let photo = 0;
              for (let k = 0; k < checks; k++) {
                const started = new Date(now - (checks - k + 1) * 60000);
                const finished = new Date(started.getTime() + 30000);
                const mine = Math.floor(photos * (k + 1) / checks) - Math.floor(photos * k / checks);
                const shots = [];
                for (let p = 0; p < mine; p++) {
                  photo++;
                  shots.push({key: window.MinesSync.uuid(), itemId: items[p % items.length], name: 'bench-' + photo + '.jpg',
                    blob: await jpeg(photo), fileId: null});
                }
                const body = {checkId: window.MinesSync.uuid(), mineId, mode: 'ONSITE', remoteMeans: null, unannounced: false,
                  night: false, startedAt: started.toISOString(), finishedAt: finished.toISOString(),
                  position: {latitude: lat, longitude: lon, accuracyMeters: 20, capturedAt: started.toISOString()},
                  recordedOffline: true, checklistVersionId: window.benchList.versionId, note: '',
                  items: items.map(id => ({itemId: id, outcome: 'COMPLIANT', note: '', photoFileIds: [], majorHazard: false}))};
                await window.MinesSync.enqueue(body, shots, name);
              }
              return checks;
            }""";

    private static String kind(Request r) {
        if (!"PUT".equals(r.method())) {
            return null;
        }
        if (r.url().endsWith("/api/v1/files")) {
            return "files";
        }
        return r.url().contains("/api/v1/mines/work/checks/") ? "check" : null;
    }

    private static void count(Map<String, AtomicInteger> counts, Request r, String what) {
        String kind = kind(r);
        if (kind != null) {
            counts.computeIfAbsent(kind + " " + what, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private static int get(Map<String, AtomicInteger> counts, String key) {
        AtomicInteger v = counts.get(key);
        return v == null ? 0 : v.get();
    }

    private static int writes(Map<String, AtomicInteger> counts) {
        return get(counts, "files requests") + get(counts, "check requests");
    }

    private static String answers(Map<String, AtomicInteger> counts) {
        return new java.util.TreeMap<>(counts).entrySet().stream().filter(e -> e.getKey().matches(".* \\d+"))
                .map(e -> e.getKey() + "×" + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("-");
    }
}
