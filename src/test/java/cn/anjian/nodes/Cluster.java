package cn.anjian.nodes;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.files.S3Server;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Issue 20: one PostgreSQL and the packaged application as separate processes ({@code java -jar}), as in a
 * deployment of several nodes behind a load balancer. The database is zonky's embedded PostgreSQL on its own data
 * directory and port, so it can be stopped and started again on the same data (the fault tests).
 */
final class Cluster implements AutoCloseable {

    /**
     * Where the nodes keep their files: one S3-compatible store both nodes share (S3Proxy on loopback, the same
     * server the file store's contract tests use), as in a deployment of several nodes. The secret goes on the
     * command line here only because this is a test; a deployment passes it in the environment.
     */
    List<String> fileStoreArguments() throws IOException {
        if (s3Arguments == null) {
            try {
                S3Server s3 = S3Server.get();
                String bucket = "anjian-nodes-" + ProcessHandle.current().pid();
                try (var client = s3.client()) {
                    client.createBucket(b -> b.bucket(bucket));
                }
                s3Arguments = List.of("--anjian.files.store=s3", "--anjian.files.s3.endpoint=" + s3.endpoint(),
                        "--anjian.files.s3.bucket=" + bucket, "--anjian.files.s3.access-key=" + S3Server.ACCESS,
                        "--anjian.files.s3.secret-key=" + S3Server.SECRET, "--anjian.files.root=" + dir.resolve("files"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        return s3Arguments;
    }

    private List<String> s3Arguments;
    final Path dir;
    final int pgPort;
    private EmbeddedPostgres pg;
    final List<Node> nodes = new ArrayList<>();

    Cluster() throws IOException {
        this.dir = Files.createTempDirectory("anjian-two-nodes-");
        // fixed ports on a shared machine (bench/mixed-load.sh: PG_PORT, PORT_A, PORT_B), else any free one
        this.pgPort = Integer.getInteger("anjian.nodes.pg-port", freePort());
    }

    void start() throws IOException, SQLException {
        startDatabase();
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "postgres"); Statement st = c.createStatement()) {
            st.execute("create role anjian login password 'anjian'");
            st.execute("create database anjian owner anjian encoding 'UTF8' template template0");
        }
    }

    /** Durable as in production (fsync, synchronous commit): an acknowledged write must survive. */
    void startDatabase() throws IOException {
        pg = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(false)
                .setPort(pgPort)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "120")
                .setServerConfig("timezone", "Asia/Shanghai")
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C")
                .start();
    }

    void stopDatabase() throws IOException {
        pg.close();
        pg = null;
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + database;
    }

    Connection db() throws SQLException {
        return DriverManager.getConnection(url("anjian"), "anjian", "anjian");
    }

    Node node(String name, boolean demoData, List<String> extra) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url("anjian"), "--spring.datasource.username=anjian",
                "--spring.datasource.password=anjian",
                // fail fast while the database is down, so requests answer instead of queueing (and health says DOWN)
                "--spring.datasource.hikari.connection-timeout=3000",
                "--anjian.demo-data=" + demoData, "--anjian.node-name=" + name,
                "--logging.structured.format.console=ecs"));
        args.addAll(fileStoreArguments());
        args.addAll(extra);
        Node n = new Node(name, Integer.getInteger("anjian.nodes.port." + name, freePort()), dir.resolve(name + ".log"), args);
        nodes.add(n);
        return n;
    }

    static boolean healthUp(HttpClient http, Node n) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(n.base() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        for (Node n : nodes) {
            n.kill();
        }
        if (pg != null) {
            pg.close();
        }
        // keep the logs and data of a failed run for a look (-Danjian.it.keep=true), else clean up
        if (!Boolean.getBoolean("anjian.it.keep")) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
