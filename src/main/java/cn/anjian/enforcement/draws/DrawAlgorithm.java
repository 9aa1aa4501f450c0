package cn.anjian.enforcement.draws;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;

/**
 * CASE-06 "双随机": the one, documented, deterministic draw. Inputs are the stored seed and the stored,
 * ordered pools, so replaying it later gives exactly the same result (复核).
 *
 * <ol>
 *   <li>{@code rng = new SplittableRandom(seed)} — a fixed JDK algorithm (SplitMix64) whose output for
 *       a seed is specified and does not change between Java versions.</li>
 *   <li><b>Targets</b>: a partial Fisher–Yates shuffle of the target pool positions: for
 *       {@code i = 0 .. k-1}, swap position {@code i} with {@code i + rng.nextInt(n - i)}; the first
 *       {@code k} positions, in that order, are the drawn targets. Every k-subset is equally likely.</li>
 *   <li><b>Officers</b>, for each drawn target in draw order: the candidates are the officer pool minus
 *       those conflicted with the target (avoidance); they are shuffled by a full Fisher–Yates shuffle
 *       with the same {@code rng}, then stably ordered by how many targets each already has (fewest
 *       first), so the work is spread evenly and ties are broken at random; the first
 *       {@code perTarget} are matched. A target with fewer than {@code perTarget} candidates is not
 *       staffed at all (never a team below OFF-03's two) and is reported as unstaffed.</li>
 * </ol>
 * The conflict predicate is asked only about (drawn target, officer) pairs; the service records the
 * conflicted pairs it met, and the replay answers from that record.
 */
final class DrawAlgorithm {

    static final String NAME = "SplitMix64-FisherYates-v1";

    private DrawAlgorithm() {
    }

    /** A drawn target (pool position) and its officers (pool positions; empty when unstaffed). */
    record Match(int targetPos, List<Integer> officerPos) {
        public boolean staffed() {
            return !officerPos.isEmpty();
        }
    }

    /**
     * @param targetIds  the ordered target pool (enterprise ids)
     * @param officerIds the ordered officer pool (person ids)
     * @param conflicted (enterprise id, person id) → must the officer avoid the target
     */
    static List<Match> run(long seed, List<Long> targetIds, int count, List<Long> officerIds, int perTarget,
                           BiPredicate<Long, Long> conflicted) {
        int n = targetIds.size();
        if (count < 1 || count > n || perTarget < 1) {
            throw new IllegalArgumentException("count " + count + " of " + n + ", perTarget " + perTarget);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = 0; i < count; i++) {
            swap(order, i, i + rng.nextInt(n - i));
        }
        int[] load = new int[officerIds.size()];
        List<Match> result = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            int t = order[r];
            long enterprise = targetIds.get(t);
            List<Integer> candidates = new ArrayList<>();
            for (int o = 0; o < officerIds.size(); o++) {
                if (!conflicted.test(enterprise, officerIds.get(o))) {
                    candidates.add(o);
                }
            }
            for (int i = candidates.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                Integer tmp = candidates.get(i);
                candidates.set(i, candidates.get(j));
                candidates.set(j, tmp);
            }
            if (candidates.size() < perTarget) {
                result.add(new Match(t, List.of()));
                continue;
            }
            candidates.sort(Comparator.comparingInt(o -> load[o]));
            List<Integer> chosen = List.copyOf(candidates.subList(0, perTarget));
            for (int o : chosen) {
                load[o]++;
            }
            int[] sorted = chosen.stream().mapToInt(Integer::intValue).toArray();
            Arrays.sort(sorted);
            result.add(new Match(t, Arrays.stream(sorted).boxed().toList()));
        }
        return result;
    }

    private static void swap(int[] a, int i, int j) {
        int tmp = a[i];
        a[i] = a[j];
        a[j] = tmp;
    }
}
