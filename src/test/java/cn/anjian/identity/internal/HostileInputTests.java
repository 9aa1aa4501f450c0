package cn.anjian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13 findings 4, 5 and 7 over real HTTP (MockMvc would skip Tomcat's decoding): hostile bytes in
 * query strings, headers and JSON bodies get a 400 in the app's format with its security headers, never a 500.
 */
class HostileInputTests extends IdentityTestSupport {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String rawPathAndQuery, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + rawPathAndQuery));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postJson(String path, String json, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String token(String... roles) throws Exception {
        var j = fx.jurisdiction("探测市", null);
        long agency = fx.agency(j, "探测局");
        String name = IdentityFixtures.unique("probe");
        fx.user(name, agency, false, roles);
        var r = postJson("/api/v1/auth/token", "{\"username\":\"" + name + "\",\"password\":\"" + IdentityFixtures.PASSWORD + "\"}", null);
        assertThat(r.statusCode()).isEqualTo(200);
        return JsonPath.read(r.body(), "$.token");
    }

    @Test
    @DisplayName("IAM-07 a NUL byte in the token request's user name is a 400 problem, not a 500")
    void nulInLoginBody() throws Exception {
        var r = postJson("/api/v1/auth/token", "{\"username\":\"a\\u0000b\",\"password\":\"x\"}", null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    @Test
    @DisplayName("IAM-07 a NUL byte in a query parameter is a 400 on the API and on pages")
    void nulInQuery() throws Exception {
        String token = token("OFFICER");
        var api = get("/api/v1/enterprises?q=%00", token);
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"code\"");
        var anonymous = get("/login?x=%00", null);
        assertThat(anonymous.statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("IAM-07 invalid UTF-8 in a query string is a 400 with the app's headers, anonymous or not")
    void invalidUtf8() throws Exception {
        var page = get("/login?x=%C3%28", null);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        var pub = get("/public/notices?kind=%C3%28", null);
        assertThat(pub.statusCode()).isEqualTo(400);
        var api = get("/api/v1/enterprises?q=%C3%28", token("OFFICER"));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    @Test
    @DisplayName("IAM-07 an oversized or non-ASCII Authorization header gets a 4xx in the app's format with its security headers")
    void hostileHeaders() throws Exception {
        var huge = get("/api/v1/auth/me", "x".repeat(100_000));
        assertThat(huge.statusCode()).isBetween(400, 499);
        assertThat(huge.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(huge.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(huge.body()).doesNotContain("Apache Tomcat");
        // java.net.http refuses to send a non-ASCII header: a raw request, as a hostile client would write it
        String nonAscii = raw("GET /api/v1/auth/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer 令牌\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(nonAscii).startsWith("HTTP/1.1 400");
        assertThat(nonAscii).contains("application/problem+json").contains("\"code\":\"BAD-REQUEST\"").contains("nosniff")
                .contains("Content-Security-Policy").contains("\"instance\":\"/api/v1/auth/me\"");
    }

    private String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("OFF-09 the shortfall list's second page answers (count query assembled with the scope condition)")
    void shortfallsSecondPage() throws Exception {
        var r = get("/api/v1/personnel/officers/shortfalls?page=1", token("HR"));
        assertThat(r.statusCode()).isEqualTo(200);
    }
}
