package cn.anjian.search.web;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.search.GlobalSearch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /search?q=}: the results page of the top bar's search box, grouped by kind. Bad input: the page with the message, 400. */
@Controller
@RequiredArgsConstructor
class SearchPageController {

    private final GlobalSearch search;

    @GetMapping("/search")
    @PreAuthorize("hasAuthority('home:view')")
    String results(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q, Model model,
                   PageRefusal refusal) {
        model.addAttribute("q", q == null ? "" : q.strip());
        refusal.render("searchError", () -> {
            model.addAttribute("groups", List.of());
            return "search/results";
        });
        model.addAttribute("groups", search.search(actor, q));
        return "search/results";
    }
}
