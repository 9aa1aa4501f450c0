package cn.anjian.mines;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An approved plan written by a test fixture. The plan in force is the latest approved one of its jurisdiction
 * ({@code CoverageSql.PLANS}), so a fixture plan filed under the county itself would silently replace the demo's plan
 * of that county for every test class that runs later (seen in CI: MineDemoDataTests after the commissioner
 * fixtures). Fixture plans are therefore filed under the county's townships in turn: still inside the county's scope,
 * never the county's own plan.
 */
public final class FixturePlans {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private FixturePlans() {
    }

    /** A new APPROVED plan of {@code year} under a township of the county; returns its id. */
    public static long approved(JdbcClient jdbc, long countyId, int year) {
        List<Object[]> towns = jdbc.sql("SELECT id, path FROM org_jurisdiction WHERE parent_id = :c AND status = 'ACTIVE' ORDER BY code")
                .param("c", countyId).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        if (towns.isEmpty()) {
            throw new IllegalStateException("no township under jurisdiction " + countyId);
        }
        Object[] town = towns.get(Math.floorMod(NEXT.getAndIncrement(), towns.size()));
        return jdbc.sql("""
                        INSERT INTO mine_plan (version, jurisdiction_id, scope_path, plan_year, status, created_at, created_by)
                        VALUES (0, :j, :p, :y, 'APPROVED', :at, 'test') RETURNING id""")
                .param("j", town[0]).param("p", town[1]).param("y", year).param("at", Timestamp.from(Instant.now()))
                .query(Long.class).single();
    }
}
