package cn.anjian;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Scope;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Test principals that implement {@link Actor} like the real identity principal does, for MockMvc
 * tests of modules that must not depend on identity. Use {@code .with(TestActors.as(actor))}.
 */
public final class TestActors {

    private TestActors() {
    }

    public record TestActor(long userId, String username, String displayName, long agencyId, String agencyName,
                            Long unitId, long jurisdictionId, Scope scope, Set<String> permissions) implements Actor {
        @Override
        public boolean hasPermission(String permission) {
            return permissions.contains(permission);
        }
    }

    public static TestActor actor(String username, long jurisdictionId, String scopePath, String... permissions) {
        return new TestActor(1000 + Math.abs(username.hashCode() % 1000), username, username, 1, "测试机构", null,
                jurisdictionId, new Scope(scopePath), Set.copyOf(Arrays.asList(permissions)));
    }

    /**
     * Issue 13: the current code of the demo administrators' authenticator (their published secret,
     * {@link cn.anjian.demo.DemoSecondFactor}), at the application's clock, for the second step of a real sign-in.
     * A code is good once, so the user's last accepted step is forgotten first (a test signs in as often as it
     * needs to, also within one 30-second step).
     */
    public static String secondFactorCode(org.springframework.jdbc.core.simple.JdbcClient jdbc, java.time.Clock clock,
                                          String username) {
        return secondFactorCode(jdbc, clock, username, cn.anjian.demo.DemoSecondFactor.SECRET);
    }

    /** As above, for a user enrolled with {@code secret}. */
    public static String secondFactorCode(org.springframework.jdbc.core.simple.JdbcClient jdbc, java.time.Clock clock,
                                          String username, String secret) {
        jdbc.sql("update iam_second_factor set last_step = null where user_id = (select id from iam_user where lower(username) = lower(:u))")
                .param("u", username).update();
        try {
            return new dev.samstevens.totp.code.DefaultCodeGenerator().generate(secret,
                    Math.floorDiv(clock.instant().getEpochSecond(), 30));
        } catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Browser tests: after the password was submitted, answers the second step if the sign-in asks for one (the
     * demo administrators), then waits until the page has left the sign-in pages.
     */
    public static void answerSecondStep(com.microsoft.playwright.Page page, org.springframework.jdbc.core.simple.JdbcClient jdbc,
                                        java.time.Clock clock, String username) {
        page.waitForURL(u -> !u.endsWith("/login"));
        if (page.url().contains("/login/code")) {
            page.fill("#code", secondFactorCode(jdbc, clock, username));
            page.click("button[type=submit]");
            page.waitForURL(u -> !u.contains("/login"));
        }
    }

    public static RequestPostProcessor as(TestActor actor) {
        List<SimpleGrantedAuthority> authorities = actor.permissions().stream().map(SimpleGrantedAuthority::new).toList();
        return authentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities));
    }
}
