package cn.anjian.audit;

import java.time.LocalDate;

/**
 * Search criteria; every field is optional except {@code size}. Dates are Beijing dates, inclusive.
 *
 * @param before      keyset cursor: the {@code nextBefore} of the previous page (entries with a smaller id, or a
 *                    larger one when {@code oldestFirst})
 * @param size        page size, 1..{@value #MAX_SIZE}
 * @param oldestFirst sort order: oldest first instead of the default newest first
 */
public record AuditFilter(String actor, String action, String subjectType, String subjectId,
                          LocalDate from, LocalDate to, Long before, int size, boolean oldestFirst) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    /** Newest first. */
    public AuditFilter(String actor, String action, String subjectType, String subjectId,
                       LocalDate from, LocalDate to, Long before, int size) {
        this(actor, action, subjectType, subjectId, from, to, before, size, false);
    }

    public static AuditFilter firstPage(int size) {
        return new AuditFilter(null, null, null, null, null, null, null, size);
    }
}
