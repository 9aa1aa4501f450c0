package cn.anjian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;

/**
 * The database of the {@code @ApplicationModuleTest}s ({@link LeafModuleTest}). A module test boots
 * only its module, so neither {@code EmbeddedDatabaseConfiguration} nor other modules' Flyway Java
 * migrations are there. This (as the context initializer of {@link LeafModuleTest}) gives every module-test context one PostgreSQL per JVM (started on first
 * use, apart from the {@link IntegrationTest} context's) and all Java migrations, so the schema is
 * complete whichever module test runs first and Flyway migrates only once.
 */
@Configuration(proxyBeanMethods = false)
@Import(TestClockConfiguration.class)
@ComponentScan(basePackages = "cn.anjian", useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = JavaMigration.class))
public class ModuleTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres shared;

    /** Points the context at the shared server: with spring.datasource.url set, EmbeddedDatabaseConfiguration stands aside. */
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgres pg = sharedServer();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("module-test-database", Map.of(
                "spring.datasource.url", pg.getJdbcUrl("postgres", DATABASE),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "spring.datasource.hikari.maximum-pool-size", "5",
                // org's division loader (a Java migration bean) exists only in contexts that include org
                "spring.flyway.ignore-migration-patterns", "*:missing")));
    }

    private static final String DATABASE = "anjian_modules";

    private static synchronized EmbeddedPostgres sharedServer() {
        if (shared == null) {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setServerConfig("timezone", "Asia/Shanghai")
                        .setLocaleConfig("encoding", "UTF8")
                        .setLocaleConfig("locale", "C")
                        .start();
                try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                    st.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
                shared = pg;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }
}
