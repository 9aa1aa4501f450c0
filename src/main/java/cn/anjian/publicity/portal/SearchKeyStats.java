package cn.anjian.publicity.portal;

import lombok.RequiredArgsConstructor;

import java.util.Map;
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

    private record Held(long loadedAt, Map<String, Double> freqs, double entries) {
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
     * The keys worth asking the index for: those below {@link #UNSELECTIVE_SHARE} (all unselective: the rarest alone).
     * The LIKE on the title checks every candidate anyway, so leaving a key out never changes the hits; a full company
     * name's count read 844 index pages with "有限", "限公", "公司" and 198 without them (bench/portal-miss.md).
     */
    String[] selective(String... keys) {
        Map<String, Double> freqs = freqs();
        String[] kept = java.util.Arrays.stream(keys).filter(k -> freqs.getOrDefault(k, 0d) < UNSELECTIVE_SHARE)
                .toArray(String[]::new);
        if (kept.length > 0 || keys.length == 0) {
            return kept;
        }
        return new String[] {java.util.Arrays.stream(keys)
                .min(java.util.Comparator.comparingDouble(k -> freqs.getOrDefault(k, 0d))).orElseThrow()};
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
        h = new Held(now, freqs, entries);
        held = h;
        return h;
    }

    /** After a test's ANALYZE: read the statistics again at the next search. */
    void forget() {
        held = null;
    }
}
