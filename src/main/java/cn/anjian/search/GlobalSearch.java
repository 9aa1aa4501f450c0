package cn.anjian.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.anjian.kernel.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The global search: checks the text ({@link SearchQuery#parse}, 400 on bad input), asks every provider
 * the actor is permitted to use, and groups the hits by kind in {@link SearchKind} order. Kinds without
 * hits are left out; kinds the actor may not see are never asked.
 */
@Service
public class GlobalSearch {

    private final List<SearchProvider> providers;

    public GlobalSearch(List<SearchProvider> providers) {
        this.providers = providers.stream().sorted(Comparator.comparing(SearchProvider::kind)).toList();
    }

    @Transactional(readOnly = true)
    public List<SearchGroup> search(Actor actor, String raw) {
        SearchQuery query = SearchQuery.parse(raw);
        List<SearchGroup> groups = new ArrayList<>();
        for (SearchProvider p : providers) {
            if (!p.permits(actor)) {
                continue;
            }
            List<SearchHit> hits = p.search(actor, query);
            if (hits.isEmpty()) {
                continue;
            }
            boolean more = hits.size() > query.limit();
            groups.add(new SearchGroup(p.kind(), p.kind().label(), more ? hits.subList(0, query.limit()) : hits, more,
                    p.moreUrl(query)));
        }
        return groups;
    }
}
