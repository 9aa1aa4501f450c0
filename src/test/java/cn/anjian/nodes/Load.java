package cn.anjian.nodes;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mixed write load from a few client threads, alternating between the nodes: document numbers (a counter row, a
 * register row, an audit entry) and raw file uploads (a blob, a file row, an audit entry). Every answer is kept:
 * a 2xx is an acknowledged write whose id must be in the database afterwards.
 */
final class Load {

    record Result(String node, long at, int status, String kind, long id) {
    }

    record Figures(int acknowledged, int lost, int failed) {
    }

    private final Cluster cluster;
    private final List<Node> nodes;
    private final ConcurrentLinkedQueue<Result> results = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong seq = new AtomicLong();
    private ExecutorService pool;

    Load(Cluster cluster, List<Node> nodes) {
        this.cluster = cluster;
        this.nodes = nodes;
    }

    void start(int threads) throws Exception {
        pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            Client c = new Client().token(nodes.get(0), "zz_officer", TwoNodesIT.PASSWORD, null);
            int thread = t;
            pool.submit(() -> {
                while (running.get()) {
                    long i = seq.incrementAndGet();
                    Node n = nodes.get((int) ((i + thread) % nodes.size()));
                    if (!n.alive()) {
                        n = nodes.get(0).alive() ? nodes.get(0) : nodes.get(1);
                    }
                    write(c, n, i);
                }
                return null;
            });
        }
    }

    private void write(Client c, Node n, long i) {
        long at = System.nanoTime();
        String kind = i % 3 == 0 ? "file" : "number";
        try {
            HttpResponse<String> r = kind.equals("file")
                    ? c.http.send(HttpRequest.newBuilder(URI.create(n.base() + "/api/v1/files")).timeout(Duration.ofSeconds(20))
                            .header("Authorization", c.authorization()).header("Content-Type", "text/plain")
                            .header("X-File-Name", "load-" + i + ".txt")
                            .PUT(HttpRequest.BodyPublishers.ofString("two nodes load " + i + " " + System.nanoTime(), StandardCharsets.UTF_8))
                            .build(), HttpResponse.BodyHandlers.ofString())
                    : c.postJson(n, "/api/v1/documents/numbers", TwoNodesIT.numberRequest("load-" + i), Map.of());
            long id = r.statusCode() / 100 == 2 ? Client.json(r).get("id").asLong() : 0;
            results.add(new Result(n.name, at, r.statusCode(), kind, id));
        } catch (Exception e) {
            // connection refused or reset (the node was killed, or answered nothing): not acknowledged
            results.add(new Result(n.name, at, -1, kind, 0));
            try {
                Thread.sleep(50);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops the clients and checks every acknowledged write against the database. */
    Figures stop() throws Exception {
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        int acknowledged = 0;
        int lost = 0;
        int failed = 0;
        try (Connection c = cluster.db();
             PreparedStatement number = c.prepareStatement("select 1 from doc_number where id = ?");
             PreparedStatement file = c.prepareStatement("select 1 from file_object where id = ?")) {
            for (Result r : results) {
                if (r.status() / 100 != 2) {
                    failed++;
                    continue;
                }
                acknowledged++;
                PreparedStatement ps = r.kind().equals("file") ? file : number;
                ps.setLong(1, r.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        lost++;
                    }
                }
            }
        }
        return new Figures(acknowledged, lost, failed);
    }

    int okOn(Node n, long after) {
        return (int) results.stream().filter(r -> r.node().equals(n.name) && r.at() > after && r.status() / 100 == 2).count();
    }

    int serverErrorsOn(Node n) {
        return (int) results.stream().filter(r -> r.node().equals(n.name) && r.status() >= 500).count();
    }

    int serverErrorsAfter(long after) {
        return (int) results.stream().filter(r -> r.at() > after && r.status() >= 500).count();
    }

    int requestsAfter(long after) {
        return (int) results.stream().filter(r -> r.at() > after).count();
    }

    List<Result> results() {
        return new ArrayList<>(results);
    }
}
