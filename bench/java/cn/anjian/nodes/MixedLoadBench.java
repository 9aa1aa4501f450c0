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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.anjian.files.S3Server;
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

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /** Latencies (µs) and errors per kind, kept only inside the measured window. */
    static final class Recorder {
        volatile boolean measuring;
        volatile boolean stop;
        final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        final Map<String, ConcurrentLinkedQueue<String>> samples = new ConcurrentHashMap<>();

        /** Counted when it started inside the window (a request still running at its end is counted when it ends). */
        void call(String kind, Call call) {
            boolean counted = measuring;
            long t0 = System.nanoTime();
            String error = null;
            try {
                HttpResponse<String> r = call.send();
                if (r.statusCode() >= 400) {
                    error = r.statusCode() + " " + r.body().substring(0, Math.min(160, r.body().length())).replace('\n', ' ');
                }
            } catch (Exception e) {
                error = e.getClass().getSimpleName() + " " + e.getMessage();
            }
            if (!counted) {
                return;
            }
            latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - t0) / 1000);
            if (error != null) {
                errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                ConcurrentLinkedQueue<String> s = samples.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>());
                if (s.size() < 3) {
                    s.add(error);
                }
            }
        }
    }

    /** CPU time in ms of the nodes, PostgreSQL, the S3 server, this client and the whole machine (/proc). */
    record Cpu(long jvm, long postgres, long store, long client, long machineBusy) {

        static final long TICK_MS = 10; // CLK_TCK 100 (Linux x86-64 and arm64)

        static Cpu read(Cluster cluster, List<Node> nodes) throws IOException {
            long jvm = 0;
            for (Node n : nodes) {
                jvm += own(n.pid());
            }
            long postmaster = Long.parseLong(Files.readAllLines(cluster.dir.resolve("pg").resolve("postmaster.pid")).get(0).strip());
            long pg = ownAndReaped(postmaster);
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) procs::iterator) {
                    String name = p.getFileName().toString();
                    if (name.chars().allMatch(Character::isDigit)) {
                        String[] f = stat(Long.parseLong(name));
                        if (f != null && Long.parseLong(f[1]) == postmaster) {
                            pg += (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_MS;
                        }
                    }
                }
            }
            long store;
            try {
                store = own(S3Server.get().pid());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                store = 0;
            }
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length; i++) {
                if (i != 4 && i != 5) { // all but idle and iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return new Cpu(jvm, pg, store, own(ProcessHandle.current().pid()), busy * TICK_MS);
        }

        /** The fields after the command name: [0] state, [1] ppid, … [11] utime, [12] stime, [13] cutime, [14] cstime. */
        static String[] stat(long pid) {
            try {
                String s = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                return s.substring(s.lastIndexOf(')') + 2).split(" ");
            } catch (IOException | RuntimeException e) {
                return null; // gone meanwhile
            }
        }

        static long own(long pid) {
            String[] f = stat(pid);
            return f == null ? 0 : (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_MS;
        }

        static long ownAndReaped(long pid) {
            String[] f = stat(pid);
            return f == null ? 0 : (Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14])) * TICK_MS;
        }
    }

    record Pass(int nodes, Recorder rec, double seconds, Cpu before, Cpu after) {

        long requests() {
            return rec.latencies.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        }

        double rate() {
            return requests() / seconds;
        }

        double cpuPerRequest() {
            long ours = (after.jvm() - before.jvm()) + (after.postgres() - before.postgres()) + (after.store() - before.store());
            return requests() == 0 ? 0 : (double) ours / requests();
        }

        void print() {
            System.out.printf("[mixed] === %d node%s: %.0f s, %d requests, %.1f req/s%n", nodes, nodes == 1 ? "" : "s", seconds,
                    requests(), rate());
            System.out.printf("[mixed] %-24s %8s %8s %8s %8s %8s %9s %8s%n", "kind", "requests", "req/s", "p50 ms", "p95 ms",
                    "p99 ms", "errors", "error %");
            long errorsAll = 0;
            for (String kind : new java.util.TreeSet<>(rec.latencies.keySet())) {
                long[] l = rec.latencies.get(kind).stream().mapToLong(Long::longValue).sorted().toArray();
                long e = rec.errors.getOrDefault(kind, new AtomicLong()).get();
                errorsAll += e;
                System.out.printf("[mixed] %-24s %8d %8.1f %8.1f %8.1f %8.1f %9d %7.2f%%%n", kind, l.length, l.length / seconds,
                        pct(l, 0.50), pct(l, 0.95), pct(l, 0.99), e, 100.0 * e / Math.max(1, l.length));
            }
            System.out.printf("[mixed] errors in all: %d of %d (%.2f%%)%n", errorsAll, requests(), 100.0 * errorsAll / Math.max(1, requests()));
            rec.samples.forEach((kind, s) -> s.forEach(x -> System.out.printf("[mixed]   error sample %s: %s%n", kind, x)));
            long jvm = after.jvm() - before.jvm();
            long pg = after.postgres() - before.postgres();
            long store = after.store() - before.store();
            long client = after.client() - before.client();
            long machine = after.machineBusy() - before.machineBusy();
            double n = Math.max(1, requests());
            System.out.printf("[mixed] CPU per request %.2f ms = JVM%s %.2f + PostgreSQL %.2f + S3 store %.2f "
                            + "(load generator %.2f ms/req, not counted; whole machine busy %.0f%% of %d cores, other processes %.0f s CPU)%n",
                    (jvm + pg + store) / n, nodes == 1 ? "" : "s", jvm / n, pg / n, store / n, client / n,
                    100.0 * machine / (seconds * 1000 * Runtime.getRuntime().availableProcessors()),
                    Runtime.getRuntime().availableProcessors(), (machine - jvm - pg - store - client) / 1000.0);
        }

        static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
        }
    }
}
