package cn.anjian.enterprises;

import java.util.List;

/**
 * One page of a search: items, the total matching, the 0-based page and its size; {@code totalCapped}: more than
 * {@code total} match (a capped count, {@link cn.anjian.kernel.ListCount#CAPPED}: the API).
 */
public record EnterprisePage(List<EnterpriseView> items, long total, int page, int size, boolean totalCapped) {

    public EnterprisePage(List<EnterpriseView> items, long total, int page, int size) {
        this(items, total, page, size, false);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** Whether a page follows; a capped count ends nowhere: there is a next page while this one is full. */
    public boolean hasNext() {
        return totalCapped ? items.size() == size : page + 1 < pages();
    }
}
