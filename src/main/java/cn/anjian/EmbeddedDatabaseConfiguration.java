package cn.anjian;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts PostgreSQL inside the application when no external database is configured
 * ({@code SPRING_DATASOURCE_URL} / {@code spring.datasource.url} absent). With an external database
 * this class does nothing, so production never runs an embedded server by accident.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseConfiguration.EmbeddedDbProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /**
     * @param port        listening port on 127.0.0.1; 0 picks a free one (tests)
     * @param dataDir     where the cluster lives; empty means a throw-away temporary cluster (tests)
     * @param database    database the application uses
     * @param username    role the application connects as
     * @param password    its password
     * @param durable     fsync and synchronous commit on (the product); tests turn it off for speed
     */
    @ConfigurationProperties("anjian.embedded-db")
    record EmbeddedDbProperties(Integer port, String dataDir, String database, String username,
                                String password, Boolean durable) {
        EmbeddedDbProperties {
            port = port == null ? 54329 : port;
            dataDir = dataDir == null ? "./data/pg" : dataDir;
            database = database == null ? "anjian" : database;
            username = username == null ? "anjian" : username;
            password = password == null ? "anjian" : password;
            durable = durable == null ? Boolean.TRUE : durable;
        }

        boolean ephemeral() {
            return dataDir.isBlank();
        }
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }

    // zonky's own JVM shutdown hook would stop PostgreSQL while Spring is still closing; Spring closes it instead.
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDbProperties props) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .setServerConfig("timezone", "Asia/Shanghai")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C");
        if (props.durable()) {
            // zonky starts the server with -F and synchronous_commit=off; acknowledged data must survive a crash.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        if (props.port() > 0) {
            builder.setPort(props.port());
        }
        if (!props.ephemeral()) {
            Path dir = Path.of(props.dataDir()).toAbsolutePath().normalize();
            Files.createDirectories(dir);
            stopLeftoverServer(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        EmbeddedPostgres pg = builder.start();
        log.info("Embedded PostgreSQL listening on 127.0.0.1:{} (data: {})", pg.getPort(),
                props.ephemeral() ? "temporary" : props.dataDir());
        return pg;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres pg, EmbeddedDbProperties props) throws SQLException {
        ensureDatabase(pg, props);
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/" + props.database());
        ds.setUsername(props.username());
        ds.setPassword(props.password());
        ds.setMaximumPoolSize(20);
        ds.setPoolName("anjian-embedded");
        return ds;
    }

    private static void ensureDatabase(EmbeddedPostgres pg, EmbeddedDbProperties props) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            if (!props.ephemeral()) {
                // When the port is already taken by another PostgreSQL, ours cannot bind but the start-up
                // check still connects — to the other server. Refuse to run on someone else's database.
                Path expected = Path.of(props.dataDir()).toAbsolutePath().normalize();
                try (ResultSet rs = st.executeQuery("show data_directory")) {
                    rs.next();
                    Path actual = Path.of(rs.getString(1)).toAbsolutePath().normalize();
                    if (!actual.equals(expected)) {
                        throw new IllegalStateException("Port " + pg.getPort() + " is already used by another PostgreSQL (data "
                                + actual + "); stop it or set anjian.embedded-db.port to a free port");
                    }
                }
            }
            String user = quoteIdent(props.username());
            try (ResultSet rs = st.executeQuery("select 1 from pg_roles where rolname = '" + props.username().replace("'", "''") + "'")) {
                if (!rs.next()) {
                    st.execute("create role " + user + " login password '" + props.password().replace("'", "''") + "'");
                }
            }
            try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + props.database().replace("'", "''") + "'")) {
                if (!rs.next()) {
                    st.execute("create database " + quoteIdent(props.database()) + " owner " + user
                            + " encoding 'UTF8' template template0");
                }
            }
        }
    }

    private static String quoteIdent(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /**
     * PostgreSQL runs as a separate process: after a hard kill of the JVM it keeps running and holds
     * the port and the data directory. Ask it to shut down (SIGINT = fast shutdown) before starting.
     */
    private static void stopLeftoverServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> leftover = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::trim).filter(s -> s.matches("\\d+")).map(Long::parseLong)
                .flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (leftover.isEmpty()) {
            return; // stale pid file: PostgreSQL itself ignores it when the process is gone
        }
        ProcessHandle p = leftover.get();
        log.warn("Stopping PostgreSQL (pid {}) left over from a previous run", p.pid());
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("无法停止上次遗留的嵌入式 PostgreSQL 进程 " + p.pid(), e);
        }
    }
}
