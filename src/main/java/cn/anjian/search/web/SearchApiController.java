package cn.anjian.search.web;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.search.GlobalSearch;
import cn.anjian.search.SearchGroup;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search?q=}: the same grouped results as JSON; bad input is a 400 problem+json. */
@RestController
@RequiredArgsConstructor
class SearchApiController {

    private final GlobalSearch search;

    record Results(String query, List<SearchGroup> groups) {
    }

    @GetMapping("/api/v1/search")
    @PreAuthorize("hasAuthority('home:view')")
    Results search(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q) {
        List<SearchGroup> groups = search.search(actor, q);
        return new Results(q.strip(), groups);
    }
}
