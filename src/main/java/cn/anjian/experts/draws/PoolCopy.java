package cn.anjian.experts.draws;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.anjian.experts.pool.ExpertLevel;

/**
 * One pool's experts as a draw reads them, at one revision of the pool ({@link DrawCopies}): the active experts by
 * field in id order with their sub-specialties and the sorted days of their dispatches, and the declared conflicts
 * by enterprise. Immutable; {@link #matching} and {@link #declared} answer exactly what the SQL they replace answered
 * (pinned by {@code ExpertDrawCopyTests}).
 */
final class PoolCopy {

    /**
     * An active expert; {@code dispatchDays} are the epoch days of his dispatches with a date, ascending, and
     * {@code dispatchDates} the same days as dates (made once per copy, not once per draw).
     */
    record Expert(long id, String name, String level, Long employerEnterpriseId, Long personId, Set<String> subs, int[] dispatchDays,
                  LocalDate[] dispatchDates) {
    }

    /** A conflict the expert declared with an enterprise (exp_conflict). */
    record Declared(long expertId, String relation, LocalDate from, LocalDate to) {
    }

    private final Map<String, List<Expert>> byField;
    private final Map<Long, List<Declared>> declaredByEnterprise;
    private final Map<Filter, Matching> prepared = new ConcurrentHashMap<>();

    /** A draw's filters and days: what {@link #matching} depends on. */
    record Filter(String field, String sub, ExpertLevel level, LocalDate windowStart, LocalDate day) {
    }

    /** How many prepared matchings a copy keeps (fields × sub-specialties × levels in use on a day; ~100 KB each). */
    static final int PREPARED = 64;

    /** @param byField experts in id order; @param declaredByEnterprise in (from, id) order */
    PoolCopy(Map<String, List<Expert>> byField, Map<Long, List<Declared>> declaredByEnterprise) {
        this.byField = byField;
        this.declaredByEnterprise = declaredByEnterprise;
    }

    /**
     * The active experts of the field (and sub-specialty, level) in id order, each with his dispatches after
     * {@code windowStart} up to {@code day} and his last dispatch up to {@code day} (null: none).
     */
    List<Avoidance.Matched> matching(String field, String sub, ExpertLevel level, LocalDate windowStart, LocalDate day) {
        List<Expert> experts = byField.getOrDefault(field, List.of());
        List<Avoidance.Matched> matched = new ArrayList<>(experts.size());
        int to = (int) day.toEpochDay();
        int from = (int) windowStart.toEpochDay();
        for (Expert e : experts) {
            if ((sub != null && !e.subs().contains(sub)) || (level != null && !level.name().equals(e.level()))) {
                continue;
            }
            int upToDay = upTo(e.dispatchDays(), to);
            int dispatches = upToDay - upTo(e.dispatchDays(), from);
            LocalDate last = upToDay == 0 ? null : e.dispatchDates()[upToDay - 1];
            matched.add(new Avoidance.Matched(e.id(), e.name(), Math.max(dispatches, 0), last, e.employerEnterpriseId(), e.personId()));
        }
        return matched;
    }

    /**
     * {@link #matching} with its candidates, keys and snapshot pieces, made by the first draw of the filters on the day
     * and reused by the next ones of this copy (a changed pool is a new copy, the next day a new key).
     */
    Matching prepared(Filter f) {
        Matching m = prepared.get(f);
        if (m == null) {
            if (prepared.size() >= PREPARED) {
                prepared.clear(); // yesterday's keys and rare filters: made again when asked
            }
            m = prepared.computeIfAbsent(f, k -> new Matching(matching(k.field(), k.sub(), k.level(), k.windowStart(), k.day()), k.day()));
        }
        return m;
    }

    /** The relations declared with the enterprise that overlap [start, day], by expert, in (from, id) order. */
    List<Declared> declared(long enterpriseId, LocalDate start, LocalDate day) {
        return declaredByEnterprise.getOrDefault(enterpriseId, List.of()).stream()
                .filter(d -> !d.from().isAfter(day) && (d.to() == null || !d.to().isBefore(start))).toList();
    }

    /** How many of the ascending {@code days} are at most {@code day}. */
    static int upTo(int[] days, int day) {
        int i = Arrays.binarySearch(days, day);
        if (i < 0) {
            return -i - 1;
        }
        while (i + 1 < days.length && days[i + 1] == day) { // several dispatches on one day: count them all
            i++;
        }
        return i + 1;
    }
}
