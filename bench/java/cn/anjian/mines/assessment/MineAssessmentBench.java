package cn.anjian.mines.assessment;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.Scope;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 performance: assess every commissioner of the province-scale synthetic year ({@code bench/mine-assessment.sql}:
 * 2,750 mines, 9,000 commissioners, ≈ 1.6 million checks at {@code -Dbench.scale=1}) through the real
 * {@link CommissionerAssessments#computeAll} as a province user. Prints the wall time, the heap peak (used heap sampled
 * every 20 ms, minus the level before) and a digest (SHA-256 over commissioner, grade, completion, criteria in
 * commissioner order); runs twice from scratch and fails when the digests differ, then once more over the stored drafts
 * (the idempotent re-run: nothing written).
 */
@IntegrationTest
class MineAssessmentBench {

    @Autowired CommissionerAssessments assessments;
    @Autowired Jurisdictions jurisdictions;
    @Autowired JdbcTemplate template;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void province() throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        int year = today.getYear();
        String sql = Files.readString(Path.of(System.getProperty("bench.sql", "bench/mine-assessment.sql")))
                .replace("__MINES__", String.valueOf(Math.max(1, Math.round(2750 * scale))))
                .replace("__COMMISSIONERS__", String.valueOf(Math.max(3, Math.round(9000 * scale))))
                .replace("__YEAR__", String.valueOf(year)).replace("__TODAY__", today.toString());
        long g0 = System.nanoTime();
        for (String statement : sql.split("\n-- @@\n")) {
            template.execute(statement);
        }
        System.out.printf("data: %d commissioners, %d mines, %d checks, generated in %d ms%n",
                count("mine_commissioner WHERE created_by = 'bench'"), count("mine_mine WHERE created_by = 'bench'"),
                count("mine_check WHERE recorded_by = 'bench'"), (System.nanoTime() - g0) / 1_000_000);
        Jurisdiction province = jurisdictions.findByCode("140000").orElseThrow();
        TestActor actor = new TestActor(999_001, "bench_province", "基准省级", 0, "基准", null, province.id(),
                new Scope(province.path()), Set.of("mine:assess"));
        String first = run("run 1", actor, year, true);
        String second = run("run 2", actor, year, true);
        run("re-run over drafts", actor, year, false);
        System.out.println(first.equals(second) ? "digests identical" : "DIGESTS DIFFER");
        assertThat(second).isEqualTo(first);
    }

    private String run(String label, TestActor actor, int year, boolean fresh) throws Exception {
        if (fresh) {
            jdbc.sql("DELETE FROM mine_assessment WHERE year = :y AND commissioner_id IN (SELECT id FROM mine_commissioner WHERE created_by = 'bench')")
                    .param("y", year).update();
        }
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        CommissionerAssessments.Summary s = assessments.computeAll(actor, year);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        String digest = digest(year);
        System.out.printf("%s: %d ms wall, heap peak +%.1f MB (used before %.1f MB), %s, digest %s%n", label, ms,
                (peak.get() - before) / 1048576.0, before / 1048576.0, s.text(), digest);
        System.out.println("grades: " + jdbc.sql("""
                        SELECT string_agg(grade || ' ' || n, ', ' ORDER BY grade) FROM (
                          SELECT a.grade, count(*) AS n FROM mine_assessment a JOIN mine_commissioner c ON c.id = a.commissioner_id
                          WHERE c.created_by = 'bench' AND a.year = :y GROUP BY a.grade) g""")
                .param("y", year).query(String.class).single());
        return digest;
    }

    /** SHA-256 of the ordered results: commissioner, grade, completion, every criterion's reason (and its ladders' effect). */
    private String digest(int year) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        jdbc.sql("""
                        SELECT c.name, a.grade, a.done_checks, a.required_checks, a.criteria FROM mine_assessment a
                        JOIN mine_commissioner c ON c.id = a.commissioner_id
                        WHERE c.created_by = 'bench' AND a.year = :y ORDER BY c.id""")
                .param("y", year)
                .query(rs -> {
                    String line = rs.getString(1) + '\t' + rs.getString(2) + '\t' + rs.getInt(3) + '/' + rs.getInt(4) + '\t'
                            + rs.getString(5) + '\n';
                    sha.update(line.getBytes(StandardCharsets.UTF_8));
                });
        return HexFormat.of().formatHex(sha.digest());
    }

    private long count(String from) {
        return jdbc.sql("SELECT count(*) FROM " + from).query(Long.class).single();
    }
}
