package cn.anjian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Issue 20 item 7: the browser session costs less per request and behaves the same on every node (IAM-04: the idle
 * timeout; a session ended or changed in the database holds at the next request).
 */
class SessionStoreTuningTests extends IdentityTestSupport {

    @Autowired
    SessionRepositoryFilter<?> sessionFilter;

    @Test
    @DisplayName("IAM-04 Spring Session's filter saves through the repository that skips a last-access-only write")
    void filterUsesQuietSessions() {
        assertThat(ReflectionTestUtils.getField(sessionFilter, "sessionRepository")).isInstanceOf(QuietSessions.class);
    }


    private Cookie login(String name) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", name).param("password", IdentityFixtures.PASSWORD))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    private String newUser(String prefix) {
        var j = fx.jurisdiction("会话写入市", null);
        String name = IdentityFixtures.unique(prefix);
        fx.user(name, fx.agency(j, "会话写入局"), false, "OFFICER");
        return name;
    }

    private long lastAccess(String name) {
        return jdbc.sql("select last_access_time from spring_session where principal_name = :u").param("u", name)
                .query(Long.class).single();
    }

    private long expiry(String name) {
        return jdbc.sql("select expiry_time - last_access_time from spring_session where principal_name = :u").param("u", name)
                .query(Long.class).single();
    }

    /** Spring Session compares with the wall clock: age the row instead of sleeping. */
    private void age(String name, long millis) {
        jdbc.sql("update spring_session set last_access_time = last_access_time - :d, expiry_time = expiry_time - :d"
                + " where principal_name = :u").param("d", millis).param("u", name).update();
    }

    @Test
    @DisplayName("IAM-04 the last-access time is written when it moved by a minute or more, not on every request; the expiry follows it")
    void lastAccessWrittenAtMostOncePerMinute() throws Exception {
        String name = newUser("sesswr");
        Cookie session = login(name);
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
        age(name, 30_000);
        long aged = lastAccess(name);
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
        assertThat(lastAccess(name)).as("30 s later: not written").isEqualTo(aged);

        age(name, SessionStoreTuning.ACCESS_WRITE_MILLIS - 30_000);   // now a minute behind
        long minuteBehind = lastAccess(name);
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
        assertThat(lastAccess(name)).as("a minute later: written").isGreaterThanOrEqualTo(minuteBehind + SessionStoreTuning.ACCESS_WRITE_MILLIS);
        assertThat(expiry(name)).as("expiry = last access + idle timeout").isEqualTo(IdentitySettings.IDLE_TIMEOUT.defaultValue().toMillis());
    }

    @Test
    @DisplayName("IAM-04 a session idle beyond the timeout is refused although recent requests were not written; one ended in the database (another node's sign-out) is refused at once")
    void idleAndEndedSessionsRefused() throws Exception {
        String name = newUser("sessend");
        Cookie session = login(name);
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
        age(name, IdentitySettings.IDLE_TIMEOUT.defaultValue().toMillis() + 1_000);
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));

        String other = newUser("sessdel");
        Cookie second = login(other);
        mvc.perform(get("/account/password").cookie(second)).andExpect(status().isOk());
        jdbc.sql("delete from spring_session where principal_name = :u").param("u", other).update();
        mvc.perform(get("/account/password").cookie(second)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    @DisplayName("IAM-01 the stored security context is decoded once per distinct stored form; changed bytes or a context cleared in place are decoded again")
    void decodedContexts() {
        AtomicInteger decodes = new AtomicInteger();
        DeserializingConverter java = new DeserializingConverter(getClass().getClassLoader());
        var contexts = new SessionStoreTuning.DecodedContexts(b -> {
            decodes.incrementAndGet();
            return java.convert(b);
        });
        SerializingConverter out = new SerializingConverter();
        byte[] a = out.convert(context("甲", "case:read"));
        byte[] b = out.convert(context("甲", "case:read", "case:manage"));

        SecurityContext first = (SecurityContext) contexts.convert(a.clone());
        assertThat(contexts.convert(a.clone())).as("same bytes, read again: the same object, not decoded again").isSameAs(first);
        assertThat(decodes).hasValue(1);
        SecurityContext changed = (SecurityContext) contexts.convert(b);
        assertThat(changed.getAuthentication().getAuthorities()).hasSize(2);
        assertThat(decodes).hasValue(2);

        first.setAuthentication(null);   // a logout clears the context in place
        SecurityContext again = (SecurityContext) contexts.convert(a.clone());
        assertThat(again).isNotSameAs(first);
        assertThat(again.getAuthentication().getName()).isEqualTo("甲");
        assertThat(decodes).hasValue(3);

        byte[] csrf = out.convert(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "令牌"));
        Object token = contexts.convert(csrf.clone());
        assertThat(contexts.convert(csrf.clone())).isSameAs(token);
        assertThat(contexts.convert(out.convert("会话属性"))).isEqualTo("会话属性");
        assertThat(contexts.size()).as("only security contexts and CSRF tokens are kept").isEqualTo(3);
    }

    private static SecurityContext context(String name, String... authorities) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(authorities).stream().map(SimpleGrantedAuthority::new).toList()));
    }
}
