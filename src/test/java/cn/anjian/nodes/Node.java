package cn.anjian.nodes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One application node: {@code java -jar} of the packaged application, its log in a file. */
final class Node {

    final String name;
    final int port;
    final Path log;
    private final List<String> args;
    private Process process;

    Node(String name, int port, Path log, List<String> args) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.args = args;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    void start() throws IOException {
        String jar = System.getProperty("anjian.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("the packaged application is missing (system property anjian.jar): " + jar);
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // the tests start fast on C1 alone; a benchmark (bench/mixed-load.sh) passes the production-like options
        cmd.addAll(List.of(System.getProperty("anjian.node.jvm", "-Xmx512m -XX:TieredStopAtLevel=1").strip().split("\\s+")));
        cmd.addAll(List.of("-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8", "-jar", jar, "--server.port=" + port));
        cmd.addAll(args);
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Waits until the node answers UP; returns how long it took. */
    Duration awaitUp(HttpClient http, Duration timeout) throws InterruptedException, IOException {
        long t0 = System.nanoTime();
        long end = t0 + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            if (Files.exists(log) && Files.readString(log).contains("Started AnjianApplication") && Cluster.healthUp(http, this)) {
                return Duration.ofNanos(System.nanoTime() - t0);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not start within " + timeout + ":\n" + tail());
    }

    /** Waits until the node's log contains the text. */
    void awaitLog(String text, Duration timeout) throws InterruptedException, IOException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not log \"" + text + "\" within " + timeout + ":\n" + tail());
    }

    /** kill -9: no shutdown hook, no graceful stop. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The node's process id (bench/mixed-load.sh reads its CPU time from /proc). */
    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    String tail() throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        String s = Files.readString(log);
        return s.length() > 6000 ? s.substring(s.length() - 6000) : s;
    }

    HttpResponse<String> get(HttpClient http, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
