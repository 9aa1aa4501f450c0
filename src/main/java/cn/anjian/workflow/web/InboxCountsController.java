package cn.anjian.workflow.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import cn.anjian.workflow.InboxFilter;
import cn.anjian.workflow.Workflows;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The workbench's counts of the user's own to-dos (htmx fragment): approval and review steps waiting for them,
 * and those past their step deadline. Counted with the inbox's own query, so each number equals the list it
 * links to.
 */
@Controller
@RequiredArgsConstructor
class InboxCountsController {

    private final Workflows workflows;

    @GetMapping("/workflow/inbox/counts")
    @PreAuthorize("hasAuthority('workflow:inbox')")
    String counts(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("waiting", workflows.inbox(actor, InboxFilter.all(), PageRequest.of(0, 1)).getTotalElements());
        model.addAttribute("overdue", workflows.inbox(actor, new InboxFilter(null, true), PageRequest.of(0, 1)).getTotalElements());
        return "workflow/home-counts :: counts";
    }
}
