package cn.anjian.publicity.portal;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How often each search key (a title's bigram, a scope prefix) occurs among the published entries, from the statistics
 * ANALYZE keeps for {@code pub_publication.search_keys} (its most common elements). A term's share of the entries is at
 * most its rarest key's share, so the portal's search (issue 14) decides from it whether counting hits through the GIN
 * index would build a bitmap of hundreds of thousands of entries. A key missing from the list is rarer than every
 * listed one (counted as 0); no statistics yet (a fresh or small table) means every term counts through the index.
 */
@Component
@RequiredArgsConstructor
class SearchKeyStats {

    /** Statistics move only with ANALYZE (autovacuum); reread at most every few minutes, not per search. */
    private static final long MAX_AGE_NANOS = 300_000_000_000L;

    private final JdbcClient jdbc;

    private record Held(long loadedAt, Map<String, Double> freqs, double entries, Set<String> newestKeys,
                        Map<String, Map<String, Integer>> newest) {
    }

    private volatile Held held;

    /** The share (0..1) of entries that may hold every one of the keys: the smallest of their frequencies. */
    double upperShare(String... keys) {
        Map<String, Double> freqs = freqs();
        double share = keys.length == 0 ? 1 : Double.MAX_VALUE;
        for (String k : keys) {
            share = Math.min(share, freqs.getOrDefault(k, 0d));
        }
        return share;
    }

    /** A key at least this common ("有限", "公司": 90 % of the titles) narrows the candidates little and is the longest list of the index. */
    static final double UNSELECTIVE_SHARE = 0.5;

    /**
     * A bigram this rare narrows the candidates enough that the index's other keys only add lists to read: on a copy of
     * the bench's data, each term's count statement at the bigrams under 1, 2, 3 and 5 % against every key under 50 %
     * (ms for all the terms of a class): 1–1,000 hits 672 → 418, 309, 300, 378; 1,001–5,000 849 → 611, 433, 457, 514;
     * 0 hits 864 → 753, 751, 685, 745; 5,001–20,000 1,133 → 1,151, 1,110, 1,176, 1,168 (bench/portal-miss.md).
     */
    static final double SELECTIVE_SHARE = 0.02;

    /**
     * The keys worth asking the index for: the text's bigrams under {@link #SELECTIVE_SHARE} (none: the rarest, unless it is
     * unselective and the scope narrows instead) and the portal's scope key (null for the province, whose key is on every
     * entry). The LIKE on the title checks every candidate anyway, so leaving a key out never changes the hits; a full
     * company name's count read 844 index pages with "有限", "限公", "公司" and 198 without them (bench/portal-miss.md).
     */
    String[] selective(String[] bigrams, String scopeKey) {
        return selective(freqs(), bigrams, scopeKey);
    }

    static String[] selective(Map<String, Double> freqs, String[] bigrams, String scopeKey) {
        List<String> kept = new ArrayList<>(Arrays.stream(bigrams).filter(k -> freqs.getOrDefault(k, 0d) < SELECTIVE_SHARE).toList());
        if (kept.isEmpty() && bigrams.length > 0) {
            String rarest = Arrays.stream(bigrams).min(Comparator.comparingDouble(k -> freqs.getOrDefault(k, 0d))).orElseThrow();
            if (scopeKey == null || freqs.getOrDefault(rarest, 0d) < UNSELECTIVE_SHARE) {
                kept.add(rarest);
            }
        }
        if (scopeKey != null) {
            kept.add(scopeKey);
        }
        return kept.toArray(String[]::new);
    }

    /**
     * At most how many of the newest {@link PortalDirectory#WALK_BUDGET} live entries below the scope key hold every
     * one of the bigrams, as of the statistics' last reading: the fewest of them holding one. Counted for the bigrams of
     * a frequent term only (each of its bigrams is at least {@link PortalDirectory#FREQUENT_SHARE} common); any other
     * bigram, or no reading yet, gives no bound ({@link Integer#MAX_VALUE}). A place name frequent in the province is
     * absent from another city's newest entries (忻州市 on 晋城市's portal: 0), which the shares alone cannot tell.
     */
    int newestBound(String scopeKey, String[] bigrams) {
        Held h = held();
        Map<String, Integer> counts = h.newest().get(scopeKey);
        if (bigrams.length == 0 || !h.newestKeys().containsAll(Arrays.asList(bigrams))) {
            return Integer.MAX_VALUE;
        }
        int bound = Integer.MAX_VALUE;
        for (String b : bigrams) {
            bound = Math.min(bound, counts == null ? 0 : counts.getOrDefault(b, 0));
        }
        return bound;
    }

    /** Per scope key of each entry (its path's prefixes, as pub_scope_keys), how many entries hold each of the keys. */
    static Map<String, Map<String, Integer>> countByScope(List<String[]> titlesAndPaths, Set<String> keys) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (String[] e : titlesAndPaths) {
            List<String> found = Arrays.stream(SearchKeys.bigrams(e[0])).filter(keys::contains).toList();
            String path = e[1];
            for (int i = path.indexOf('/', 1); i > 0 && !found.isEmpty(); i = path.indexOf('/', i + 1)) {
                Map<String, Integer> c = out.computeIfAbsent(path.substring(0, i + 1), s -> new HashMap<>());
                found.forEach(k -> c.merge(k, 1, Integer::sum));
            }
        }
        return out;
    }

    /** The entries the frequencies are shares of (the table's row estimate of the same ANALYZE; 0 before any). */
    double entries() {
        return held().entries();
    }

    private Map<String, Double> freqs() {
        return held().freqs();
    }

    private Held held() {
        Held h = held;
        long now = System.nanoTime(); // freshness of a cache, not a business time
        if (h != null && now - h.loadedAt() < MAX_AGE_NANOS) {
            return h;
        }
        synchronized (this) { // one reading at a time: the newest entries' counts read 20,000 rows
            h = held;
            if (h != null && now - h.loadedAt() < MAX_AGE_NANOS) {
                return h;
            }
            h = load(now);
            held = h;
            return h;
        }
    }

    private Held load(long now) {
        // most_common_elem_freqs ends with three summary numbers: unnest pairs them with no element
        Map<String, Double> freqs = jdbc.sql("""
                        SELECT e.elem, e.freq FROM pg_stats s,
                               unnest(CAST(CAST(s.most_common_elems AS text) AS text[]), s.most_common_elem_freqs) AS e(elem, freq)
                        WHERE s.schemaname = current_schema() AND s.tablename = 'pub_publication' AND s.attname = 'search_keys'
                          AND e.elem IS NOT NULL""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getDouble(2))).list().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, Math::max));
        double entries = jdbc.sql("SELECT CAST(greatest(reltuples, 0) AS double precision) FROM pg_class WHERE oid = CAST('pub_publication' AS regclass)")
                .query(Double.class).single();
        // the frequent bigrams (scope keys start with '/'): a frequent term's every bigram is one of them
        Set<String> keys = freqs.entrySet().stream()
                .filter(e -> e.getValue() >= PortalDirectory.FREQUENT_SHARE && !e.getKey().startsWith("/"))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
        Map<String, Map<String, Integer>> newest = keys.isEmpty() ? Map.of() : countByScope(jdbc.sql("""
                        SELECT title, scope_path FROM pub_publication WHERE withdrawn_at IS NULL
                        ORDER BY published_at DESC, id DESC LIMIT :budget""")
                .param("budget", PortalDirectory.WALK_BUDGET)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list(), keys);
        return new Held(now, freqs, entries, keys, newest);
    }

    /** After a test's ANALYZE: read the statistics again at the next search. */
    void forget() {
        held = null;
    }
}
