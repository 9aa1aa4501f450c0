package cn.anjian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 14: an anonymous GET of a portal page that is the same for everyone, or of a static resource, is answered by
 * {@code SecurityConfiguration.publicGetSecurity}: no session row, no session cookie, no CSRF token — with every security
 * header. Forms keep their CSRF token and refuse a POST without it; a portal page with a session cookie takes the web chain.
 */
class PublicGetChainTests extends IdentityTestSupport {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private long sessions() {
        return jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
    }

    private HttpResponse<String> fetch(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String unique() {
        return URLEncoder.encode("无状态" + System.nanoTime(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("IAM-07 an anonymous GET of the portal's pages and static files creates no session and sets no cookie, with every security header")
    void anonymousPortalGetIsStateless() throws Exception {
        long before = sessions();
        for (String url : new String[] {"/public", "/public/notices?page=1&n=" + unique(), "/public/search?q=" + unique(),
                "/public/before", "/css/app.css"}) {
            HttpResponse<String> r = fetch(url);
            assertThat(r.statusCode()).as(url).isEqualTo(200);
            assertThat(r.headers().allValues("Set-Cookie")).as(url).isEmpty();
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(url).hasValue(SecurityConfiguration.CSP);
            assertThat(r.headers().firstValue("X-Frame-Options")).as(url).hasValue("DENY");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(url).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(url).hasValue("strict-origin-when-cross-origin");
        }
        assertThat(sessions()).isEqualTo(before);
        // no CSRF token was even prepared: the stateless chain answered
        MvcResult page = mvc.perform(get("/public/search").param("q", "无状态检索" + System.nanoTime())).andExpect(status().isOk()).andReturn();
        assertThat(page.getRequest().getAttribute(CsrfToken.class.getName())).isNull();
        assertThat(page.getResponse().getCookies()).isEmpty();
    }

    @Test
    @DisplayName("IAM-07 the portal's forms keep CSRF: the form page carries the token, a POST without it is refused; a page with a session cookie takes the web chain")
    void formsKeepCsrf() throws Exception {
        MvcResult form = mvc.perform(get("/public/complaints/new").with(r -> {
            r.setRemoteAddr("10.20.14.71");
            return r;
        })).andExpect(status().isOk()).andReturn();
        assertThat(form.getResponse().getContentAsString()).contains("name=\"_csrf\"");
        mvc.perform(post("/public/complaints").param("title", "无令牌").with(r -> {
            r.setRemoteAddr("10.20.14.72");
            return r;
        })).andExpect(status().isForbidden());
        MvcResult withCookie = mvc.perform(get("/public/search").param("q", "有会话" + System.nanoTime())
                .cookie(new Cookie("SESSION", "not-a-session"))).andExpect(status().isOk()).andReturn();
        assertThat(withCookie.getRequest().getAttribute(CsrfToken.class.getName())).isNotNull();
    }
}
