package cn.anjian.kernel;

/**
 * One page of a list read with {@code LIMIT}/{@code OFFSET}: the requested page (0-based) clamped to the last
 * page that has rows (0 when there are none), so a page number past the end shows the last page.
 * <pre>{@code
 * long total = jdbc.sql("SELECT count(*) FROM enf_plan p" + where).params(params).query(Long.class).single();
 * PageSlice slice = PageSlice.of(page, PAGE_SIZE, total);
 * List<Plan> items = jdbc.sql(SELECT + where + " ORDER BY p.id DESC" + slice.window()).params(params)...;
 * return new Page(items, slice.page(), PAGE_SIZE, total);
 * }</pre>
 */
public record PageSlice(int page, int size) {

    public static PageSlice of(int requested, int size, long total) {
        int last = (int) Math.max(0, (total - 1) / size);
        return new PageSlice(Math.max(0, Math.min(requested, last)), size);
    }

    /** {@code " LIMIT <size> OFFSET <page × size>"}, to follow the ORDER BY. */
    public String window() {
        return " LIMIT " + size + " OFFSET " + (long) page * size;
    }
}
