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

    public static RequestPostProcessor as(TestActor actor) {
        List<SimpleGrantedAuthority> authorities = actor.permissions().stream().map(SimpleGrantedAuthority::new).toList();
        return authentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities));
    }
}
