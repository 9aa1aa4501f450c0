package cn.anjian.kernel;

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

    /** Page {@code page}: clamped to the last page of an exact total ({@link PageSlice#of}), as asked beyond a capped one. */
    public PageSlice slice(int page, int size, long counted) {
        return capped(counted) ? new PageSlice(Math.max(0, page), size) : PageSlice.of(page, size, counted);
    }
}
