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
import java.util.stream.Collectors;

/**
 * The statistics benchmark's client (bench/statistics.sh): one JVM, kept-alive HTTP/1.1 connections, CLIENTS threads
 * sharing N GETs of one URL with the session of a curl cookie jar. A bash and a curl per request cost the 2-core machine
 * more CPU than some of the requests measured (bench/RESULTS.md, expert draw). Run with the JDK's source launcher:
 *   java bench/statistics/GetClient.java URL COOKIE_JAR N CLIENTS
 * prints the seconds of each request, one per line (the script's format); a non-200 answer is fatal.
 */
public class GetClient {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        String cookie = Files.readAllLines(Path.of(args[1])).stream()
                .map(l -> l.startsWith("#HttpOnly_") ? l.substring("#HttpOnly_".length()) : l)
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                .filter(f -> f.length >= 7).map(f -> f[5] + "=" + f[6]).collect(Collectors.joining("; "));
        int n = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest get = HttpRequest.newBuilder(uri).header("Cookie", cookie).timeout(Duration.ofSeconds(120)).GET().build();
        for (int i = 0; i < clients; i++) {   // unmeasured: the client's JIT and its connections
            send(http, get);
        }
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger left = new AtomicInteger(n);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    long t0 = System.nanoTime();
                    send(http, get);
                    lines.add(String.format("%.6f", (System.nanoTime() - t0) / 1e9));
                }
                return null;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
            throw new IllegalStateException("timed out");
        }
        lines.forEach(System.out::println);
    }

    static void send(HttpClient http, HttpRequest get) {
        try {
            HttpResponse<byte[]> r = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                System.err.println("HTTP " + r.statusCode() + " for " + get.uri());
                System.exit(1);
            }
        } catch (Exception e) {
            System.err.println(e);
            System.exit(1);
        }
    }
}
