package cn.anjian.personnel.people;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
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
 * Staff in the global search: enforcement officers, technical inspectors and social supervisors by a part of
 * their name, in the actor's scope (ORG-03), for holders of {@code personnel:read}. Shows the name, the roles,
 * the officer's certificate number (public, PUB-01) and the agency; never the ID-card or phone number.
 */
@Component
@RequiredArgsConstructor
class PersonSearchProvider implements SearchProvider {

    private final JdbcClient jdbc;

    @Override
    public SearchKind kind() {
        return SearchKind.PERSON;
    }

    @Override
    public boolean permits(Actor actor) {
        return actor.hasPermission("personnel:read");
    }

    @Override
    public List<SearchHit> search(Actor actor, SearchQuery query) {
        return jdbc.sql("""
                        SELECT p.id, p.name, a.name AS agency_name, o.cert_number,
                               o.person_id IS NOT NULL AS officer,
                               EXISTS (SELECT 1 FROM ti_inspector t WHERE t.person_id = p.id AND t.status = 'ACTIVE') AS inspector,
                               EXISTS (SELECT 1 FROM per_supervisor s WHERE s.person_id = p.id) AS supervisor
                        FROM per_person p
                        JOIN org_agency_view a ON a.id = p.agency_id
                        LEFT JOIN off_officer o ON o.person_id = p.id
                        WHERE p.scope_path LIKE :scope AND p.name LIKE :q""" + query.bigrams("p.name") + """
                          AND (o.person_id IS NOT NULL
                               OR EXISTS (SELECT 1 FROM ti_inspector t WHERE t.person_id = p.id)
                               OR EXISTS (SELECT 1 FROM per_supervisor s WHERE s.person_id = p.id))
                        ORDER BY (p.name = :text) DESC, p.name, p.id
                        LIMIT :limit""")
                .param("scope", actor.scope().pattern()).param("q", Like.contains(query.text()))
                .param("text", query.text()).param("limit", query.limit() + 1)
                .query((rs, i) -> {
                    List<String> parts = new ArrayList<>();
                    if (rs.getBoolean("officer")) {
                        String cert = rs.getString("cert_number");
                        parts.add(cert == null ? "执法人员" : "执法人员（执法证 " + cert + "）");
                    }
                    if (rs.getBoolean("inspector")) {
                        parts.add("技术检查员");
                    }
                    if (rs.getBoolean("supervisor")) {
                        parts.add("社会监督员");
                    }
                    parts.add(rs.getString("agency_name"));
                    return new SearchHit(rs.getString("name"), String.join(" · ", parts),
                            "/personnel/people/" + rs.getLong("id"));
                })
                .list();
    }

    @Override
    public String moreUrl(SearchQuery query) {
        return "/personnel/people?name=" + java.net.URLEncoder.encode(query.text(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
