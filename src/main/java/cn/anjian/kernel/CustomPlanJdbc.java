package cn.anjian.kernel;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The JDBC client of a list whose best plan depends on its parameters (a scope prefix, the rarity of a filter value):
 * its statements are never server-prepared by PgJDBC (prepare threshold 0), so PostgreSQL plans each execution for its
 * parameters, as {@code SET LOCAL plan_cache_mode = force_custom_plan} did — without that statement and the transaction
 * it needs (three round trips and a COMMIT per page before; one now; issue 20 item 7). Not a {@code JdbcClient} bean
 * itself, so the application's own client (server-prepared from the fifth use) stays the one injected everywhere else.
 */
@Component
public class CustomPlanJdbc {

    /** {@code org.postgresql.PGStatement} (a runtime dependency) and its {@code setPrepareThreshold(int)}, if there. */
    private static final Class<?> PG_STATEMENT;
    private static final MethodHandle SET_THRESHOLD;

    static {
        Class<?> type = null;
        MethodHandle set = null;
        try {
            type = Class.forName("org.postgresql.PGStatement");
            set = MethodHandles.publicLookup().findVirtual(type, "setPrepareThreshold", MethodType.methodType(void.class, int.class));
        } catch (ReflectiveOperationException e) {
            type = null;   // another driver: statements as it prepares them
        }
        PG_STATEMENT = type;
        SET_THRESHOLD = set;
    }

    private final JdbcClient client;

    public CustomPlanJdbc(DataSource dataSource) {
        this.client = JdbcClient.create(new JdbcTemplate(dataSource) {
            @Override
            protected void applyStatementSettings(Statement stmt) throws SQLException {
                super.applyStatementSettings(stmt);
                oneShot(stmt);
            }
        });
    }

    public JdbcClient.StatementSpec sql(String sql) {
        return client.sql(sql);
    }

    static void oneShot(Statement stmt) throws SQLException {
        if (PG_STATEMENT != null && stmt.isWrapperFor(PG_STATEMENT)) {
            try {
                SET_THRESHOLD.invoke(stmt.unwrap(PG_STATEMENT), 0);
            } catch (SQLException | RuntimeException e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
