import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The expert draw benchmark's client (bench/expert-draw.sh): one JVM, kept-alive HTTP/1.1 connections, N threads each
 * posting the next request body. A curl process per draw cost more CPU than the server's draw on the 2-core machine, so
 * the bench measured its own client. Run with the JDK's source launcher:
 *   java bench/expertdraw/DrawClient.java BASE TOKEN BODIES CLIENTS OUT [WARMUP WARM_TIMES]
 * prints "status seconds" per measured draw to stdout (the script's format) and writes each 201 body to OUT, one per line.
 * With WARMUP > 0 it first makes WARMUP draws the same way (bodies taken in turn from BODIES; their answers go to OUT too,
 * so they are replayed like the rest, their times to WARM_TIMES), then creates OUT.warm and waits for OUT.go before the
 * measured pass: the script reads the processes' CPU in between, so "CPU per draw" is the warm server's.
 */
public class DrawClient {

    public static void main(String[] args) throws Exception {
        String base = args[0], token = args[1];
        List<String> bodies = Files.readAllLines(Path.of(args[2]));
        int clients = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<String> answers = Collections.synchronizedList(new ArrayList<>());
        if (warmup > 0) {
            List<String> warm = new ArrayList<>(warmup);
            for (int i = 0; i < warmup; i++) {
                warm.add(bodies.get(i % bodies.size()));
            }
            Files.write(Path.of(args[6]), pass(http, base, token, warm, clients, answers));
            Files.createFile(Path.of(out + ".warm"));
            Path go = Path.of(out + ".go");
            while (!Files.exists(go)) {
                Thread.sleep(20);
            }
        } else {
            // a few unmeasured draws first: the client's own JIT and connections, not the server's
            for (int i = 0; i < Math.min(clients, bodies.size()); i++) {
                post(http, base, token, bodies.get(i));
            }
        }
        pass(http, base, token, bodies, clients, answers).forEach(System.out::println);
        Files.write(out, answers);
    }

    /** Posts every body by `clients` threads; returns "status seconds" per draw, adds each 201 body to `answers`. */
    static List<String> pass(HttpClient http, String base, String token, List<String> bodies, int clients, List<String> answers)
            throws InterruptedException {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < bodies.size()) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r;
                    try {
                        r = post(http, base, token, bodies.get(i));
                    } catch (Exception e) {
                        lines.add("000 " + (System.nanoTime() - t0) / 1e9);
                        continue;
                    }
                    lines.add(r.statusCode() + " " + (System.nanoTime() - t0) / 1e9);
                    if (r.statusCode() == 201) {
                        answers.add(r.body().replace('\n', ' '));
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return lines;
    }

    static HttpResponse<String> post(HttpClient http, String base, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/experts/draws"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
