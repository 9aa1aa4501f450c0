package cn.anjian.publicity.portal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live rows of {@code pub_search} as read once, in the list's order (published_at DESC, id DESC: ordinal 0 is the
 * newest), with a posting list per title key: every distinct code-point bigram, and every code point (a one-character
 * query). A search walks the shortest of its keys' lists in ordinal order — the display order, so it stops at the cap
 * — testing the other keys and then the row itself exactly (scope prefix, title contains the text: what LIKE tests).
 * No positions: the test of the row replaces them. Immutable once built; {@link PortalSearchIndex} overlays changes.
 * A key held by more than 1 in 32 rows is a bitmap (n / 8 bytes), fewer an {@code int[]} (4 bytes a row).
 */
final class SearchPostings {

    private static final long UNIGRAM = 1L << 42; // a bigram is (cp1 << 21) | cp2 < 2^42
    private static final int DENSE = 32;

    private final int n;
    private final long[] ids;
    private final long[] micros;
    private final int[] scope;
    private final String[] scopes;
    private final int[] titleStart;
    private final char[] titles;
    private final int[] owner;
    private final String[] owners;
    private final LongIntMap slots;
    private final Object[] postings; // int[] (ordinals ascending) or long[] (bitmap)
    private final int[] cardinality;
    private final LongIntMap ordinalOfId;
    /** The rows under each '/'-ended prefix of a scope path (pub_scope_keys), but one that holds every row. */
    private final Map<String, Object> scopePostings = new HashMap<>();
    private final Map<String, Integer> scopeCardinality = new HashMap<>();

    private SearchPostings(Builder b) {
        n = b.n;
        ids = Arrays.copyOf(b.ids, n);
        micros = Arrays.copyOf(b.micros, n);
        scope = Arrays.copyOf(b.scope, n);
        scopes = new String[b.scopes.size()];
        b.scopes.forEach((s, i) -> scopes[i] = s);
        titleStart = Arrays.copyOf(b.titleStart, n + 1);
        titleStart[n] = b.chars;
        titles = Arrays.copyOf(b.titles, b.chars);
        owner = Arrays.copyOf(b.owner, n);
        owners = new String[b.owners.size()];
        b.owners.forEach((s, i) -> owners[i] = s);
        ordinalOfId = new LongIntMap(n);
        for (int o = 0; o < n; o++) {
            ordinalOfId.putIfAbsent(ids[o], o);
        }
        // two passes over the titles: count each key's rows, then fill lists of exactly that size
        slots = new LongIntMap(1 << 16);
        int[] count = new int[1 << 16];
        int[] last = new int[1 << 16];
        long[] row = new long[64];
        for (int o = 0; o < n; o++) {
            row = rowKeys(o, row);
            for (int k = 1; k <= row[0]; k++) {
                int s = slots.putIfAbsent(row[k], slots.size());
                if (s >= count.length) {
                    count = Arrays.copyOf(count, count.length * 2);
                    last = Arrays.copyOf(last, last.length * 2);
                }
                if (count[s] == 0 || last[s] != o) {
                    count[s]++;
                    last[s] = o;
                }
            }
        }
        int keys = slots.size();
        postings = new Object[keys];
        cardinality = Arrays.copyOf(count, keys);
        int[] fill = new int[keys];
        for (int s = 0; s < keys; s++) {
            postings[s] = newList(count[s]);
        }
        Arrays.fill(last, -1);
        for (int o = 0; o < n; o++) {
            row = rowKeys(o, row);
            for (int k = 1; k <= row[0]; k++) {
                add(slots.get(row[k], -1), o, last, fill);
            }
        }
        scopeLists();
    }

    /**
     * The keys of a row's title (each code point, each pair of consecutive code points; repeats included) in
     * {@code buf[1..buf[0]]}; a larger buffer when the title needs one.
     */
    private long[] rowKeys(int o, long[] buf) {
        int from = titleStart[o];
        int to = titleStart[o + 1];
        if (buf.length < 2 * (to - from) + 1) {
            buf = new long[2 * (to - from) + 1];
        }
        int k = 0;
        int prev = -1;
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(titles, i, to);
            i += Character.charCount(cp);
            buf[++k] = UNIGRAM | cp;
            if (prev >= 0) {
                buf[++k] = bigram(prev, cp);
            }
            prev = cp;
        }
        buf[0] = k;
        return buf;
    }

    private static long bigram(int first, int second) {
        return ((long) first << 21) | second;
    }

    /** An empty list for a key on {@code count} rows: a bitmap when it is dense, else room for the ordinals. */
    private Object newList(int count) {
        return (long) count * DENSE > n ? new long[(n + 63) >>> 6] : new int[count];
    }

    /** A portal's scope as a list like a title key's: a county's search then walks only its own rows' candidates. */
    private void scopeLists() {
        int[] perScope = new int[scopes.length];
        for (int o = 0; o < n; o++) {
            perScope[scope[o]]++;
        }
        List<List<String>> prefixes = new ArrayList<>();
        for (int i = 0; i < scopes.length; i++) {
            List<String> mine = new ArrayList<>();
            for (int j = 1; j < scopes[i].length(); j++) {
                if (scopes[i].charAt(j) == '/') {
                    mine.add(scopes[i].substring(0, j + 1));
                    scopeCardinality.merge(scopes[i].substring(0, j + 1), perScope[i], Integer::sum);
                }
            }
            prefixes.add(mine);
        }
        scopeCardinality.values().removeIf(c -> c == n);
        Map<String, Integer> fill = new HashMap<>();
        scopeCardinality.forEach((k, c) -> scopePostings.put(k, newList(c)));
        for (int o = 0; o < n; o++) {
            for (String k : prefixes.get(scope[o])) {
                Object list = scopePostings.get(k);
                if (list instanceof long[] bits) {
                    bits[o >>> 6] |= 1L << o;
                } else if (list != null) {
                    int at = fill.merge(k, 1, Integer::sum) - 1;
                    ((int[]) list)[at] = o;
                }
            }
        }
    }

    private void add(int s, int o, int[] last, int[] fill) {
        if (last[s] == o) {
            return;
        }
        last[s] = o;
        if (postings[s] instanceof long[] bits) {
            bits[o >>> 6] |= 1L << o;
        } else {
            ((int[]) postings[s])[fill[s]++] = o;
        }
    }

    int size() {
        return n;
    }

    /** The ordinal of an entry's id, or -1 when this base does not hold it. */
    int ordinalOf(long id) {
        return ordinalOfId.get(id, -1);
    }

    PortalDirectory.Entry entry(int o) {
        return new PortalDirectory.Entry(ids[o], new String(titles, titleStart[o], titleStart[o + 1] - titleStart[o]),
                owners[owner[o]], SearchRow.instant(micros[o]));
    }

    long id(int o) {
        return ids[o];
    }

    long micros(int o) {
        return micros[o];
    }

    /**
     * The ordinals, in display order, of the first {@code limit} rows under the scope whose title contains the text
     * (already stripped, as {@code Like.contains} strips it), skipping the superseded ones; how many were found.
     */
    int find(String scopePrefix, String text, BitSet superseded, int limit, int[] out) {
        boolean[] inScope = new boolean[scopes.length];
        boolean any = false;
        for (int i = 0; i < scopes.length; i++) {
            inScope[i] = scopes[i].startsWith(scopePrefix);
            any |= inScope[i];
        }
        if (!any || n == 0) {
            return 0;
        }
        char[] q = text.toCharArray();
        long[] keys = keys(text);
        Object scoped = scopePostings.get(scopePrefix);
        Object[] lists = new Object[keys.length + (scoped == null ? 0 : 1)];
        int[] card = new int[lists.length];
        if (scoped != null) {
            lists[keys.length] = scoped;
            card[keys.length] = scopeCardinality.get(scopePrefix);
        }
        for (int k = 0; k < keys.length; k++) {
            int s = slots.get(keys[k], -1);
            if (s < 0) {
                return 0; // no title holds this key, so none holds the text
            }
            lists[k] = postings[s];
            card[k] = cardinality[s];
        }
        sortByCardinality(lists, card);
        int[] cursor = new int[lists.length];
        int found = 0;
        // the driver: the shortest list, or every row for an empty text
        Object driver = lists.length == 0 ? null : lists[0];
        int[] sparse = driver instanceof int[] a ? a : null;
        long[] dense = driver instanceof long[] a ? a : null;
        int i = 0;
        int o = sparse != null ? (sparse.length == 0 ? -1 : sparse[0]) : dense != null ? nextSetBit(dense, 0) : 0;
        while (o >= 0 && o < n) {
            if (others(lists, cursor, o) && !superseded.get(o) && inScope[scope[o]] && contains(o, q)) {
                out[found++] = o;
                if (found == limit) {
                    break;
                }
            }
            if (sparse != null) {
                o = ++i < sparse.length ? sparse[i] : -1;
            } else if (dense != null) {
                o = nextSetBit(dense, o + 1);
            } else {
                o++;
            }
        }
        return found;
    }

    /** Whether every list but the driver holds the ordinal (sparse lists advanced by galloping: o only grows). */
    private static boolean others(Object[] lists, int[] cursor, int o) {
        for (int k = 1; k < lists.length; k++) {
            if (lists[k] instanceof long[] bits) {
                if ((bits[o >>> 6] & (1L << o)) == 0) {
                    return false;
                }
            } else {
                int[] a = (int[]) lists[k];
                int c = gallop(a, cursor[k], o);
                cursor[k] = c;
                if (c >= a.length || a[c] != o) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The first index at or after {@code from} whose value is at least {@code target}. */
    static int gallop(int[] a, int from, int target) {
        int step = 1;
        int lo = from;
        int hi = from;
        while (hi < a.length && a[hi] < target) {
            lo = hi + 1;
            hi += step;
            step <<= 1;
        }
        hi = Math.min(hi, a.length);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int nextSetBit(long[] bits, int from) {
        int w = from >>> 6;
        if (w >= bits.length) {
            return -1;
        }
        long word = bits[w] & (-1L << from);
        while (true) {
            if (word != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++w == bits.length) {
                return -1;
            }
            word = bits[w];
        }
    }

    private static void sortByCardinality(Object[] lists, int[] card) {
        for (int i = 1; i < lists.length; i++) { // a handful of keys: insertion sort
            for (int j = i; j > 0 && card[j] < card[j - 1]; j--) {
                int c = card[j];
                card[j] = card[j - 1];
                card[j - 1] = c;
                Object l = lists[j];
                lists[j] = lists[j - 1];
                lists[j - 1] = l;
            }
        }
    }

    /** The text's keys: its distinct bigrams (as {@code SearchKeys.bigrams}), or its one code point, or none. */
    static long[] keys(String text) {
        int[] cps = text.codePoints().toArray();
        if (cps.length == 1) {
            return new long[] {UNIGRAM | cps[0]};
        }
        return Arrays.stream(SearchKeys.bigrams(text))
                .mapToLong(b -> bigram(b.codePointAt(0), b.codePointAt(b.offsetByCodePoints(0, 1)))).toArray();
    }

    private boolean contains(int o, char[] q) {
        int from = titleStart[o];
        int last = titleStart[o + 1] - q.length;
        outer:
        for (int i = from; i <= last; i++) {
            for (int j = 0; j < q.length; j++) {
                if (titles[i + j] != q[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Rows added in display order; {@link #build()} makes the lists. */
    static final class Builder {
        private int n;
        private long[] ids = new long[1024];
        private long[] micros = new long[1024];
        private int[] scope = new int[1024];
        private int[] titleStart = new int[1025];
        private char[] titles = new char[1 << 15];
        private int chars;
        private int[] owner = new int[1024];
        private final Map<String, Integer> scopes = new HashMap<>();
        private final Map<String, Integer> owners = new HashMap<>();

        void add(SearchRow r) {
            if (n + 1 >= ids.length) {
                int cap = ids.length * 2;
                ids = Arrays.copyOf(ids, cap);
                micros = Arrays.copyOf(micros, cap);
                scope = Arrays.copyOf(scope, cap);
                owner = Arrays.copyOf(owner, cap);
                titleStart = Arrays.copyOf(titleStart, cap + 1);
            }
            if (chars + r.title().length() > titles.length) {
                titles = Arrays.copyOf(titles, Math.max(titles.length * 2, chars + r.title().length()));
            }
            ids[n] = r.id();
            micros[n] = r.micros();
            scope[n] = scopes.computeIfAbsent(r.scopePath(), s -> scopes.size());
            owner[n] = owners.computeIfAbsent(r.ownerName(), s -> owners.size());
            titleStart[n] = chars;
            r.title().getChars(0, r.title().length(), titles, chars);
            chars += r.title().length();
            n++;
        }

        SearchPostings build() {
            return new SearchPostings(this);
        }
    }
}
