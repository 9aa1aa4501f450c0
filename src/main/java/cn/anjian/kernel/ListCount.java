package cn.anjian.kernel;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How a list counts its matching rows (the list kit, issue 20 item 7). {@link #EXACT} counts every one (the HTML pages'
 * "第 n / m 页"); {@link #CAPPED} stops at {@value #CAP} + 1, so a list API's first page at province scale (150,000 open
 * deadlines, 100,000 complaints) never reads every matching row: like the case list, which counts nothing and pages by
 * a look-ahead row, its cost follows the page, not the scope. A capped total reads "more than {@value #CAP}".
 * <pre>{@code
 * long counted = jdbc.sql(count.sql("FROM cal_deadline" + where)).params(params).query(Long.class).single();
 * PageSlice slice = count.slice(page, size, counted);        // never clamped to a "last page" of a capped count
 * return new Page(items, slice.page(), count.total(counted), count.capped(counted));
 * }</pre>
 */
public enum ListCount {
    EXACT, CAPPED;

    /** The most rows a capped count reports exactly. */
    public static final int CAP = 1_000;

    /** The count over {@code fromWhere} ({@code "FROM <table> <alias> WHERE …"}, the list's own conditions). */
    public String sql(String fromWhere) {
        return this == EXACT ? "SELECT count(*) " + fromWhere : cappedCount(fromWhere, CAP);
    }

    /** A count over {@code fromWhere} that stops at {@code cap} + 1 rows (a list with a cap of its own, e.g. the public notices'). */
    public static String cappedCount(String fromWhere, int cap) {
        return "SELECT count(*) FROM (SELECT 1 " + fromWhere + " LIMIT " + (cap + 1) + ") capped";
    }

    /** Whether {@code counted} (from {@link #sql}) means more than {@value #CAP} rows. */
    public boolean capped(long counted) {
        return this == CAPPED && counted > CAP;
    }

    /** The total to report: exact, or {@value #CAP} when {@link #capped}. */
    public long total(long counted) {
        return capped(counted) ? CAP : counted;
    }

    /** A page of rows with its slice (the page actually shown) and the total to report. */
    public record Counted<T>(List<T> items, PageSlice slice, long total, boolean capped) {
    }

    /** The column that carries the count in {@link #page}'s one statement. */
    public static final String COLUMN = "list_count_";

    /**
     * The page and its count in one statement (issue 20 item 7: one round trip, one plan and one executor start instead
     * of two): {@code select.apply(slice, countColumn)} is the page's query for that window, with {@code countColumn}
     * ({@code ", (<count>) AS list_count_"}, or empty) appended to its select list. Only an empty page (an empty list, a
     * page past the end) asks again: the count alone, then, for an exact total, the last page (as {@link #slice}
     * clamps it). Same rows, slice and total as counting first.
     */
    public <T> Counted<T> page(JdbcClient jdbc, String fromWhere, Map<String, ?> params, int page, int size,
                               BiFunction<PageSlice, String, String> select, RowMapper<T> mapper) {
        return page(jdbc, fromWhere, params, page, size, true, select, mapper);
    }

    /** As {@link #page}; {@code clamp} false: a page past the end stays empty and keeps its number (the officer list's way). */
    public <T> Counted<T> page(JdbcClient jdbc, String fromWhere, Map<String, ?> params, int page, int size, boolean clamp,
                               BiFunction<PageSlice, String, String> select, RowMapper<T> mapper) {
        return pageCounted(jdbc, sql(fromWhere), params, page, size, clamp, select, mapper);
    }

    /**
     * As {@link #page}, counted by {@code countSql} (a statement answering the number of matching rows, exact or at least
     * {@value #CAP} + 1 when more match): a list whose unfiltered scope has a table of counts kept by triggers reads one
     * row there instead of counting up to 1,001 entries on every page (issue 20 item 7: the count was half the page's
     * statement).
     */
    public <T> Counted<T> pageCounted(JdbcClient jdbc, String countSql, Map<String, ?> params, int page, int size, boolean clamp,
                                      BiFunction<PageSlice, String, String> select, RowMapper<T> mapper) {
        PageSlice asked = new PageSlice(Math.max(0, page), size);
        long[] counted = {0};
        List<T> rows = jdbc.sql(select.apply(asked, ", (" + countSql + ") AS " + COLUMN)).params(params)
                .query((rs, n) -> {
                    if (n == 0) {
                        counted[0] = rs.getLong(COLUMN);
                    }
                    return mapper.mapRow(rs, n);
                }).list();
        if (!rows.isEmpty()) {
            return new Counted<>(rows, asked, total(counted[0]), capped(counted[0]));
        }
        counted[0] = jdbc.sql(countSql).params(params).query(Long.class).single();
        PageSlice slice = clamp ? slice(page, size, counted[0]) : asked;
        if (!slice.equals(asked)) {
            rows = jdbc.sql(select.apply(slice, "")).params(params).query(mapper).list();
        }
        return new Counted<>(rows, slice, total(counted[0]), capped(counted[0]));
    }

    /** Page {@code page}: clamped to the last page of an exact total ({@link PageSlice#of}), as asked beyond a capped one. */
    public PageSlice slice(int page, int size, long counted) {
        return capped(counted) ? new PageSlice(Math.max(0, page), size) : PageSlice.of(page, size, counted);
    }
}
