package cn.anjian.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Issue 20: two nodes of the packaged application on one PostgreSQL behave as one, lose no acknowledged write when
 * one is killed, and recover by themselves from a database restart. Runs in {@code ./mvnw verify} (failsafe, after
 * {@code package}). The figures it prints ({@code [two-nodes]} lines) are in the README, "Several nodes".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    static final String PASSWORD = "Anjian@2026";
    /** The demo administrators' published second factor (cn.anjian.demo.DemoSecondFactor). */
    static final String DEMO_TOTP_SECRET = "ANJIANDEMOADMINTOTPSECRETSHANXI2";
    /** Short for the test; production: anjian.calendar.snapshot-ttl 30 s (README). */
    static final Duration CALENDAR_TTL = Duration.ofSeconds(5);
    static final Duration SCAN_INTERVAL = Duration.ofSeconds(2);

    Cluster cluster;
    Node a;
    Node b;
    List<String> nodeArgs;

    @BeforeAll
    void startTwoNodes() throws Exception {
        long t0 = System.nanoTime();
        cluster = new Cluster();
        cluster.start();
        nodeArgs = List.of("--anjian.calendar.snapshot-ttl=" + CALENDAR_TTL,
                "--anjian.calendar.overdue-scan-interval=" + SCAN_INTERVAL,
                "--anjian.calendar.overdue-scan-initial-delay=PT1S",
                "--anjian.calendar.overdue-scan-lock-at-least=PT1.5S");
        // A migrates the database and loads the demo data; B starts on the finished database (two nodes loading the
        // same demo data at once would race on its unique names — a deployment has no demo data)
        a = cluster.node("node-a", true, nodeArgs);
        a.start();
        // B starts once A has migrated the schema and loaded the shipped holidays (its first start-up runner), while A
        // loads the demo data
        a.awaitLog("ShippedHolidays", Duration.ofMinutes(15));
        double migrated = (System.nanoTime() - t0) / 1e9;
        b = cluster.node("node-b", false, nodeArgs);
        b.start();
        Duration upB = b.awaitUp(new Client().http, Duration.ofMinutes(15));
        a.awaitUp(new Client().http, Duration.ofMinutes(15));
        System.out.printf("[two-nodes] start: PostgreSQL + node A migrating the schema %.1f s, node B up after %.1f s more, "
                + "both up (A with the demo data) after %.1f s in all%n", migrated, upB.toMillis() / 1000.0, (System.nanoTime() - t0) / 1e9);
    }

    @AfterAll
    void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("a session made on node A works on node B (sessions in PostgreSQL), CSRF token included")
    void sessionMadeOnAWorksOnB() throws Exception {
        Client browser = new Client();
        assertThat(browser.formLogin(a, "zz_officer", PASSWORD)).doesNotContain("error");
        HttpResponse<String> me = browser.get(b, "/api/v1/auth/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("zz_officer");
        assertThat(browser.get(b, "/").statusCode()).isEqualTo(200);
        // the CSRF token lives in the session: a token read from a page of A is accepted by a write on B
        String csrf = browser.csrf(a, "/");
        HttpResponse<String> taken = browser.postJson(b, "/api/v1/documents/numbers", numberRequest("session"), Map.of("X-CSRF-TOKEN", csrf));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        HttpResponse<String> withoutToken = browser.postJson(b, "/api/v1/documents/numbers", numberRequest("session"), Map.of());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
    }

    @Test
    @Order(2)
    @DisplayName("a scheduled job runs once per period across both nodes (ShedLock: locked_at / locked_by history)")
    void scheduledJobRunsOncePerPeriod() throws Exception {
        List<Timestamp> runs = new ArrayList<>();
        Set<String> by = new HashSet<>();
        long end = System.nanoTime() + Duration.ofSeconds(12).toNanos();
        try (Connection c = cluster.db(); Statement st = c.createStatement()) {
            while (System.nanoTime() < end) {
                try (ResultSet rs = st.executeQuery("select locked_at, locked_by from shedlock where name = 'calendar.overdueScan'")) {
                    if (rs.next() && (runs.isEmpty() || !runs.get(runs.size() - 1).equals(rs.getTimestamp(1)))) {
                        runs.add(rs.getTimestamp(1));
                        by.add(rs.getString(2));
                    }
                }
                Thread.sleep(100);
            }
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++) {
            gaps.add(runs.get(i).getTime() - runs.get(i - 1).getTime());
        }
        System.out.printf("[two-nodes] overdue scan: %d runs in 12 s (interval %s, two nodes), by %s, gaps ms %s%n",
                runs.size(), SCAN_INTERVAL, by, gaps);
        assertThat(runs.size()).as("ran at all").isGreaterThanOrEqualTo(3);
        // once per period: never two runs closer than the lock's minimum hold, whichever node ran them
        assertThat(gaps).allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(1500));
        assertThat(runs.size()).as("not once per node").isLessThanOrEqualTo(12 * 1000 / 1500 + 1);
        assertThat(by).allSatisfy(n -> assertThat(n).isIn("node-a", "node-b"));
    }

    @Test
    @Order(3)
    @DisplayName("document numbers stay gapless across both nodes under concurrent issuing; the audit chain stays one valid chain")
    void numbersGaplessAndOneAuditChain() throws Exception {
        Client officer = new Client().token(a, "zz_officer", PASSWORD, null);
        int perNode = 30;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 2 * perNode; i++) {
            Node n = i % 2 == 0 ? a : b;
            String subject = "gapless-" + i;
            calls.add(pool.submit(() -> officer.postJson(n, "/api/v1/documents/numbers", numberRequest(subject), Map.of())));
        }
        Set<Integer> taken = new HashSet<>();
        String type = null;
        long agency = 0;
        int year = 0;
        for (Future<HttpResponse<String>> f : calls) {
            HttpResponse<String> r = f.get();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            JsonNode j = Client.json(r);
            taken.add(j.get("number").asInt());
            type = j.get("type").asString();
            agency = j.get("agencyId").asLong();
            year = j.get("year").asInt();
        }
        pool.shutdown();
        assertThat(taken).hasSize(2 * perNode);
        List<Integer> all = numbers(type, agency, year);
        assertThat(all).as("every number of the register, 1..n without a gap or a duplicate")
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, all.size()).boxed().toList());
        System.out.printf("[two-nodes] document numbers: %d issued concurrently on two nodes, register 1..%d gapless%n",
                taken.size(), all.size());
        assertAuditChainValid();
    }

    @Test
    @Order(4)
    @DisplayName("a calendar change made on A is in force on B within the snapshot TTL")
    void calendarChangeReachesBWithinTtl() throws Exception {
        Client admin = new Client().token(a, "sx_sysadmin", PASSWORD, totp("sx_sysadmin"));
        Client officer = new Client().token(b, "zz_officer", PASSWORD, null);
        LocalDate day = LocalDate.of(2031, 3, 4); // a Tuesday
        officer.get(b, "/api/v1/calendar/days/" + day); // B holds a snapshot from before the change
        Map<String, Object> year = new LinkedHashMap<>();
        year.put("year", 2031);
        year.put("papers", List.of("https://www.gov.cn/zhengce/content/2030-notice.htm"));
        year.put("days", List.of(Map.of("name", "测试假日", "date", day.toString(), "isOffDay", true)));
        HttpResponse<String> put = admin.putJson(a, "/api/v1/calendar/years/2031", year);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        long t0 = System.nanoTime();
        assertThat(Client.json(officer.get(a, "/api/v1/calendar/days/" + day)).get("workingDay").asBoolean())
                .as("at once on the node that made the change").isFalse();
        Duration seen = null;
        while (System.nanoTime() - t0 < CALENDAR_TTL.plusSeconds(5).toNanos()) {
            HttpResponse<String> r = officer.get(b, "/api/v1/calendar/days/" + day);
            if (r.statusCode() == 200 && !Client.json(r).get("workingDay").asBoolean()) {
                seen = Duration.ofNanos(System.nanoTime() - t0);
                break;
            }
            Thread.sleep(100);
        }
        System.out.printf("[two-nodes] calendar change on A in force on B after %s (TTL %s)%n", seen, CALENDAR_TTL);
        assertThat(seen).as("in force on B").isNotNull();
        assertThat(seen).isLessThanOrEqualTo(CALENDAR_TTL.plusSeconds(1));
    }

    @Test
    @Order(5)
    @DisplayName("an Idempotency-Key replayed on the other node returns the first result (a commissioner's check from the phone)")
    void idempotencyKeyReplayedOnTheOtherNode() throws Exception {
        Client phone = new Client().token(a, "zz_commissioner", PASSWORD, null);
        // the mines' demo data loads once the node accepts traffic: wait for the commissioner's mines
        JsonNode mines = null;
        for (int i = 0; i < 600 && (mines == null || mines.isEmpty()); i++) {
            HttpResponse<String> today = phone.get(a, "/api/v1/mines/work/today");
            assertThat(today.statusCode()).as(today.body()).isEqualTo(200);
            mines = Client.json(today).get("mines");
            if (mines.isEmpty()) {
                Thread.sleep(500);
            }
        }
        JsonNode mine = mines.get(0);
        long mineId = mine.get("mineId").asLong();
        JsonNode checklist = Client.json(phone.get(b, "/api/v1/mines/work/mines/" + mineId + "/checklist"));
        java.time.OffsetDateTime start = java.time.OffsetDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusHours(2).withNano(0);
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("latitude", mine.get("latitude").decimalValue());
        position.put("longitude", mine.get("longitude").decimalValue());
        position.put("accuracyMeters", 20);
        position.put("capturedAt", start.toString());
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("mineId", mineId);
        check.put("mode", "ONSITE");
        check.put("unannounced", true);
        check.put("night", false);
        check.put("startedAt", start.toString());
        check.put("finishedAt", start.plusMinutes(60).toString());
        check.put("position", position);
        check.put("recordedOffline", true);
        check.put("checklistVersionId", checklist.get("versionId").asLong());
        check.put("note", "两节点幂等检查");
        check.put("items", List.of());
        String checkId = UUID.randomUUID().toString();
        String key = "two-nodes-" + UUID.randomUUID();
        HttpResponse<String> first = phone.putJson(a, "/api/v1/mines/work/checks/" + checkId, check, Map.of("Idempotency-Key", key));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> replay = phone.putJson(b, "/api/v1/mines/work/checks/" + checkId, check, Map.of("Idempotency-Key", key));
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(first.body());
        try (Connection c = cluster.db(); var ps = c.prepareStatement("select count(*) from mine_check where id = cast(? as uuid)")) {
            ps.setString(1, checkId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("stored once").isEqualTo(1);
            }
        }
        System.out.printf("[two-nodes] Idempotency-Key: first on A %d, replay on B %d with the first body%n", first.statusCode(), replay.statusCode());
    }

    @Test
    @Order(10)
    @DisplayName("kill -9 of node B under a mixed write load: every acknowledged write is stored, the chain is valid, A keeps serving")
    void killOneNodeUnderLoad() throws Exception {
        Load load = new Load(cluster, List.of(a, b));
        load.start(6);
        Thread.sleep(4000);
        b.kill();
        long killedAt = System.nanoTime();
        Thread.sleep(4000);
        Load.Figures f = load.stop();
        int afterKillOnA = load.okOn(a, killedAt);
        System.out.printf("[two-nodes] kill -9 of node B: %d writes acknowledged, %d lost, %d failed requests (all on B at the kill), "
                + "%d acknowledged by A after the kill%n", f.acknowledged(), f.lost(), f.failed(), afterKillOnA);
        assertThat(f.lost()).as("acknowledged writes missing from the database").isZero();
        assertThat(afterKillOnA).as("A keeps serving").isPositive();
        assertThat(load.serverErrorsOn(a)).as("5xx from the surviving node").isZero();
        assertAuditChainValid();
        // B comes back (the next test uses both)
        b.start();
        Duration up = b.awaitUp(new Client().http, Duration.ofMinutes(15));
        System.out.printf("[two-nodes] node B restarted in %.1f s%n", up.toMillis() / 1000.0);
    }

    @Test
    @Order(11)
    @DisplayName("PostgreSQL stopped and restarted mid-load: health DOWN meanwhile, both nodes recover by themselves, no 5xx after")
    void databaseRestartMidLoad() throws Exception {
        Load load = new Load(cluster, List.of(a, b));
        load.start(4);
        Thread.sleep(3000);
        cluster.stopDatabase();
        long stoppedAt = System.nanoTime();
        Client probe = new Client();
        boolean downA = false;
        boolean downB = false;
        while (System.nanoTime() - stoppedAt < Duration.ofSeconds(20).toNanos() && !(downA && downB)) {
            downA |= a.get(probe.http, "/actuator/health").statusCode() == 503;
            downB |= b.get(probe.http, "/actuator/health").statusCode() == 503;
            Thread.sleep(200);
        }
        Thread.sleep(2000);
        cluster.startDatabase();
        long restartedAt = System.nanoTime();
        while (!(Cluster.healthUp(probe.http, a) && Cluster.healthUp(probe.http, b))) {
            assertThat(System.nanoTime() - restartedAt).as("recovered within a minute").isLessThan(Duration.ofMinutes(1).toNanos());
            Thread.sleep(100);
        }
        double recovered = (System.nanoTime() - restartedAt) / 1e9;
        long windowEnd = System.nanoTime();
        Thread.sleep(6000);
        Load.Figures f = load.stop();
        int after = load.serverErrorsAfter(windowEnd);
        System.out.printf("[two-nodes] PostgreSQL restart: health DOWN seen on A %s, on B %s; UP again %.1f s after the restart; "
                + "%d writes acknowledged, %d lost; %d 5xx during the outage, %d 5xx after recovery (%d requests after)%n",
                downA, downB, recovered, f.acknowledged(), f.lost(), load.serverErrorsAfter(0) - after, after, load.requestsAfter(windowEnd));
        assertThat(downA && downB).as("health DOWN on both nodes during the outage").isTrue();
        assertThat(f.lost()).isZero();
        assertThat(after).as("5xx after the outage window").isZero();
        assertThat(load.requestsAfter(windowEnd)).isPositive();
        assertAuditChainValid();
    }

    // ------------------------------------------------------------------------------------------------------------

    static Map<String, Object> numberRequest(String subject) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", "SERVICE_RECEIPT");
        m.put("subjectType", "two-nodes");
        m.put("subjectId", subject);
        return m;
    }

    List<Integer> numbers(String type, long agency, int year) throws Exception {
        List<Integer> all = new ArrayList<>();
        try (Connection c = cluster.db(); var ps = c.prepareStatement(
                "select n from doc_number where type_code = ? and agency_id = ? and year = ? order by n")) {
            ps.setString(1, type);
            ps.setLong(2, agency);
            ps.setInt(3, year);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(rs.getInt(1));
                }
            }
        }
        return all;
    }

    void assertAuditChainValid() throws Exception {
        Node n = a.alive() ? a : b;
        Client auditor = new Client().token(n, "sx_auditadmin", PASSWORD, totp("sx_auditadmin"));
        HttpResponse<String> v = auditor.get(n, "/api/v1/audit/verify");
        assertThat(v.statusCode()).as(v.body()).isEqualTo(200);
        System.out.printf("[two-nodes] audit chain verified: %s%n", v.body());
        assertThat(Client.json(v).get("ok").asBoolean()).as(v.body()).isTrue();
    }

    /** A fresh code of the demo second factor; the last used step is cleared so two calls within 30 s both pass. */
    String totp(String username) throws Exception {
        try (Connection c = cluster.db(); var ps = c.prepareStatement(
                "update iam_second_factor set last_step = null where user_id = (select id from iam_user where username = ?)")) {
            ps.setString(1, username);
            ps.executeUpdate();
        }
        return new dev.samstevens.totp.code.DefaultCodeGenerator().generate(DEMO_TOTP_SECRET,
                Math.floorDiv(System.currentTimeMillis() / 1000, 30));
    }
}
