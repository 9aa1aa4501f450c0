package cn.anjian.enforcement.cases.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.enforcement.cases.EnterpriseCaseHistory;
import cn.anjian.kernel.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The enterprise page's history panel (htmx fragment): the enterprise's cases, decisions and fines in the
 * actor's scope. The enterprise itself is checked by the enterprise page (404 out of scope); here an
 * enterprise with no case in scope simply shows none.
 */
@Controller
@RequiredArgsConstructor
class EnterpriseHistoryController {

    private final EnterpriseCaseHistory history;

    @GetMapping("/cases/enterprise-history/{enterpriseId}")
    @PreAuthorize("hasAuthority('case:read')")
    String panel(@AuthenticationPrincipal Actor actor, @PathVariable long enterpriseId, Model model) {
        model.addAttribute("history", history.of(actor, enterpriseId));
        model.addAttribute("enterpriseId", enterpriseId);
        return "enforcement/cases/enterprise-history :: history";
    }
}
