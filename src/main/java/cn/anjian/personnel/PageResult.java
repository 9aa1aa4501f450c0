package cn.anjian.personnel;

import java.util.List;

/**
 * One page of a scoped list. {@code page} counts from 0; {@code totalCapped}: more than {@code total} rows match (a
 * capped count, {@link cn.anjian.kernel.ListCount#CAPPED}: the API).
 */
public record PageResult<T>(List<T> items, int page, int size, long total, boolean totalCapped) {

    public PageResult(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    /** A capped count ends nowhere: there is a next page while this one is full. */
    public boolean hasNext() {
        return totalCapped ? items.size() == size : page + 1 < pages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
