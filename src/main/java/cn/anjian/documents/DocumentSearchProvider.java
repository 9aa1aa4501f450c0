package cn.anjian.documents;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.Like;
import cn.anjian.search.SearchHit;
import cn.anjian.search.SearchKind;
import cn.anjian.search.SearchProvider;
import cn.anjian.search.SearchQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Document numbers (文号) in the global search, whole or in part, in the actor's scope (ORG-03). Case numbers
 * are left to the cases' own provider (one hit per case). A number links to its subject's page when the actor
 * may read that subject (a case: {@code case:read}; a legal review: {@code legalreview:read}), else to the
 * numbers list (only for holders of {@code document:generate}; a hit with nowhere to go is left out). For holders of {@code document:generate} or {@code case:read}.
 */
@Component
@RequiredArgsConstructor
class DocumentSearchProvider implements SearchProvider {

    private final JdbcClient jdbc;

    @Override
    public SearchKind kind() {
        return SearchKind.DOCUMENT;
    }

    @Override
    public boolean permits(Actor actor) {
        return actor.hasPermission("document:generate") || actor.hasPermission("case:read");
    }

    @Override
    public List<SearchHit> search(Actor actor, SearchQuery query) {
        return jdbc.sql("""
                        SELECT d.id, d.text, d.type_code, t.name AS type_name, a.name AS agency_name, d.year,
                               d.subject_type, d.subject_id, d.issued_at
                        FROM doc_number d JOIN doc_type t ON t.code = d.type_code JOIN org_agency_view a ON a.id = d.agency_id
                        WHERE d.scope_path LIKE :scope AND d.type_code <> 'CASE_NUMBER' AND d.text LIKE :q""" + query.bigrams("d.text") + """
                        ORDER BY (d.text = :text) DESC, d.issued_at DESC, d.id DESC
                        LIMIT :limit""")
                .param("scope", actor.scope().pattern()).param("q", Like.contains(query.text()))
                .param("text", query.text()).param("limit", query.limit() + 1)
                .query((rs, i) -> new SearchHit(rs.getString("text"),
                        rs.getString("type_name") + " · " + rs.getString("agency_name") + " · "
                                + Fmt.date(rs.getTimestamp("issued_at").toInstant()),
                        link(actor, rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("type_code"),
                                rs.getInt("year"))))
                .stream().filter(h -> h.url() != null).toList();
    }

    private static String link(Actor actor, String subjectType, String subjectId, String type, int year) {
        boolean numeric = subjectId != null && subjectId.matches("\\d{1,18}");
        if (numeric && "case".equals(subjectType) && actor.hasPermission("case:read")) {
            return "/cases/" + subjectId;
        }
        if (numeric && "legal-review".equals(subjectType) && actor.hasPermission("legalreview:read")) {
            return "/legal-review/" + subjectId;
        }
        return actor.hasPermission("document:generate") ? "/documents?type=" + type + "&year=" + year : null;
    }
}
