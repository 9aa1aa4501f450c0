package cn.anjian.publicity.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.anjian.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14, measured in one JVM (not a test of speed: it asserts only that both answer the same): the bench's search
 * URLs (bench/portal.sh's search-miss.lua) asked of the index and of the PostgreSQL search, after a warm-up, on the
 * bench's 1,000,000 entries; prints the build time, the index's heap and the ms per class (0 hits, fewer than 1,001,
 * capped). Runs only when asked, on a copy of the bench's data dir (the app's own arguments as system properties):
 * <pre>
 * ./mvnw -B -ntp -o test -Dtest=PortalSearchIndexBench -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Danjian.bench.search-urls=/tmp/hA/p1/search-miss.lua -Danjian.embedded-db.data-dir=/tmp/hA/p1/pg \
 *   -Danjian.embedded-db.port=55001 -Danjian.embedded-db.durable=true -Dspring.flyway.out-of-order=true \
 *   -Dspring.flyway.validate-on-migrate=false '-Dspring.flyway.ignore-migration-patterns=*:missing'
 * </pre>
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "anjian.bench.search-urls", matches = ".+")
class PortalSearchIndexBench {

    private static final Pattern URL = Pattern.compile("'/public/search\\?q=([^'&]*)(?:&portal=(\\d+))?'");

    @Autowired PortalDirectory directory;
    @Autowired PortalSearchIndex index;

    record Ask(PortalDirectory.Portal portal, String text, int page) {
    }

    @Test
    void indexAgainstPostgresql() throws Exception {
        List<Ask> asks = new ArrayList<>();
        Matcher m = URL.matcher(Files.readString(Path.of(System.getProperty("anjian.bench.search-urls"))));
        while (m.find()) {
            String text = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8).strip();
            for (int page : new int[] {0, 49}) {
                asks.add(new Ask(directory.portal(m.group(2)), text, page));
            }
        }
        index.close();
        Runtime rt = Runtime.getRuntime();
        long before = used(rt);
        long t0 = System.nanoTime();
        index.rebuild();
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        long heapMb = (used(rt) - before) >> 20;
        System.out.printf("BENCH build %d ms, heap of the index %d MB, %d asks%n", buildMs, heapMb, asks.size());

        PortalDirectory.Hits[] want = new PortalDirectory.Hits[asks.size()];
        for (int i = 0; i < asks.size(); i++) { // the answers compared (PostgreSQL's page 49 of a capped term is slow: once)
            Ask a = asks.get(i);
            want[i] = directory.search(a.portal(), a.text(), a.page(), null);
            assertThat(index.search(a.portal().agency().scopePath(), a.text(), a.page()))
                    .as("«%s» page %d", a.text(), a.page()).isEqualTo(want[i]);
        }
        for (int round = 0; round < 3; round++) { // warm-up
            for (int i = 0; i < asks.size(); i++) {
                Ask a = asks.get(i);
                index.search(a.portal().agency().scopePath(), a.text(), a.page());
                if (a.page() == 0) {
                    directory.search(a.portal(), a.text(), a.page(), null);
                }
            }
        }
        long[] slowest = new long[asks.size()];
        String[] classes = {"0 hits", "1-1000 hits", "capped"};
        long[][] nanos = new long[2][6];
        int[] count = new int[6];
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < asks.size(); i++) {
                Ask a = asks.get(i);
                int c = (want[i].total() == 0 ? 0 : want[i].capped() ? 2 : 1) + (a.page() == 0 ? 0 : 3);
                long s = System.nanoTime();
                index.search(a.portal().agency().scopePath(), a.text(), a.page());
                long e = System.nanoTime();
                if (a.page() == 0) {
                    directory.search(a.portal(), a.text(), a.page(), null);
                }
                long f = System.nanoTime();
                slowest[i] += e - s;
                nanos[0][c] += e - s;
                nanos[1][c] += f - e;
                count[c]++;
            }
        }
        for (int c = 0; c < 6; c++) {
            if (count[c] > 0) {
                System.out.printf("BENCH page %s, %-12s %5d searches: index %.3f ms, PostgreSQL %.3f ms per search (page 0 only)%n",
                        c < 3 ? "0 " : "49", classes[c % 3], count[c], nanos[0][c] / 1e6 / count[c], nanos[1][c] / 1e6 / count[c]);
            }
        }
        Integer[] order = new Integer[asks.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Long.compare(slowest[y], slowest[x]));
        for (int k = 0; k < 8; k++) {
            Ask a = asks.get(order[k]);
            System.out.printf("BENCH slow: %.3f ms «%s» %s page %d, %d hits%n", slowest[order[k]] / 5e6, a.text(),
                    a.portal().agency().name(), a.page(), want[order[k]].total());
        }
        long ix = nanos[0][0] + nanos[0][1] + nanos[0][2];
        long pg = nanos[1][0] + nanos[1][1] + nanos[1][2];
        System.out.printf("BENCH page 0 total per round: index %.1f ms, PostgreSQL %.1f ms (ratio %.1f)%n", ix / 5e6, pg / 5e6,
                (double) pg / ix);
    }

    private static long used(Runtime rt) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
