package cn.anjian.audit;

import java.time.LocalDate;

/**
 * Search criteria; every field is optional except {@code size}. Dates are Beijing dates, inclusive.
 *
 * @param before keyset cursor: only entries with a smaller id (the {@code nextBefore} of the previous page)
 * @param size   page size, 1..{@value #MAX_SIZE}
 */
public record AuditFilter(String actor, String action, String subjectType, String subjectId,
                          LocalDate from, LocalDate to, Long before, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public static AuditFilter firstPage(int size) {
        return new AuditFilter(null, null, null, null, null, null, null, size);
    }
}
