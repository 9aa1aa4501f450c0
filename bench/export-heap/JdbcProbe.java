import java.lang.management.ManagementFactory;
import java.util.stream.Stream;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Streams N case-like rows through kernel.ExportJdbc, inside a read-only transaction or not; live heap sampled. */
public class JdbcProbe {
    static long live() {
        for (int i = 0; i < 3; i++) { System.gc(); }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[0]);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(54599).start()) {
            HikariDataSource ds = new HikariDataSource();
            ds.setJdbcUrl("jdbc:postgresql://127.0.0.1:54599/postgres");
            ds.setUsername("postgres");
            try (var c = ds.getConnection(); var st = c.createStatement()) {
                st.execute("CREATE TABLE c AS SELECT g AS id, '晋城泽应急罚〔2026〕' || g || '号' AS case_number,"
                        + " '某某煤业有限公司未按规定开展安全生产教育培训案' || g AS title, 'PENALTY' AS kind, 'INVESTIGATION' AS stage,"
                        + " 'ANNUAL_PLAN' AS source, '山西某某煤业有限公司' || (g % 977) AS party_name, 'ENTERPRISE' AS party_kind,"
                        + " now() AS opened_at, now() AS due_at, NULL::timestamptz AS closed_at, '执法一科' AS unit_name"
                        + " FROM generate_series(1, " + n + ") g");
            }
            cn.anjian.kernel.ExportJdbc export = new cn.anjian.kernel.ExportJdbc(ds);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            tx.setReadOnly(true);
            for (boolean inTx : new boolean[] {true, false}) {
                long before = live();
                long[] peak = {0};
                Runnable run = () -> {
                    try (Stream<String[]> rows = export.sql("SELECT * FROM c ORDER BY id").query((rs, i) -> new String[] {
                            rs.getString(2), rs.getString(3), rs.getString(7)}).stream()) {
                        int[] k = {0};
                        rows.forEach(r -> { if (k[0]++ % (n / 4) == n / 8) { peak[0] = Math.max(peak[0], live()); } });
                    }
                };
                if (inTx) { tx.executeWithoutResult(s -> run.run()); } else { run.run(); }
                System.out.printf("%s, %d rows: live before %.1f MB, max during %.1f MB (+%.1f)%n",
                        inTx ? "read-only transaction" : "autocommit", n, before / 1e6, peak[0] / 1e6, (peak[0] - before) / 1e6);
            }
            ds.close();
        }
    }
}
