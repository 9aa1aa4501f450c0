package cn.anjian.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.anjian.nodes.MixedLoadFigures.Cpu;
import cn.anjian.nodes.MixedLoadFigures.Pass;
import cn.anjian.nodes.MixedLoadFigures.Recorder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 20 item 6: officers' pages, the commissioners' phone sync, the public portal and the statistics at once, N
 * closed-loop clients (no think time) for S seconds against one node, then (nodes=2) against two nodes of the packaged
 * application on one PostgreSQL and one S3-compatible store (S3Proxy on loopback, as in TwoNodesIT), requests of every
 * client alternating between the nodes as behind a round-robin balancer. Prints per kind p50/p95/p99, errors (non-2xx/3xx,
 * timeouts, refused connections), requests/s, and CPU per request: the JVMs', PostgreSQL's (postmaster, its children and
 * the reaped ones) and the S3 server's CPU time from /proc over the measured window divided by the requests answered.
 * Run by bench/mixed-load.sh; every printed line starts with "[mixed]".
 */
class MixedLoadBench {

    static final String PASSWORD = "Anjian@2026";
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    /** The mix: of every 10 clients, 4 officers, 2 phones, 3 public visitors, 1 statistics reader. */
    static final String[] MIX = {"officer", "public", "phone", "officer", "public", "statistics", "officer", "public", "phone", "officer"};
    static final String[] SEARCH = {"煤业", "矿业", "化工", "建材", "冶金", "燃气", "有限公司", "张", "李", "王"};

    final int clients = Integer.getInteger("bench.clients", 200);
    final int seconds = Integer.getInteger("bench.seconds", 600);
    final int nodes = Integer.getInteger("bench.nodes", 2);
    final int cases = Integer.getInteger("bench.cases", 20000);
    final int warmup = Integer.getInteger("bench.warmup", Math.max(10, Math.min(60, seconds / 5)));

    List<Long> caseIds = new ArrayList<>();
    JsonNode mines;
    long checklistVersion;

    @Test
    void mixedLoad() throws Exception {
        System.out.printf("[mixed] %d clients, %d s measured after %d s warm-up, nodes %s, %d cores, load %s%n", clients, seconds,
                warmup, nodes == 1 ? "1" : "1 then " + nodes, Runtime.getRuntime().availableProcessors(), loadavg());
        try (Cluster cluster = new Cluster()) {
            cluster.start();
            Node a = cluster.node("node-a", true, List.of());
            a.start();
            Duration up = a.awaitUp(plain(), Duration.ofMinutes(20));
            prepare(cluster, a);
            System.out.printf("[mixed] node A up after %.0f s; data: %s%n", up.toMillis() / 1000.0, volume(cluster));
            Pass one = run(cluster, List.of(a));
            one.print();
            if (nodes >= 2) {
                List<Node> all = new ArrayList<>(List.of(a));
                for (int i = 1; i < nodes; i++) {
                    Node n = cluster.node("node-" + (char) ('a' + i), false, List.of());
                    n.start();
                    n.awaitUp(plain(), Duration.ofMinutes(20));
                    all.add(n);
                }
                Pass two = run(cluster, all);
                two.print();
                System.out.printf("[mixed] throughput %d nodes / 1 node: %.2f (%.1f / %.1f req/s); CPU per request %.2f / %.2f ms%n",
                        nodes, two.rate() / one.rate(), two.rate(), one.rate(), two.cpuPerRequest(), one.cpuPerRequest());
            }
        }
    }

    /** Waits for the demo's mines (loaded after start-up), adds the generated cases, reads ids the clients use. */
    private void prepare(Cluster cluster, Node a) throws Exception {
        HttpClient phone = session();
        String token = token(phone, a, "zz_commissioner");
        for (int i = 0; i < 1200 && (mines == null || mines.isEmpty()); i++) {
            HttpResponse<String> today = get(phone, a, "/api/v1/mines/work/today", token);
            assertThat(today.statusCode()).as(today.body()).isEqualTo(200);
            mines = Client.json(today).get("mines");
            if (mines.isEmpty()) {
                Thread.sleep(500);
            }
        }
        assertThat(mines).as("the commissioner's mines (demo data)").isNotEmpty();
        checklistVersion = Client.json(get(phone, a, "/api/v1/mines/work/mines/" + mines.get(0).get("mineId").asLong()
                + "/checklist", token)).get("versionId").asLong();
        if (cases > 0) {
            long t0 = System.nanoTime();
            ProcessBuilder psql = new ProcessBuilder("psql", "-X", "-q", "-h", "127.0.0.1", "-p", String.valueOf(cluster.pgPort),
                    "-U", "anjian", "-d", "anjian", "-v", "cases=" + cases, "-f", "bench/cases/generate.sql")
                    .redirectErrorStream(true).redirectOutput(cluster.dir.resolve("generate.log").toFile());
            psql.environment().put("PGPASSWORD", "anjian");
            int exit = psql.start().waitFor();
            assertThat(exit).as(Files.readString(cluster.dir.resolve("generate.log"))).isZero();
            System.out.printf("[mixed] generated %d cases in %.0f s (bench/cases/generate.sql)%n", cases, (System.nanoTime() - t0) / 1e9);
        }
        HttpClient officer = session();
        login(officer, a, "zz_officer");
        for (JsonNode item : Client.json(get(officer, a, "/api/v1/cases?size=50", null)).get("items")) {
            caseIds.add(item.get("id").asLong());
        }
        assertThat(caseIds).as("zz_officer's cases").isNotEmpty();
    }

    private String volume(Cluster cluster) throws Exception {
        try (var c = cluster.db(); var st = c.createStatement()) {
            StringBuilder s = new StringBuilder();
            for (String t : List.of("enf_case", "rec_record", "ent_enterprise", "mine_check", "file_object", "pub_decision_entry")) {
                try (var rs = st.executeQuery("select count(*) from " + t)) {
                    rs.next();
                    s.append(t).append(' ').append(rs.getLong(1)).append(", ");
                } catch (java.sql.SQLException e) {
                    s.append(t).append(" ?, ");
                }
            }
            return s.substring(0, s.length() - 2);
        }
    }

    /** One pass: clients set up (sign-ins are not measured), a warm-up, then the measured window. */
    private Pass run(Cluster cluster, List<Node> on) throws Exception {
        Recorder rec = new Recorder();
        List<Runnable> loops = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            loops.add(client(MIX[i % MIX.length], i, on, rec));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch done = new CountDownLatch(clients);
        for (Runnable r : loops) {
            pool.submit(() -> {
                try {
                    r.run();
                } finally {
                    done.countDown();
                }
            });
        }
        Thread.sleep(warmup * 1000L);
        Cpu before = Cpu.read(cluster, on);
        rec.measuring = true;
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        rec.measuring = false;
        double elapsed = (System.nanoTime() - t0) / 1e9;
        Cpu after = Cpu.read(cluster, on);
        rec.stop = true;
        done.await(2, TimeUnit.MINUTES);
        pool.shutdownNow();
        return new Pass(on.size(), rec, elapsed, before, after);
    }

    /** A client's loop; its set-up (sign-in, token) is done here, before any pass starts its clock. */
    private Runnable client(String kind, int index, List<Node> on, Recorder rec) throws Exception {
        HttpClient http = kind.equals("public") ? plain() : session();
        Node first = on.get(index % on.size());
        String token = switch (kind) {
            case "officer" -> {
                login(http, first, "zz_officer");
                yield null;
            }
            case "phone" -> token(http, first, "zz_commissioner");
            case "statistics" -> token(http, first, "zz_officer");
            default -> null;
        };
        Random random = new Random(index);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        return () -> {
            long j = 0;
            while (!rec.stop) {
                Node n = on.get((int) ((index + j) % on.size()));
                switch (kind) {
                    case "officer" -> {
                        switch ((int) (j % 4)) {
                            case 0 -> rec.call("officer.cases-page", () -> get(http, n, "/cases", null));
                            case 1 -> rec.call("officer.cases-api", () -> get(http, n, "/api/v1/cases", null));
                            case 2 -> rec.call("officer.case-page", () -> get(http, n, "/cases/" + caseIds.get(random.nextInt(caseIds.size())), null));
                            default -> rec.call("officer.deadlines-page", () -> get(http, n, "/calendar/deadlines", null));
                        }
                    }
                    case "phone" -> {
                        if (j % 2 == 0) {
                            rec.call("phone.photo", () -> photo(http, n, token, random));
                        } else {
                            rec.call("phone.check", () -> check(http, n, token, random));
                        }
                    }
                    case "public" -> {
                        if (j % 3 == 2) {  // a search nobody asked before: the uncached path (rendering, queries)
                            String q = SEARCH[random.nextInt(SEARCH.length)] + (index * 1_000_000L + j);
                            rec.call("public.uncached", () -> get(http, n, "/public/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null));
                        } else {
                            String[] cached = {"/public", "/public/140525", "/public/notices", "/public/before", "/public/140500",
                                    "/public/search?q=" + URLEncoder.encode(SEARCH[(int) (j % SEARCH.length)], StandardCharsets.UTF_8)};
                            String path = cached[random.nextInt(cached.length)];
                            rec.call("public.cached", () -> get(http, n, path, null));
                        }
                    }
                    default -> rec.call("statistics.county-year", () -> get(http, n, "/api/v1/reporting/statistics?period=" + year, token));
                }
                j++;
            }
        };
    }

    private HttpResponse<String> photo(HttpClient http, Node n, String token, Random random) throws Exception {
        byte[] jpeg = new byte[20_000 + random.nextInt(40_000)]; // a phone photo after the app's downscaling
        random.nextBytes(jpeg);
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        return http.send(HttpRequest.newBuilder(URI.create(n.base() + "/api/v1/files")).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "image/jpeg")
                .header("X-File-Name", "photo.jpg").header("Idempotency-Key", "bench-" + UUID.randomUUID())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(jpeg)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> check(HttpClient http, Node n, String token, Random random) throws Exception {
        JsonNode mine = mines.get(random.nextInt(mines.size()));
        OffsetDateTime start = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(2).withNano(0);
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("latitude", mine.get("latitude").decimalValue());
        position.put("longitude", mine.get("longitude").decimalValue());
        position.put("accuracyMeters", 20);
        position.put("capturedAt", start.toString());
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("mineId", mine.get("mineId").asLong());
        check.put("mode", "ONSITE");
        check.put("unannounced", true);
        check.put("night", false);
        check.put("startedAt", start.toString());
        check.put("finishedAt", start.plusMinutes(60).toString());
        check.put("position", position);
        check.put("recordedOffline", true);
        check.put("checklistVersionId", checklistVersion);
        check.put("note", "压测同步检查");
        check.put("items", List.of());
        return http.send(HttpRequest.newBuilder(URI.create(n.base() + "/api/v1/mines/work/checks/" + UUID.randomUUID()))
                .timeout(TIMEOUT).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", "bench-" + UUID.randomUUID())
                .PUT(HttpRequest.BodyPublishers.ofString(Client.JSON.writeValueAsString(check))).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpClient plain() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A browser-like client: its own cookie jar (one session, valid on every node: sessions live in PostgreSQL). */
    static HttpClient session() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static HttpResponse<String> get(HttpClient http, Node n, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(n.base() + path)).timeout(TIMEOUT).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static void login(HttpClient http, Node n, String username) throws Exception {
        Matcher m = CSRF_INPUT.matcher(get(http, n, "/login", null).body());
        assertThat(m.find()).as("CSRF token on the login page").isTrue();
        String csrf = m.group(1) != null ? m.group(1) : m.group(2);
        String form = "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(n.base() + "/login")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Location").orElse("")).as("sign-in of " + username).doesNotContain("error");
    }

    static String token(HttpClient http, Node n, String username) throws Exception {
        String body = Client.JSON.writeValueAsString(Map.of("username", username, "password", PASSWORD));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(n.base() + "/api/v1/auth/token")).timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Client.JSON.readTree(r.body()).get("token").asString();
    }

    static String loadavg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }
}
