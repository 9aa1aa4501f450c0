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
        Candidate[] order = candidates.toArray(Candidate[]::new);
        if (!byId(order)) { // a draw's candidates come in id order already; a stored snapshot may not
            java.util.Arrays.sort(order, Comparator.comparingLong(Candidate::expertId));
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Candidate t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        // the first `count` of a stable sort by ROTATION are the `count` least by (dispatches, last dispatch, shuffled
        // position): picked on primitive keys instead of sorting ~1,000 candidates with boxed comparators
        int n = order.length;
        int[] dispatches = new int[n];
        long[] last = new long[n];
        for (int i = 0; i < n; i++) {
            dispatches[i] = order[i].dispatches();
            last[i] = order[i].lastDispatched() == null ? Long.MIN_VALUE : order[i].lastDispatched().toEpochDay();
        }
        boolean[] taken = new boolean[n];
        List<Candidate> selected = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (!taken[i] && (best < 0 || dispatches[i] < dispatches[best]
                        || (dispatches[i] == dispatches[best] && last[i] < last[best]))) {
                    best = i; // strictly less only: among equals the earlier position wins, as in a stable sort
                }
            }
            taken[best] = true;
            selected.add(order[best]);
        }
        return List.copyOf(selected);
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
