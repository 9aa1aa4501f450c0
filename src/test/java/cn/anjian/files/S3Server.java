package cn.anjian.files;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.anjian.files.internal.S3BlobStore;

/**
 * A real S3-compatible server on loopback for the tests: S3Proxy (Maven Central, org.gaul:s3proxy, its
 * jclouds filesystem backend) started once per test JVM as a child process from the one jar that the build
 * copies to target/s3proxy (its Jetty 12, jclouds and Jackson never meet the application's class path).
 * It honours If-None-Match: * on PutObject and CompleteMultipartUpload, which is what the store relies on.
 */
public final class S3Server {

    public static final String ACCESS = "anjian-test";
    public static final String SECRET = "anjian-test-secret";

    private static S3Server instance;

    private final Process process;
    private final URI endpoint;
    private int buckets;

    private S3Server(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    public static synchronized S3Server get() throws IOException, InterruptedException {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** The server's process id (bench/mixed-load.sh counts its CPU time with the store's). */
    public long pid() {
        return process.pid();
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A new empty bucket (each test class its own, so leftovers are counted exactly) and a store on it. */
    public synchronized S3BlobStore newStore(int partSize) {
        String bucket = "anjian-" + ProcessHandle.current().pid() + "-" + (++buckets);
        S3BlobStore store = new S3BlobStore(settings(bucket, SECRET, partSize));
        try (var s3 = client()) {
            s3.createBucket(b -> b.bucket(bucket));
        }
        store.checkReachable();
        return store;
    }

    public S3BlobStore.Settings settings(String bucket, String secret, int partSize) {
        return new S3BlobStore.Settings(endpoint, "us-east-1", bucket, ACCESS, secret, true, partSize, true);
    }

    public software.amazon.awssdk.services.s3.S3Client client() {
        return software.amazon.awssdk.services.s3.S3Client.builder().endpointOverride(endpoint)
                .region(software.amazon.awssdk.regions.Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(ACCESS, SECRET)))
                .httpClientBuilder(software.amazon.awssdk.http.apache5.Apache5HttpClient.builder())
                .build();
    }

    private static S3Server start() throws IOException, InterruptedException {
        Path jar = Path.of("target/s3proxy/s3proxy.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("target/s3proxy/s3proxy.jar missing: run the build (generate-test-resources copies it)");
        }
        int port = freePort();
        Path dir = Files.createTempDirectory("anjian-s3-");
        Path data = Files.createDirectories(dir.resolve("data"));
        Path props = dir.resolve("s3proxy.properties");
        Files.writeString(props, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS,
                "s3proxy.credential=" + SECRET,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + data), java.nio.charset.StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", jar.toAbsolutePath().toString(), "--properties", props.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("s3proxy.log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("S3Proxy exited: " + Files.readString(dir.resolve("s3proxy.log")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return new S3Server(p, URI.create("http://127.0.0.1:" + port));
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("S3Proxy did not start within 60 s");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
