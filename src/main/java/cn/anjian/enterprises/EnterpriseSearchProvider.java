package cn.anjian.enterprises;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Like;
import cn.anjian.search.SearchHit;
import cn.anjian.search.SearchKind;
import cn.anjian.search.SearchProvider;
import cn.anjian.search.SearchQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Enterprises in the global search: a part of the name, or the unified social credit code from its start,
 * in the actor's scope (ORG-03), for holders of {@code enterprise:read}. Exact code or name first, then by name.
 */
@Component
@RequiredArgsConstructor
class EnterpriseSearchProvider implements SearchProvider {

    private final JdbcClient jdbc;

    @Override
    public SearchKind kind() {
        return SearchKind.ENTERPRISE;
    }

    @Override
    public boolean permits(Actor actor) {
        return actor.hasPermission("enterprise:read");
    }

    @Override
    public List<SearchHit> search(Actor actor, SearchQuery query) {
        String code = query.upper();
        return jdbc.sql("""
                        SELECT e.id, e.name, e.credit_code, e.status, j.name AS jurisdiction_name,
                               EXISTS (SELECT 1 FROM ent_blacklist b WHERE b.enterprise_id = e.id AND b.removed_at IS NULL) AS blacklisted
                        FROM ent_enterprise e JOIN org_jurisdiction_view j ON j.id = e.jurisdiction_id
                        WHERE e.scope_path LIKE :scope
                        """ + "AND ((e.name LIKE :q" + query.bigrams("e.name") + ") OR e.credit_code LIKE :code)" + """
                        ORDER BY (e.credit_code = :exact OR e.name = :text) DESC, e.name, e.id
                        LIMIT :limit""")
                .param("scope", actor.scope().pattern()).param("q", Like.contains(query.text()))
                .param("code", Like.escape(code) + "%").param("exact", code).param("text", query.text())
                .param("limit", query.limit() + 1)
                .query((rs, i) -> new SearchHit(rs.getString("name"),
                        (rs.getString("credit_code") == null ? "公民" : rs.getString("credit_code"))
                                + " · " + rs.getString("jurisdiction_name")
                                + " · " + EnterpriseStatus.valueOf(rs.getString("status")).label()
                                + (rs.getBoolean("blacklisted") ? " · 失信联合惩戒黑名单" : ""),
                        "/enterprises/" + rs.getLong("id")))
                .list();
    }

    @Override
    public String moreUrl(SearchQuery query) {
        return "/enterprises?q=" + java.net.URLEncoder.encode(query.text(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
