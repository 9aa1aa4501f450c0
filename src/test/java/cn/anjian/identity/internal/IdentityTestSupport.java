package cn.anjian.identity.internal;

import cn.anjian.IntegrationTest;

import cn.anjian.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The one Spring test setup of the identity tests (same as every other module's, so the context is shared). */
@IntegrationTest
@RecordApplicationEvents
abstract class IdentityTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserService users;
    @Autowired
    UserDirectory directory;
    @Autowired
    PrincipalLoader principals;
    @Autowired
    MutableClock clock;
    @Autowired
    IdentityProperties properties;
    @Autowired
    ApplicationEvents events;

    IdentityFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new IdentityFixtures(jdbc, directory, principals);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long auditCount(String action) {
        return events.stream(cn.anjian.kernel.AuditableEvent.class).filter(e -> e.action().equals(action)).count();
    }

    int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
