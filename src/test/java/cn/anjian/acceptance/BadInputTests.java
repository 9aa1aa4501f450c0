package cn.anjian.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.anjian.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13, the permanent bad-input suite: every operation of {@code /v3/api-docs}, over real HTTP (Tomcat decodes
 * the query string), as a demo user whose role may call it, gets NUL bytes, invalid UTF-8, wrong JSON types, a 1 MB
 * string, unknown enum values, impossible dates and unknown ids. None may answer 5xx, and a refused request leaves no
 * audit entry (nothing changed). The figures per kind are printed as one summary line (docs/security.md).
 */
@IntegrationTest
class BadInputTests {

    static final String UNKNOWN_ID = "987654321";
    static final String HUGE = "x".repeat(1024 * 1024);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired
    cn.anjian.kernel.ActingUsers users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, int[]> figures = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> accepted = new ArrayList<>();
    private JsonNode schemas;

    @Test
    @DisplayName("IAM-07 (issue 13, findings 4 and 9): no operation of the API answers 5xx to hostile input, and a refusal changes nothing")
    void noOperationFailsOnBadInput() throws Exception {
        JsonNode docs = apiDocs();
        schemas = docs.path("components").path("schemas");
        Map<String, HandlerCatalog.Route> routes = new HashMap<>();
        HandlerCatalog.routes(mappings).forEach(r -> routes.put(r.method() + " " + r.path().replaceAll(":[^}]*}", "}"), r));
        Map<String, HandlerCatalog.Row> table = HandlerCatalog.table();
        int operations = 0;
        for (Map.Entry<String, JsonNode> p : docs.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> o : p.getValue().properties()) {
                String method = o.getKey().toUpperCase();
                HandlerCatalog.Route route = routes.get(method + " " + p.getKey());
                if (route == null) {
                    continue;
                }
                operations++;
                HandlerCatalog.Row row = table.get(route.key());
                new OperationProbe(this, method, p.getKey(), o.getValue(), user(route, row), realId(route, row)).run();
            }
        }
        StringBuilder line = new StringBuilder("BAD-INPUT SUMMARY operations=" + operations);
        int total = 0;
        int fivexx = 0;
        for (Map.Entry<String, int[]> f : figures.entrySet()) {
            int[] c = f.getValue();
            line.append(" | ").append(f.getKey()).append(": ").append(c[0]).append(" sent, 2xx ").append(c[2])
                    .append(", 3xx ").append(c[3]).append(", 4xx ").append(c[4]).append(", 5xx ").append(c[5]);
            total += c[0];
            fivexx += c[5];
        }
        System.out.println(line.append(" | total ").append(total).append(", 5xx ").append(fivexx));
        accepted.forEach(a -> System.out.println("BAD-INPUT ACCEPTED (a write answered 2xx) " + a));
        assertThat(operations).as("operations of /v3/api-docs matched to handlers").isGreaterThan(150);
        assertThat(failures).isEmpty();
    }

    /** The role that may call the route: a 泽州县 user for a scoped subject, else a province one (global resources). */
    private String user(HandlerCatalog.Route route, HandlerCatalog.Row row) {
        String prefix = row != null && !row.subject().equals("-") ? "zz_" : "sx_";
        for (String role : List.of("sysadmin", "secadmin", "auditadmin", "unithead", "officer", "legal", "director", "hr",
                "office", "deputy", "supervisor", "inspector", "expert", "commissioner")) {
            List<String> perms = jdbc.sql("""
                            select rp.permission_code from iam_user u join iam_user_role ur on ur.user_id = u.id
                            join iam_role_permission rp on rp.role_code = ur.role_code where u.username = :u""")
                    .param("u", prefix + role).query(String.class).list();
            if (AuthorizationMatrixTests.allows(java.util.Set.copyOf(perms), route.access())) {
                return prefix + role;
            }
        }
        return null;
    }

    /** For reads: a real 泽州县 record, so the probe gets past the lookup; writes aim at an unknown id. */
    private String realId(HandlerCatalog.Route route, HandlerCatalog.Row row) {
        if (route.write() || row == null || row.subject().equals("-")) {
            return UNKNOWN_ID;
        }
        Long id = AuthorizationMatrixTests.ownCountyId(jdbc, row.subject());
        return id == null ? UNKNOWN_ID : id.toString();
    }

    /** The API description needs a signed-in browser session: read it through MockMvc as the province administrator. */
    private JsonNode apiDocs() throws Exception {
        cn.anjian.kernel.Actor admin = users.actor("sx_sysadmin").orElseThrow();
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
                                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                                        admin, null, List.of()))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 5 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asString();
            s = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s;
    }

    String write(JsonNode node) {
        return json.writeValueAsString(node);
    }

    /** Sends one probe and records it: 5xx fails the suite, so does an audit entry after a refusal. */
    HttpResponse<String> send(String user, String method, String pathAndQuery, String contentType, String body, String kind)
            throws Exception {
        if (user != null) {
            token(user);    // signing in is audited: sign in before taking the mark
        }
        long mark = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        HttpResponse<String> r = exchange(user, method, pathAndQuery, contentType, body);
        if (r.statusCode() == 401 && user != null) {
            tokens.remove(user);     // a probe revoked this user's token: sign in again
            r = exchange(user, method, pathAndQuery, contentType, body);
        }
        int status = r.statusCode();
        int[] c = figures.computeIfAbsent(kind, k -> new int[6]);
        c[0]++;
        c[Math.min(5, Math.max(2, status / 100))]++;
        String what = kind + " " + method + " " + abbreviate(pathAndQuery) + (body == null ? "" : " " + abbreviate(body));
        if (status < 300 && !method.equals("GET")) {
            accepted.add(status + " " + what);
        }
        if (status >= 500) {
            failures.add(status + " " + what + " → " + abbreviate(r.body()));
        } else if (status >= 400 && user != null) {
            long entries = jdbc.sql("select count(*) from audit_entry where id > :m and actor = :u").param("m", mark)
                    .param("u", user).query(Long.class).single();
            if (entries > 0) {
                failures.add("audit entry after a refused " + what);
            }
        }
        return r;
    }

    private HttpResponse<String> exchange(String user, String method, String pathAndQuery, String contentType, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery));
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String token(String user) throws Exception {
        String t = tokens.get(user);
        if (t == null) {
            HttpResponse<String> r = exchange(null, "POST", "/api/v1/auth/token", "application/json",
                    "{\"username\":\"" + user + "\",\"password\":\"Anjian@2026\",\"totp\":\""
                            + cn.anjian.TestActors.secondFactorCode(jdbc, clock, user) + "\"}");
            assertThat(r.statusCode()).as("token for " + user).isEqualTo(200);
            t = json.readTree(r.body()).get("token").asString();
            tokens.put(user, t);
        }
        return t;
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…(" + s.length() + ")" : s;
    }
}
