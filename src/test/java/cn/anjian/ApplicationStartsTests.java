package cn.anjian;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ApplicationStartsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void migrationsRunOnTheEmbeddedPostgres() {
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
                .isPositive();
        assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("17.");
    }
}
