package cn.anjian.identity.internal;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Test data for identity tests: jurisdictions, agencies and units inserted with SQL (the org module's
 * Java API is not used by identity), users through the real service. Names are unique per call so test
 * classes sharing one database never collide with each other or with demo data.
 */
final class IdentityFixtures {

    static final String PASSWORD = "Secret-Pass9";
    private static final AtomicInteger SEQ = new AtomicInteger();

    record Jurisdiction(long id, String path) {
    }

    private final JdbcClient jdbc;
    private final cn.anjian.identity.UserAdministration users;
    private final PrincipalLoader principals;

    IdentityFixtures(JdbcClient jdbc, cn.anjian.identity.UserAdministration users, PrincipalLoader principals) {
        this.jdbc = jdbc;
        this.users = users;
        this.principals = principals;
    }

    static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000L + "_" + SEQ.incrementAndGet();
    }

    Jurisdiction jurisdiction(String name, Jurisdiction parent) {
        int level = parent == null ? 1 : (int) parent.path().chars().filter(c -> c == '/').count();
        String code = "9" + String.format("%011d", Math.abs(System.nanoTime() % 100_000_000_000L) + SEQ.incrementAndGet());
        long id = jdbc.sql("insert into org_jurisdiction (code, name, level, parent_id, path) values (:c, :n, :l, :p, :tmp) returning id")
                .param("c", code.substring(0, 12)).param("n", name).param("l", Math.min(level, 4))
                .param("p", parent == null ? null : parent.id()).param("tmp", "tmp-" + code)
                .query(Long.class).single();
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        jdbc.sql("update org_jurisdiction set path = :path where id = :id").param("path", path).param("id", id).update();
        return new Jurisdiction(id, path);
    }

    long agency(Jurisdiction j, String name) {
        return jdbc.sql("insert into org_agency (jurisdiction_id, scope_path, kind, name) values (:j, :p, 'OTHER', :n) returning id")
                .param("j", j.id()).param("p", j.path()).param("n", name).query(Long.class).single();
    }

    long unit(long agencyId, String name) {
        return jdbc.sql("insert into org_unit (agency_id, kind, name) values (:a, 'OTHER', :n) returning id")
                .param("a", agencyId).param("n", name).query(Long.class).single();
    }

    /** A user with the standard test password; returns the user id. */
    long user(String username, long agencyId, boolean mustChange, String... roles) {
        return users.createUser(username, "测试" + username.substring(0, Math.min(6, username.length())), agencyId, null,
                Set.of(roles), PASSWORD, mustChange);
    }

    IdentityPrincipal principal(long userId) {
        return principals.load(userId).orElseThrow();
    }

    /** MockMvc: act as this real user (its permissions and scope). */
    RequestPostProcessor as(long userId) {
        Authentication auth = PrincipalLoader.authenticated(principal(userId), null);
        return authentication(auth);
    }
}
