package cn.anjian.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import cn.anjian.audit.AuditFilter;
import cn.anjian.kernel.BusinessException;

/**
 * The search parameters as typed by a user (page) or client (API), turned into an {@link AuditFilter}
 * or refused with a clear Chinese message (400). Shared so the page and the API refuse the same way.
 */
record AuditQueryParams(String actor, String action, String subjectType, String subjectId,
                        String from, String to, String before, String size, String sort) {

    private static final int MAX_TEXT = 200;

    /**
     * The page's filter (issue 12: the list kit): page size 20, 50 or 100 ({@link cn.anjian.kernel.PageSize}) and the
     * order of {@code sort} (by time; keyset paging by entry id either way).
     */
    AuditFilter toPageFilter(cn.anjian.kernel.ListSort.Sort order) {
        return new AuditFilter(text("操作人", actor), text("操作", action), text("对象类型", subjectType),
                text("对象标识", subjectId), date("开始日期", from), date("结束日期", to), cursor(),
                cn.anjian.kernel.PageSize.parse(size), order.ascending());
    }

    /** The page's {@code sort}: {@code time[,asc|desc]} (kit links), {@code -time} (older links) newest first. */
    cn.anjian.kernel.ListSort.Sort order(cn.anjian.kernel.ListSort keys) {
        return sort != null && "-time".equals(sort.strip()) ? keys.defaults() : keys.parse(sort);
    }

    AuditFilter toFilter() {
        return new AuditFilter(text("操作人", actor), text("操作", action), text("对象类型", subjectType),
                text("对象标识", subjectId), date("开始日期", from), date("结束日期", to), cursor(), pageSize(),
                oldestFirst());
    }

    private static String text(String label, String value) {
        return cn.anjian.kernel.Params.text("AUDIT-BAD-PARAM", label, value, MAX_TEXT, false);
    }

    private static LocalDate date(String label, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // ISO_LOCAL_DATE resolves strictly: 2026-02-30 is refused, not rolled over.
            return LocalDate.parse(value.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw BusinessException.badInput("AUDIT-BAD-DATE", label + "“" + abbreviate(value) + "”不是有效日期，应为 YYYY-MM-DD");
        }
    }

    /** {@code sort=time} oldest first, {@code sort=-time} (or nothing) newest first. */
    private boolean oldestFirst() {
        if (sort == null || sort.isBlank() || "-time".equals(sort.strip())) {
            return false;
        }
        if ("time".equals(sort.strip())) {
            return true;
        }
        throw BusinessException.badInput("AUDIT-SORT", "排序方式只能是按时间从新到旧或从旧到新");
    }

    boolean isOldestFirst() {
        return oldestFirst();
    }

    private Long cursor() {
        if (before == null || before.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(before.strip());
            if (id < 1) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("AUDIT-BAD-CURSOR", "分页位置 before“" + abbreviate(before) + "”应为正整数");
        }
    }

    private int pageSize() {
        if (size == null || size.isBlank()) {
            return AuditFilter.DEFAULT_SIZE;
        }
        try {
            int n = Integer.parseInt(size.strip());
            if (n >= 1 && n <= AuditFilter.MAX_SIZE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the refusal
        }
        throw BusinessException.badInput("AUDIT-PAGE-SIZE", "每页条数应为 1 到 " + AuditFilter.MAX_SIZE + " 之间的整数");
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
