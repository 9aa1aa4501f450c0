package cn.anjian.nodes;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import cn.anjian.files.S3Server;

/** {@link MixedLoadBench}'s figures: one request, the recorder of a pass, CPU time from /proc, a pass's report. */
final class MixedLoadFigures {

    private MixedLoadFigures() {
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /** Latencies (µs) and errors per kind, kept only inside the measured window. */
    static final class Recorder {
        volatile boolean measuring;
        volatile boolean stop;
        final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        final Map<String, ConcurrentLinkedQueue<String>> samples = new ConcurrentHashMap<>();

        /** Counted when it started inside the window (a request still running at its end is counted when it ends). */
        void call(String kind, Call call) {
            boolean counted = measuring;
            long t0 = System.nanoTime();
            String error = null;
            try {
                HttpResponse<String> r = call.send();
                if (r.statusCode() >= 400) {
                    error = r.statusCode() + " " + r.body().substring(0, Math.min(160, r.body().length())).replace('\n', ' ');
                }
            } catch (Exception e) {
                error = e.getClass().getSimpleName() + " " + e.getMessage();
            }
            if (!counted) {
                return;
            }
            latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - t0) / 1000);
            if (error != null) {
                errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                ConcurrentLinkedQueue<String> s = samples.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>());
                if (s.size() < 3) {
                    s.add(error);
                }
            }
        }
    }

    /** CPU time in ms of the nodes, PostgreSQL, the S3 server, this client and the whole machine (/proc). */
    record Cpu(long jvm, long postgres, long store, long client, long machineBusy) {

        static final long TICK_MS = 10; // CLK_TCK 100 (Linux x86-64 and arm64)

        static Cpu read(Cluster cluster, List<Node> nodes) throws IOException {
            long jvm = 0;
            for (Node n : nodes) {
                jvm += own(n.pid());
            }
            long postmaster = Long.parseLong(Files.readAllLines(cluster.dir.resolve("pg").resolve("postmaster.pid")).get(0).strip());
            long pg = ownAndReaped(postmaster);
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) procs::iterator) {
                    String name = p.getFileName().toString();
                    if (name.chars().allMatch(Character::isDigit)) {
                        String[] f = stat(Long.parseLong(name));
                        if (f != null && Long.parseLong(f[1]) == postmaster) {
                            pg += (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_MS;
                        }
                    }
                }
            }
            long store;
            try {
                store = own(S3Server.get().pid());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                store = 0;
            }
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length; i++) {
                if (i != 4 && i != 5) { // all but idle and iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return new Cpu(jvm, pg, store, own(ProcessHandle.current().pid()), busy * TICK_MS);
        }

        /** The fields after the command name: [0] state, [1] ppid, … [11] utime, [12] stime, [13] cutime, [14] cstime. */
        static String[] stat(long pid) {
            try {
                String s = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                return s.substring(s.lastIndexOf(')') + 2).split(" ");
            } catch (IOException | RuntimeException e) {
                return null; // gone meanwhile
            }
        }

        static long own(long pid) {
            String[] f = stat(pid);
            return f == null ? 0 : (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_MS;
        }

        static long ownAndReaped(long pid) {
            String[] f = stat(pid);
            return f == null ? 0 : (Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14])) * TICK_MS;
        }
    }

    record Pass(int nodes, Recorder rec, double seconds, Cpu before, Cpu after) {

        long requests() {
            return rec.latencies.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        }

        double rate() {
            return requests() / seconds;
        }

        double cpuPerRequest() {
            long ours = (after.jvm() - before.jvm()) + (after.postgres() - before.postgres()) + (after.store() - before.store());
            return requests() == 0 ? 0 : (double) ours / requests();
        }

        void print() {
            System.out.printf("[mixed] === %d node%s: %.0f s, %d requests, %.1f req/s%n", nodes, nodes == 1 ? "" : "s", seconds,
                    requests(), rate());
            System.out.printf("[mixed] %-24s %8s %8s %8s %8s %8s %9s %8s%n", "kind", "requests", "req/s", "p50 ms", "p95 ms",
                    "p99 ms", "errors", "error %");
            long errorsAll = 0;
            for (String kind : new java.util.TreeSet<>(rec.latencies.keySet())) {
                long[] l = rec.latencies.get(kind).stream().mapToLong(Long::longValue).sorted().toArray();
                long e = rec.errors.getOrDefault(kind, new AtomicLong()).get();
                errorsAll += e;
                System.out.printf("[mixed] %-24s %8d %8.1f %8.1f %8.1f %8.1f %9d %7.2f%%%n", kind, l.length, l.length / seconds,
                        pct(l, 0.50), pct(l, 0.95), pct(l, 0.99), e, 100.0 * e / Math.max(1, l.length));
            }
            System.out.printf("[mixed] errors in all: %d of %d (%.2f%%)%n", errorsAll, requests(), 100.0 * errorsAll / Math.max(1, requests()));
            rec.samples.forEach((kind, s) -> s.forEach(x -> System.out.printf("[mixed]   error sample %s: %s%n", kind, x)));
            long jvm = after.jvm() - before.jvm();
            long pg = after.postgres() - before.postgres();
            long store = after.store() - before.store();
            long client = after.client() - before.client();
            long machine = after.machineBusy() - before.machineBusy();
            double n = Math.max(1, requests());
            System.out.printf("[mixed] CPU per request %.2f ms = JVM%s %.2f + PostgreSQL %.2f + S3 store %.2f "
                            + "(load generator %.2f ms/req, not counted; whole machine busy %.0f%% of %d cores, other processes %.0f s CPU)%n",
                    (jvm + pg + store) / n, nodes == 1 ? "" : "s", jvm / n, pg / n, store / n, client / n,
                    100.0 * machine / (seconds * 1000 * Runtime.getRuntime().availableProcessors()),
                    Runtime.getRuntime().availableProcessors(), (machine - jvm - pg - store - client) / 1000.0);
        }

        static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
        }
    }
}
