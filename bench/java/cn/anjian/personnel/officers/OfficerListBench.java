package cn.anjian.personnel.officers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.Scope;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.personnel.OfficerFilter;
import cn.anjian.personnel.Officers;
import cn.anjian.personnel.PageResult;
import cn.anjian.personnel.PostStatus;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Province-scale officers: 50,000 people, 40,000 officers, 1,000,000 trainings generated with SQL across
 * every county of Shanxi. Measures the filtered, paginated officer list (the real {@link Officers#list})
 * with 10 concurrent users, the province-wide OFF-02 shortfall report, and the Excel import of 10,000
 * officers (time and heap).
 *
 * <pre>./mvnw -q -Pbench test -Dtest=OfficerListBench</pre>
 */
@SpringBootTest
class OfficerListBench {

    static final int PEOPLE = Integer.getInteger("bench.people", 50_000);
    static final int OFFICERS = Integer.getInteger("bench.officers", 40_000);
    static final int TRAININGS = Integer.getInteger("bench.trainings", 1_000_000);
    static final int IMPORT = Integer.getInteger("bench.import", 10_000);
    static final int USERS = 10;
    static final int QUERIES_PER_USER = Integer.getInteger("bench.queries", 200);

    @Autowired Officers officers;
    @Autowired OfficerService service;
    @Autowired OfficerImport importer;
    @Autowired JdbcClient jdbc;

    @Test
    void provinceScale() throws Exception {
        long t0 = System.nanoTime();
        generate();
        System.out.printf("GENERATE: %d people, %d officers, %d trainings, %d certificates in %.1f s%n",
                count("per_person"), count("off_officer"), count("off_training"), count("off_certificate"),
                (System.nanoTime() - t0) / 1e9);

        long province = jdbc.sql("SELECT id FROM org_jurisdiction WHERE code = '140000'").query(Long.class).single();
        TestActor provinceActor = actor(province);
        List<Long> counties = jdbc.sql("SELECT id FROM org_jurisdiction WHERE level = 3 ORDER BY id").query(Long.class).list();
        List<String> surnames = List.of("王", "李", "张", "刘", "陈", "杨", "赵");
        int year = LocalDate.now().getYear();

        // warm-up
        for (int i = 0; i < 30; i++) {
            officers.list(provinceActor, OfficerFilter.none(), i, 20);
        }

        // ---- filtered, paginated list: 10 concurrent users ----
        List<Long> samples = Collections.synchronizedList(new ArrayList<>());
        List<List<Long>> byCase = new ArrayList<>();
        for (int c = 0; c < 7; c++) {
            byCase.add(Collections.synchronizedList(new ArrayList<>()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        List<Future<?>> futures = new ArrayList<>();
        long l0 = System.nanoTime();
        for (int u = 0; u < USERS; u++) {
            int seed = u;
            futures.add(pool.submit(() -> {
                Random r = new Random(seed);
                for (int q = 0; q < QUERIES_PER_USER; q++) {
                    TestActor a = r.nextInt(3) == 0 ? provinceActor : actor(counties.get(r.nextInt(counties.size())));
                    int kind = r.nextInt(7);
                    OfficerFilter f = switch (kind) {
                        case 0 -> OfficerFilter.none();
                        case 1 -> new OfficerFilter(surnames.get(r.nextInt(surnames.size())), null, null, null, null);
                        case 2 -> new OfficerFilter(null, null, "VALID", null, null);
                        case 3 -> new OfficerFilter(null, null, "EXPIRED", null, null);
                        case 4 -> new OfficerFilter(null, null, "NONE", null, PostStatus.ON_POST);
                        case 5 -> new OfficerFilter(null, null, null, true, null);
                        default -> new OfficerFilter(surnames.get(r.nextInt(surnames.size())), null, "VALID", true, null);
                    };
                    int page = r.nextInt(10) < 7 ? 0 : r.nextInt(20);
                    long s = System.nanoTime();
                    officers.list(a, f, page, 20);
                    samples.add(System.nanoTime() - s);
                    byCase.get(kind).add(System.nanoTime() - s);
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long l1 = System.nanoTime();
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        System.out.printf("LIST: %d queries by %d users in %.1f s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                sorted.size(), USERS, (l1 - l0) / 1e9, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e6);

        String[] names = {"none", "name", "valid", "expired", "none-cert+on-post", "shortfall", "name+valid+shortfall"};
        for (int c = 0; c < 7; c++) {
            List<Long> l = new ArrayList<>(byCase.get(c));
            Collections.sort(l);
            System.out.printf("LIST[%s]: n=%d p50 %.1f ms p95 %.1f ms%n", names[c], l.size(), pct(l, 50), pct(l, 95));
        }

        // ---- OFF-02 yearly shortfall report for the whole province ----
        List<Long> report = new ArrayList<>();
        PageResult<ShortfallRow> first = null;
        for (int i = 0; i < 5; i++) {
            long s = System.nanoTime();
            first = service.shortfalls(provinceActor, year, 0, 1000);
            report.add(System.nanoTime() - s);
        }
        Collections.sort(report);
        System.out.printf("SHORTFALL: province, %d officers short in %d; first page of 1,000 with total: median %.0f ms, max %.0f ms%n",
                first.total(), year, report.get(2) / 1e6, report.get(4) / 1e6);
        long all0 = System.nanoTime();
        long rows = 0;
        for (int p = 0; p * 1000L < first.total(); p++) {
            rows += service.shortfalls(provinceActor, year, p, 1000).items().size();
        }
        System.out.printf("SHORTFALL-ALL: all %d rows in pages of 1,000: %.0f ms%n", rows, (System.nanoTime() - all0) / 1e6);

        // ---- Excel import of 10,000 officers ----
        long zz = jdbc.sql("SELECT id FROM org_jurisdiction WHERE code = '140525'").query(Long.class).single();
        TestActor hr = actor(zz);
        byte[] file = workbook(IMPORT);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long i0 = System.nanoTime();
        ImportResult result = importer.importFile(hr, new ByteArrayInputStream(file));
        long i1 = System.nanoTime();
        running.set(false);
        sampler.join();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        System.out.printf("IMPORT: %s from a %d KiB file in %.1f s (%.0f rows/s)%n", result, file.length >> 10, (i1 - i0) / 1e9,
                IMPORT / ((i1 - i0) / 1e9));
        System.out.printf("HEAP: before %d MiB, peak sampled during import %d MiB (growth %d MiB), after GC %d MiB (max %d MiB)%n",
                baseline >> 20, peak.get() >> 20, (peak.get() - baseline) >> 20, after >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
        assertThat(result.officers()).isEqualTo(IMPORT);
    }

    private TestActor actor(long jurisdictionId) {
        record J(String path, Long agency) {
        }
        J j = jdbc.sql("""
                        SELECT j.path, a.id FROM org_jurisdiction j
                        LEFT JOIN org_agency a ON a.jurisdiction_id = j.id AND a.kind = 'EMERGENCY_MANAGEMENT' AND a.status = 'ACTIVE'
                        WHERE j.id = :id""")
                .param("id", jurisdictionId).query((rs, n) -> new J(rs.getString(1), (Long) rs.getObject(2))).single();
        return new TestActor(1, "bench", "bench", j.agency() == null ? 1 : j.agency(), "bench", null, jurisdictionId,
                new Scope(j.path()), Set.of("personnel:read", "personnel:manage", "personnel:import"));
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    /** People spread over every county's emergency-management agency; officers, trainings over 5 years, certificates. */
    private void generate() {
        jdbc.sql("""
                INSERT INTO org_agency (jurisdiction_id, scope_path, kind, name)
                SELECT j.id, j.path, 'EMERGENCY_MANAGEMENT', j.name || '应急管理局' FROM org_jurisdiction j
                WHERE j.level <= 3 AND j.status = 'ACTIVE' AND NOT EXISTS (
                  SELECT 1 FROM org_agency a WHERE a.jurisdiction_id = j.id AND a.kind = 'EMERGENCY_MANAGEMENT' AND a.status = 'ACTIVE')""")
                .update();
        jdbc.sql("""
                CREATE TEMP TABLE bench_agency AS
                SELECT row_number() OVER (ORDER BY a.id) - 1 AS n, a.id, a.jurisdiction_id, a.scope_path
                FROM org_agency a JOIN org_jurisdiction j ON j.id = a.jurisdiction_id
                WHERE a.kind = 'EMERGENCY_MANAGEMENT' AND a.status = 'ACTIVE' AND j.level <= 3""").update();
        long agencies = count("bench_agency");
        jdbc.sql("""
                INSERT INTO per_person (name, gender, id_card, birth_date, phone, education, agency_id, jurisdiction_id, scope_path,
                                        created_at, updated_at)
                SELECT substr('王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗', g % 20 + 1, 1)
                         || substr('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平', (g / 20) % 20 + 1, 1)
                         || substr('华玉兰萍红建国志文斌', (g / 400) % 10 + 1, 1),
                       CASE WHEN g % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END,
                       '99' || lpad(g::text, 16, '0'), DATE '1965-01-01' + (g % 12000), '139' || lpad(g::text, 8, '0'),
                       'BACHELOR', a.id, a.jurisdiction_id, a.scope_path, now(), now()
                FROM generate_series(1, :n) g JOIN bench_agency a ON a.n = g % :agencies""")
                .param("n", PEOPLE).param("agencies", agencies).update();
        jdbc.sql("""
                INSERT INTO off_officer (person_id, name, agency_id, scope_path, post_status, post_since, hired_on, created_at)
                SELECT p.id, p.name, p.agency_id, p.scope_path, CASE WHEN p.id % 10 = 0 THEN 'OFF_POST' ELSE 'ON_POST' END,
                       DATE '2015-01-01' + (p.id % 3000)::int, DATE '2015-01-01' + (p.id % 3000)::int, now()
                FROM per_person p WHERE p.id_card LIKE '99%' ORDER BY p.id LIMIT :n""").param("n", OFFICERS).update();
        int perOfficer = Math.max(1, TRAININGS / OFFICERS);
        int thisYear = LocalDate.now().getYear();
        // trainings spread over the last 5 years; kinds mostly refresher; hours 4..16
        jdbc.sql("""
                INSERT INTO off_training (person_id, course, kind, class_hours, start_date, end_date, centralised, exam_result,
                                          safety_law_exam, training_year, created_at)
                SELECT o.person_id, '安全生产执法轮训',
                       (ARRAY['REFRESHER','REFRESHER','REFRESHER','PUBLIC_LAW','ROTATION','PRE_JOB'])[k % 6 + 1],
                       4 + (o.person_id + k) % 13, d, d + 2, TRUE, 'PASSED', k % 6 = 5, extract(year FROM d + 2)::int, now()
                FROM (SELECT person_id, row_number() OVER (ORDER BY person_id) AS rn FROM off_officer WHERE person_id IN (SELECT id FROM per_person WHERE id_card LIKE '99%')) o
                CROSS JOIN generate_series(0, :per - 1) k
                CROSS JOIN LATERAL (SELECT make_date(:y - (k % 5), 1 + (o.rn + k)::int % 11, 1 + k % 27) AS d) dd""")
                .param("per", perOfficer).param("y", thisYear - 1).update();
        // this year's trainings for most officers (some short, some without any)
        jdbc.sql("""
                INSERT INTO off_training (person_id, course, kind, class_hours, start_date, end_date, centralised, exam_result,
                                          safety_law_exam, training_year, created_at)
                SELECT person_id, '年度轮训', 'REFRESHER', 8 + person_id % 20, make_date(:y, 1, 2), make_date(:y, 1, 3), TRUE, 'NONE',
                       FALSE, :y, now()
                FROM off_officer WHERE person_id % 7 <> 0 AND person_id IN (SELECT id FROM per_person WHERE id_card LIKE '99%')""").param("y", thisYear).update();
        jdbc.sql("""
                INSERT INTO off_year_hours (person_id, year, hours, trainings)
                SELECT person_id, training_year, coalesce(sum(class_hours) FILTER (WHERE kind IN ('REFRESHER', 'ROTATION')), 0), count(*)
                FROM off_training WHERE person_id IN (SELECT id FROM per_person WHERE id_card LIKE '99%') GROUP BY person_id, training_year""").update();
        jdbc.sql("""
                INSERT INTO off_certificate (person_id, number, kind, issuer, valid_from, valid_to, status, status_on, created_at)
                SELECT person_id, 'BENCH' || person_id, 'ENFORCEMENT', '山西省人民政府',
                       CASE WHEN person_id % 9 = 0 THEN DATE '2018-01-01' ELSE DATE '2023-01-01' END,
                       CASE WHEN person_id % 9 = 0 THEN DATE '2022-12-31' ELSE DATE '2027-12-31' END,
                       CASE WHEN person_id % 23 = 0 THEN 'REVOKED' WHEN person_id % 29 = 0 THEN 'SUSPENDED' ELSE 'VALID' END,
                       DATE '2023-01-01', now()
                FROM off_officer WHERE person_id % 13 <> 0 AND person_id IN (SELECT id FROM per_person WHERE id_card LIKE '99%')""").update();
        jdbc.sql("UPDATE off_officer o SET name = p.name FROM per_person p WHERE p.id = o.person_id AND p.id_card LIKE '99%'").update();
        jdbc.sql("""
                UPDATE off_officer o SET cert_number = c.number, cert_status = c.status, cert_valid_to = c.valid_to
                FROM off_certificate c WHERE c.person_id = o.person_id AND c.number LIKE 'BENCH%'""").update();
        jdbc.sql("""
                UPDATE off_officer o SET hours_year = y.year, year_hours = y.hours, year_trainings = y.trainings
                FROM off_year_hours y WHERE y.person_id = o.person_id AND y.year = :y""").param("y", thisYear).update();
        jdbc.sql("VACUUM ANALYZE").update();
    }

    /** An import file of n new officers for Zezhou (valid, unique ID cards; birth dates vary, sequence numbers vary). */
    private static byte[] workbook(int n) {
        List<List<String>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i % 9000);
            String first17 = "140525" + birth.toString().replace("-", "") + String.format("%03d", 500 + i / 9000);
            rows.add(List.of("导入" + i, IdCardNumber.complete(first17).value(), "", "大学本科", "安全工程", "",
                    "2020-07-01", i % 2 == 0 ? "不在岗" : "在岗", "2020-09-01"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExcelWriter w = FastExcel.write(out).build()) {
            w.write(rows, FastExcel.writerSheet(0, OfficerImport.OFFICER_SHEET)
                    .head(OfficerImport.OFFICER_COLUMNS.stream().map(List::of).toList()).build());
            w.write(List.of(), FastExcel.writerSheet(1, OfficerImport.TRAINING_SHEET)
                    .head(OfficerImport.TRAINING_COLUMNS.stream().map(List::of).toList()).build());
        }
        return out.toByteArray();
    }
}
