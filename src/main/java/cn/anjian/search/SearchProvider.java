package cn.anjian.search;

import java.util.List;

import cn.anjian.kernel.Actor;

/**
 * What a module contributes to the global search: a search of its own tables (never another module's,
 * TableBoundaryTests), scoped to {@code actor.scope()} in SQL (ORG-03). {@link GlobalSearch} calls it only
 * when {@link #permits(Actor)}: a user without the module's read permission gets nothing of its kind.
 * Returns at most {@code query.limit() + 1} hits, best first (the extra one says "more").
 */
public interface SearchProvider {

    SearchKind kind();

    /** Whether the actor may see hits of this kind at all (the module's read permission). */
    boolean permits(Actor actor);

    List<SearchHit> search(Actor actor, SearchQuery query);

    /** A list page of the module that shows every match, or null when it has none for this text. */
    default String moreUrl(SearchQuery query) {
        return null;
    }
}
