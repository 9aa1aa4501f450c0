package cn.anjian.experts.draws;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * EXP-07, the selection itself, a pure function of the candidate snapshot, the seed and the count: the candidates in
 * a canonical order (by expert id) are shuffled with {@link SplittableRandom} of the seed, then ordered by their
 * dispatches within the rotation window (fewer first), among equal counts by their last dispatch (never dispatched
 * first, then the least recently dispatched; a stable sort keeps the random order among full equals), and the first
 * {@code count} are selected. The same snapshot and seed always give the same selection (the replay). Snapshots stored
 * before the last dispatch was kept have none for every candidate, so they order exactly as they did then.
 */
final class DrawRule {

    /** An eligible expert as the draw saw him: his dispatches in the rotation window and his last dispatch (null: none). */
    record Candidate(long expertId, String name, int dispatches, LocalDate lastDispatched) {

        Candidate(long expertId, String name, int dispatches) {
            this(expertId, name, dispatches, null);
        }
    }

    /** Fewer dispatches first; among equals never dispatched first, then the least recently dispatched. */
    static final Comparator<Candidate> ROTATION = Comparator.comparingInt(Candidate::dispatches)
            .thenComparing(Candidate::lastDispatched, Comparator.nullsFirst(Comparator.naturalOrder()));

    private DrawRule() {
    }

    static List<Candidate> select(List<Candidate> candidates, long seed, int count) {
        if (count < 0 || count > candidates.size()) {
            throw new IllegalArgumentException("count " + count + " of " + candidates.size());
        }
        Candidate[] sorted = candidates.toArray(Candidate[]::new);
        if (!byId(sorted)) { // a draw's candidates come in id order already; a stored snapshot may not
            java.util.Arrays.sort(sorted, Comparator.comparingLong(Candidate::expertId));
        }
        int n = sorted.length;
        int[] order = new int[n];
        int[] dispatches = new int[n];
        long[] last = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            dispatches[i] = sorted[i].dispatches();
            last[i] = lastKey(sorted[i].lastDispatched());
        }
        List<Candidate> selected = new ArrayList<>(count);
        for (int p : pick(order, dispatches, last, seed, count)) {
            selected.add(sorted[p]);
        }
        return List.copyOf(selected);
    }

    /** The rotation key of a last dispatch: never dispatched orders first. */
    static long lastKey(LocalDate lastDispatched) {
        return lastDispatched == null ? Long.MIN_VALUE : lastDispatched.toEpochDay();
    }

    /**
     * The selection on primitive keys: {@code order} holds the candidates' positions in id order (shuffled here in place
     * with the seed), {@code dispatches} and {@code last} their keys by position; returns the positions of the
     * {@code count} least by (dispatches, last dispatch, shuffled position) in that order — the first {@code count} of a
     * stable sort by {@link #ROTATION}, without sorting ~1,000 candidates with boxed comparators. {@link #select} and a
     * pool copy's prepared matching ({@link Matching#select}) both pick through it.
     */
    static int[] pick(int[] order, int[] dispatches, long[] last, long seed, int count) {
        if (count < 0 || count > order.length) {
            throw new IllegalArgumentException("count " + count + " of " + order.length);
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        boolean[] taken = new boolean[order.length];
        int[] picked = new int[count];
        for (int k = 0; k < count; k++) {
            int best = -1;
            for (int i = 0; i < order.length; i++) {
                if (taken[i]) {
                    continue;
                }
                int o = order[i];
                if (best < 0 || dispatches[o] < dispatches[order[best]]
                        || (dispatches[o] == dispatches[order[best]] && last[o] < last[order[best]])) {
                    best = i; // strictly less only: among equals the earlier position wins, as in a stable sort
                }
            }
            taken[best] = true;
            picked[k] = order[best];
        }
        return picked;
    }

    private static boolean byId(Candidate[] order) {
        for (int i = 1; i < order.length; i++) {
            if (order[i - 1].expertId() > order[i].expertId()) {
                return false;
            }
        }
        return true;
    }
}
