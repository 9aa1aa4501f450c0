package cn.anjian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anjian.IntegrationTest;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DemoLoadingGateTests {

    @Autowired
    DemoLoadingGate gate;
    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("Startup: once Spring Boot's run is over (every demo loader done) the gate is open and health is UP")
    void openAfterStart() throws Exception {
        assertThat(gate.loading()).isFalse();
        assertThat(gate.health().getStatus()).isEqualTo(Status.UP);
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    @DisplayName("Startup: while the demo data loads, pages and APIs answer 503 in Chinese with Retry-After, health is OUT_OF_SERVICE, nothing reaches the application")
    void closedWhileLoading() throws Exception {
        DemoLoadingGate loading = new DemoLoadingGate(new MockEnvironment().withProperty("anjian.demo-data", "true"));
        assertThat(loading.loading()).isTrue();
        assertThat(loading.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        MockHttpServletResponse page = run(loading, "/public", "text/html");
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("5");
        assertThat(page.getContentAsString()).contains("系统正在启动").contains("http-equiv=\"refresh\"").doesNotContain("<script");
        MockHttpServletResponse api = run(loading, "/api/v1/auth/token", "application/json");
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"code\":\"DEMO-LOADING\"").contains("\"status\":503")
                .contains("请约 5 秒后重试");
        // health and static files pass (scripts wait on health; the page's stylesheet loads)
        assertThat(run(loading, "/actuator/health", "application/json").getStatus()).isEqualTo(200);
        assertThat(run(loading, "/css/app.css", "text/css").getStatus()).isEqualTo(200);

        loading.open();
        assertThat(loading.health().getStatus()).isEqualTo(Status.UP);
        assertThat(run(loading, "/public", "text/html").getStatus()).isEqualTo(200);
    }

    @Test
    @DisplayName("Startup: without demo data the gate is open from the start")
    void openWithoutDemo() throws Exception {
        DemoLoadingGate none = new DemoLoadingGate(new MockEnvironment().withProperty("anjian.demo-data", "false"));
        assertThat(none.loading()).isFalse();
        assertThat(run(none, "/login", "text/html").getStatus()).isEqualTo(200);
    }

    private static MockHttpServletResponse run(DemoLoadingGate gate, String path, String accept) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Accept", accept);
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = new MockFilterChain();
        gate.doFilter(request, response, chain);
        return response;
    }
}
