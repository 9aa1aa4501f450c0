package cn.anjian.search;

import java.util.List;

/** The hits of one kind; {@code more} when the provider had more than shown, {@code moreUrl} its full list (or null). */
public record SearchGroup(SearchKind kind, String label, List<SearchHit> hits, boolean more, String moreUrl) {
}
