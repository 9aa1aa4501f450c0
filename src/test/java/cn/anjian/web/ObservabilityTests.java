package cn.anjian.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 20 (observability): request ids, the error page's 参考号, the protected Prometheus endpoint. */
@IntegrationTest
class ObservabilityTests {

    private static final Pattern SHOWN = Pattern.compile("参考号 <span id=\"request-id\">([^<]+)</span>");

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    @DisplayName("a refusal page shows as its 参考号 the request id of the X-Request-Id response header")
    void refusalPageShowsTheRequestId() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/public/no-such-page-obs")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(404);
        String header = r.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(shown(r.body())).isEqualTo(header);
    }

    @Test
    @DisplayName("a container error page (rejected before any handler) shows the same 参考号 as the response header")
    void containerErrorPageShowsTheRequestId() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/public/a;b=c"))
                        .header("X-Request-Id", "lb-7f3a9c21e4").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isBetween(400, 499);
        assertThat(r.headers().firstValue("X-Request-Id")).hasValue("lb-7f3a9c21e4");
        assertThat(shown(r.body())).isEqualTo("lb-7f3a9c21e4");
    }

    @Test
    @DisplayName("a well-formed incoming X-Request-Id is kept; a malformed one (spaces, markup, too long) is replaced")
    void incomingIdsAreCheckedFirst() throws Exception {
        assertThat(mvc.perform(get("/public/no-such-page-obs").header("X-Request-Id", "abc-123_45.6:7")).andReturn()
                .getResponse().getHeader("X-Request-Id")).isEqualTo("abc-123_45.6:7");
        for (String bad : new String[] {"<script>x</script>", "a b c d e f g h", "x".repeat(65), "short"}) {
            String answered = mvc.perform(get("/public/no-such-page-obs").header("X-Request-Id", bad)).andReturn()
                    .getResponse().getHeader("X-Request-Id");
            assertThat(answered).isNotEqualTo(bad).matches("[0-9A-F]{16}");
        }
        assertThat(RequestIdFilter.accept(null)).isNotEqualTo(RequestIdFilter.accept(null));
    }

    @Test
    @DisplayName("/actuator/prometheus: anonymous 401, without the monitoring permission 403, with it 200 and the business metrics")
    void prometheusIsProtected() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isEqualTo(401);
        var officer = TestActors.actor("obs_officer", 1, "/1/", "home:view", "case:read");
        assertThat(mvc.perform(get("/actuator/prometheus").with(TestActors.as(officer))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        var monitor = TestActors.actor("obs_monitor", 1, "/1/", "home:view", "ops:monitor");
        MockHttpServletResponse ok = mvc.perform(get("/actuator/prometheus").with(TestActors.as(monitor))).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentAsString(StandardCharsets.UTF_8)).contains("anjian_cases_opened_total", "anjian_files_uploaded_total",
                "anjian_deadlines_overdue", "anjian_sync_requests_total", "anjian_sync_replays_total", "hikaricp_connections_active",
                "http_server_requests_seconds");
        // no long task timer per request (application.yml: management.metrics.observations.ignored-meters)
        assertThat(ok.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("http_server_requests_active");
    }

    private static String shown(String body) {
        Matcher m = SHOWN.matcher(body);
        assertThat(m.find()).as("the page shows a 参考号: %s", body).isTrue();
        return m.group(1);
    }
}
