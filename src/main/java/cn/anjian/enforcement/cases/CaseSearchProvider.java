package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Like;
import cn.anjian.search.SearchHit;
import cn.anjian.search.SearchKind;
import cn.anjian.search.SearchProvider;
import cn.anjian.search.SearchQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases in the global search: a case number, whole or in part ("〔2026〕12"), in the actor's scope (ORG-03),
 * for holders of {@code case:read}. The exact number first, then the newest. Found through the number's bigram
 * index (V13_20).
 */
@Component
@RequiredArgsConstructor
class CaseSearchProvider implements SearchProvider {

    private final JdbcClient jdbc;

    @Override
    public SearchKind kind() {
        return SearchKind.CASE;
    }

    @Override
    public boolean permits(Actor actor) {
        return actor.hasPermission("case:read");
    }

    @Override
    public List<SearchHit> search(Actor actor, SearchQuery query) {
        return jdbc.sql("""
                        SELECT c.id, c.case_number, c.party_name, c.stage, a.name AS agency_name
                        FROM enf_case c JOIN org_agency_view a ON a.id = c.agency_id
                        WHERE c.scope_path LIKE :scope AND c.case_number LIKE :q""" + query.bigrams("c.case_number") + """
                        ORDER BY (c.case_number = :text) DESC, c.opened_at DESC, c.id DESC
                        LIMIT :limit""")
                .param("scope", actor.scope().pattern()).param("q", Like.contains(query.text()))
                .param("text", query.text()).param("limit", query.limit() + 1)
                .query((rs, i) -> new SearchHit(rs.getString("case_number"),
                        rs.getString("party_name") + " · " + CaseStage.valueOf(rs.getString("stage")).label()
                                + " · " + rs.getString("agency_name"),
                        "/cases/" + rs.getLong("id")))
                .list();
    }
}
