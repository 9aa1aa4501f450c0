package cn.anjian.enterprises;

import java.util.List;

/** One page of a search: items, the total matching, the 0-based page and its size. */
public record EnterprisePage(List<EnterpriseView> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
