package cn.anjian.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.audit.AuditTrail;
import cn.anjian.audit.VerificationResult;
import cn.anjian.audit.internal.RestoredAudit;
import cn.anjian.files.StoredFile;
import cn.anjian.files.internal.FileService;
import cn.anjian.files.internal.IntegrityScan;
import cn.anjian.files.internal.LocalBlobStore;
import cn.anjian.files.internal.RestoredFiles;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 20 item 4: ops/backup.sh then ops/restore.sh into a fresh database cluster and file store; on the
 * restored copy the audit module's chain verification and the files module's integrity scan (every blob
 * re-hashed) both pass, and the records written just before the backup are there.
 */
@IntegrationTest
@Tag("ops")
class BackupRestoreTests {

    static final TestActors.TestActor OFFICER = TestActors.actor("officer", 42, "/1/5/42/", "file:upload", "file:read");

    @Autowired EmbeddedPostgres pg;
    @Autowired DataSource dataSource;
    @Autowired FileService files;
    @Autowired LocalBlobStore store;
    @Autowired AuditTrail audit;
    @Autowired IntegrityScan scan;
    @Autowired JdbcClient jdbc;

    @TempDir
    Path work;

    @Test
    @DisplayName("backup and restore: the restored audit chain verifies and every restored file's SHA-256 matches")
    void backupAndRestore() throws Exception {
        List<StoredFile> stored = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            byte[] bytes = ("备份演练 " + i + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
            stored.add(files.store(new ByteArrayInputStream(bytes), "备份" + i + ".txt", "text/plain", null, OFFICER));
        }
        scan.scan(true, "system"); // blobs other tests tampered with on purpose are marked before the copy
        audit.chainPending();
        VerificationResult source = audit.verify();
        assertThat(source.ok()).isTrue();

        String dataDir;
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("show data_directory")) {
            rs.next();
            dataDir = rs.getString(1);
        }
        Path backup = work.resolve("backup");
        run(Map.of("PGHOST", "127.0.0.1", "PGPORT", String.valueOf(pg.getPort()), "PGUSER", "postgres",
                "PGDATABASE", "postgres", "PGDATA_DIR", dataDir, "FILES_ROOT", store.root().toString()),
                "ops/backup.sh", backup.toString());

        Path restoredData = work.resolve("restored-pg");
        Path restoredFiles = work.resolve("restored-files");
        run(Map.of("TARGET_PGDATA", restoredData.toString(), "TARGET_FILES_ROOT", restoredFiles.toString()),
                "ops/restore.sh", backup.toString());

        // the restored copy starts like the application's embedded server would on it (zonky, existing data dir)
        try (EmbeddedPostgres restoredPg = EmbeddedPostgres.builder().setDataDirectory(restoredData).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).setPGStartupWait(java.time.Duration.ofSeconds(120))
                .setServerConfig("listen_addresses", "127.0.0.1").start()) {
            int port = restoredPg.getPort();
            String url = ((HikariDataSource) dataSource).getJdbcUrl().replaceFirst(":\\d+/", ":" + port + "/");
            DataSource restored = new DriverManagerDataSource(url, ((HikariDataSource) dataSource).getUsername(),
                    ((HikariDataSource) dataSource).getPassword());

            VerificationResult chain = RestoredAudit.verify(restored);
            assertThat(chain.ok()).as("restored audit chain: %s", chain.reason()).isTrue();
            assertThat(chain.entries()).isGreaterThanOrEqualTo(source.entries());

            JdbcClient restoredJdbc = JdbcClient.create(restored);
            for (StoredFile f : stored) {
                assertThat(restoredJdbc.sql("select sha256 from file_object where id = :id").param("id", f.id())
                        .query(String.class).single()).isEqualTo(f.sha256());
            }
            IntegrityScan.Summary summary = RestoredFiles.scanAll(restored, restoredFiles);
            assertThat(summary.corrupt()).isZero();
            assertThat(summary.ok()).isEqualTo(summary.blobs()).isGreaterThanOrEqualTo(stored.size());
        }
    }

    private void run(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("ops.log").toFile());
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("ops.log").toFile()));
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        assertThat(p.exitValue()).as("%s exit code; log:%n%s", command[0], Files.readString(work.resolve("ops.log"))).isZero();
    }
}
