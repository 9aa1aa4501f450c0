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
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparingLong(Candidate::expertId));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Candidate t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        order.sort(ROTATION);
        return List.copyOf(order.subList(0, count));
    }
}
