package cn.anjian.legalreview.review;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import cn.anjian.legalreview.Classification;
import cn.anjian.legalreview.ClassifyInput;
import cn.anjian.legalreview.MajorDecisions;
import cn.anjian.legalreview.Measure;
import cn.anjian.legalreview.PartyKind;
import cn.anjian.settings.Setting;
import cn.anjian.settings.internal.BenchSettings;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Issue 10 target: classification ≥ 50,000 decisions/s in-process. JMH (1.37) over the real {@link Classifier}
 * on the real settings path ({@link BenchSettings}: SettingReader → SettingStore snapshot, only its SQL stubbed),
 * with stored versions like a province that changed its rules over the years (the citizen threshold raised in
 * 2025, one category switched off and on again), 4,096 random decisions of 2023–2026 (kinds, party kinds, fines
 * and confiscations around the thresholds, 0–3 measures). Besides {@code classify}: {@code parseAndClassify} (what
 * the endpoint does after JSON: {@link ClassifyRequests#parse} of the typed strings + classify), and a fixed-work
 * {@code baseline} (SHA-256 of 1 KiB) measured in the same run, so that runs on a shared machine compare as ratios.
 *
 * <pre>./mvnw -q -Pbench test -Dtest=ClassifierBench     # -Dbench.threads=2, -Dbench.forks=N, -Dbench.prof=stack|gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8"})
public class ClassifierBench {

    static final int N = 4096;

    MajorDecisions classifier;
    ClassifyInput[] inputs;
    LocalDate[] days;
    String[][] typed;
    byte[] kib;
    int i;

    @Setup(Level.Trial)
    public void setUp() {
        Map<Setting<?>, Map<LocalDate, String>> versions = new LinkedHashMap<>();
        versions.put(LegalReviewSettings.FINE_CITIZEN, Map.of(LocalDate.of(2025, 1, 1), "20000"));
        versions.put(LegalReviewSettings.FINE_ORGANIZATION, Map.of(LocalDate.of(2024, 3, 1), "50000", LocalDate.of(2025, 7, 1), "80000"));
        versions.put(LegalReviewSettings.CATEGORIES.get(Measure.COMPLEX_CASE),
                Map.of(LocalDate.of(2024, 6, 1), LegalReviewSettings.CATEGORIES.get(Measure.COMPLEX_CASE).stored(false),
                        LocalDate.of(2025, 6, 1), LegalReviewSettings.CATEGORIES.get(Measure.COMPLEX_CASE).stored(true)));
        classifier = new Classifier(BenchSettings.of(versions));
        SplittableRandom rnd = new SplittableRandom(42);
        inputs = new ClassifyInput[N];
        days = new LocalDate[N];
        typed = new String[N][];
        Measure[] all = Measure.values();
        Measure.Kind[] kinds = Measure.Kind.values();
        LocalDate from = LocalDate.of(2023, 1, 1);
        for (int k = 0; k < N; k++) {
            Measure.Kind kind = kinds[rnd.nextInt(kinds.length)];
            PartyKind party = rnd.nextBoolean() ? PartyKind.CITIZEN : PartyKind.ORGANIZATION;
            BigDecimal fine = rnd.nextInt(4) == 0 ? null : BigDecimal.valueOf(rnd.nextInt(20_000_000), 2); // 0 … 200,000 yuan
            BigDecimal conf = rnd.nextInt(3) == 0 ? BigDecimal.valueOf(rnd.nextInt(10_000_000), 2) : null;
            EnumSet<Measure> ms = EnumSet.noneOf(Measure.class);
            for (int m = rnd.nextInt(4); m > 0; m--) {
                ms.add(all[rnd.nextInt(all.length)]);
            }
            inputs[k] = new ClassifyInput(kind, party, fine, conf, ms);
            days[k] = from.plusDays(rnd.nextInt(4 * 365));
            List<String> codes = new ArrayList<>();
            ms.forEach(m -> codes.add(m.name()));
            typed[k] = new String[3 + codes.size()];
            typed[k][0] = kind.name();
            typed[k][1] = party.name();
            typed[k][2] = fine == null ? null : fine.toPlainString();
            for (int c = 0; c < codes.size(); c++) {
                typed[k][3 + c] = codes.get(c);
            }
        }
        kib = new byte[1024];
        rnd.nextBytes(kib);
        Classification c = classifier.classify(inputs[0], days[0]);
        if (c.ruleSetVersion() == null || !c.ruleSetVersion().startsWith("rs-")) {
            throw new IllegalStateException("unexpected classification " + c);
        }
    }

    @Benchmark
    public Classification classify() {
        int k = i++ & (N - 1);
        return classifier.classify(inputs[k], days[k]);
    }

    @Benchmark
    public Classification parseAndClassify() {
        int k = i++ & (N - 1);
        String[] t = typed[k];
        List<String> codes = new ArrayList<>(t.length - 3);
        for (int c = 3; c < t.length; c++) {
            codes.add(t[c]);
        }
        return classifier.classify(ClassifyRequests.parse(t[0], t[1], t[2], null, codes), days[k]);
    }

    /** Fixed work, the same in every build: the machine's speed at the moment of the run. */
    @Benchmark
    public byte[] baseline() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(kib);
    }

    @Test
    void run() throws Exception {
        int threads = Integer.getInteger("bench.threads", 1);
        var opts = new OptionsBuilder().include(ClassifierBench.class.getName() + "\\.")
                .threads(threads).forks(Integer.getInteger("bench.forks", 1));
        String prof = System.getProperty("bench.prof");   // e.g. -Dbench.prof=stack or gc
        if (prof != null && !prof.isBlank()) {
            opts.addProfiler(prof);
        }
        Map<String, Double> score = new LinkedHashMap<>();
        for (RunResult r : new Runner(opts.build()).run()) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            score.put(name, r.getPrimaryResult().getScore());
            System.out.printf("RESULT %-17s %,14.0f ops/s ± %,.0f (99.9%%), %d thread(s)%n", name, r.getPrimaryResult().getScore(),
                    r.getPrimaryResult().getScoreError(), threads);
        }
        double base = score.getOrDefault("baseline", Double.NaN);
        System.out.printf("RATIO classify/baseline %.4f, parseAndClassify/baseline %.4f; load average %s%n",
                score.get("classify") / base, score.get("parseAndClassify") / base,
                new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg")), StandardCharsets.US_ASCII).trim());
    }
}
