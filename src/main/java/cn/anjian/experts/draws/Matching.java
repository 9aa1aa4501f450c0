package cn.anjian.experts.draws;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

import cn.anjian.experts.draws.DrawRule.Candidate;
import cn.anjian.experts.draws.DrawView.Exclusion;

/**
 * What every draw with the same filters on the same day reads of one pool copy ({@link PoolCopy#prepared}): the matched
 * experts in id order, each one's candidate, rotation keys, canonical snapshot text and packed bytes. Made once per copy
 * (so per revision), filters and day; a draw then only drops its target's exclusions, shuffles and picks. Each draw
 * made ~1,000 records, keys, texts and varints of the same values before (bench/expert-draw.md). Immutable.
 * {@link #select} and {@link #store} give exactly what {@link DrawRule#select} and {@link DrawSnapshot#store} give for
 * {@link #candidates} (pinned by {@code MatchingTests}).
 */
final class Matching {

    private final List<Avoidance.Matched> matched;
    private final Candidate[] candidates;
    private final long[] ids;
    private final int[] dispatches;
    private final long[] last;
    /** ";id:dispatches:last" of each candidate, one after the other; candidate i's from textStart[i] to textStart[i + 1]. */
    private final byte[] text;
    private final int[] textStart;
    /** The packed varints of each candidate's dispatches and last dispatch (all but the id's delta, which depends on the previous). */
    private final byte[] tails;
    private final int[] tailStart;
    private final boolean byId;
    private final int[] all;

    /** @param matched as {@link PoolCopy#matching} answers them, in id order */
    Matching(List<Avoidance.Matched> matched, LocalDate day) {
        this.matched = List.copyOf(matched);
        int n = matched.size();
        candidates = new Candidate[n];
        ids = new long[n];
        dispatches = new int[n];
        last = new long[n];
        textStart = new int[n + 1];
        tailStart = new int[n + 1];
        all = new int[n];
        DrawSnapshot.Ascii t = new DrawSnapshot.Ascii(n * 20 + 16);
        DrawSnapshot.Bytes b = new DrawSnapshot.Bytes(n * 3 + 8);
        long drawDay = day.toEpochDay();
        boolean ordered = true;
        for (int i = 0; i < n; i++) {
            Avoidance.Matched m = matched.get(i);
            Candidate c = new Candidate(m.expertId(), m.name(), m.dispatches(), m.lastDispatched());
            candidates[i] = c;
            ids[i] = c.expertId();
            dispatches[i] = c.dispatches();
            last[i] = DrawRule.lastKey(c.lastDispatched());
            all[i] = i;
            ordered &= i == 0 || ids[i - 1] <= ids[i];
            t.put(';').number(c.expertId()).put(':').number(c.dispatches()).put(':');
            if (c.lastDispatched() != null) {
                t.date(c.lastDispatched());
            }
            textStart[i + 1] = t.length;
            b.varint(DrawSnapshot.zigzag(c.dispatches()));
            b.varint(c.lastDispatched() == null ? 0 : DrawSnapshot.zigzag(drawDay - c.lastDispatched().toEpochDay()) + 1);
            tailStart[i + 1] = b.length();
        }
        text = Arrays.copyOf(t.bytes, t.length);
        tails = b.toArray();
        byId = ordered;
    }

    List<Avoidance.Matched> matched() {
        return matched;
    }

    /** A draw's split of the matched experts: the eligible (positions, ascending) and the excluded with their reasons, in id order. */
    record Split(int[] eligible, List<Exclusion> excluded) {
    }

    /** @param reasons the exclusion reasons by expert id, of matched experts only ({@link Avoidance#reasons}) */
    Split split(Map<Long, String> reasons) {
        if (reasons.isEmpty()) {
            return new Split(all.clone(), new ArrayList<>());
        }
        int n = matched.size();
        int[] eligible = new int[n];
        int e = 0;
        List<Exclusion> excluded = new ArrayList<>(reasons.size());
        long[] out = new long[reasons.size()]; // ~20 ids searched ~1,000 times: no boxed key per expert
        int x = 0;
        for (Long id : reasons.keySet()) {
            out[x++] = id;
        }
        Arrays.sort(out);
        for (int i = 0; i < n; i++) {
            if (Arrays.binarySearch(out, ids[i]) < 0) {
                eligible[e++] = i;
            } else {
                excluded.add(new Exclusion(ids[i], candidates[i].name(), reasons.get(ids[i])));
            }
        }
        return new Split(Arrays.copyOf(eligible, e), excluded);
    }

    /** The candidates at the positions, as a list (no copy). */
    List<Candidate> candidates(int[] positions) {
        return new Positions(candidates, positions);
    }

    /** {@link DrawRule#select} of {@link #candidates}{@code (positions)}, on the keys made once. */
    List<Candidate> select(int[] positions, long seed, int count) {
        if (!byId) { // never from a copy (its experts are in id order); the plain rule sorts them first
            return DrawRule.select(candidates(positions), seed, count);
        }
        List<Candidate> selected = new ArrayList<>(count);
        for (int p : DrawRule.pick(positions.clone(), dispatches, last, seed, count)) {
            selected.add(candidates[p]);
        }
        return List.copyOf(selected);
    }

    /** {@link DrawSnapshot#store} of {@link #candidates}{@code (positions)}: the texts and varints made once, copied in runs. */
    DrawSnapshot.Stored store(int[] positions) {
        MessageDigest sha = DrawSnapshot.sha256();
        DrawSnapshot.Bytes out = new DrawSnapshot.Bytes(positions.length * 5 + 8);
        out.put(DrawSnapshot.PACK_V1);
        out.varint(positions.length);
        long previous = 0;
        int runFrom = 0;
        int runTo = 0;
        for (int k = 0; k < positions.length; k++) {
            int i = positions[k];
            out.varint(DrawSnapshot.zigzag(ids[i] - previous));
            out.put(tails, tailStart[i], tailStart[i + 1]);
            previous = ids[i];
            int from = textStart[i] + (k == 0 ? 1 : 0); // no ';' before the first
            if (from != runTo) {
                sha.update(text, runFrom, runTo - runFrom);
                runFrom = from;
            }
            runTo = textStart[i + 1];
        }
        sha.update(text, runFrom, runTo - runFrom);
        return new DrawSnapshot.Stored(out.toArray(), DrawSnapshot.HEX.formatHex(sha.digest()));
    }

    private static final class Positions extends AbstractList<Candidate> implements RandomAccess {
        private final Candidate[] candidates;
        private final int[] positions;

        Positions(Candidate[] candidates, int[] positions) {
            this.candidates = candidates;
            this.positions = positions;
        }

        @Override
        public Candidate get(int index) {
            return candidates[positions[index]];
        }

        @Override
        public int size() {
            return positions.length;
        }
    }
}
