package cn.anjian.enforcement.cases.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.enforcement.cases.CaseWorkbench;
import cn.anjian.kernel.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The workbench's case card (htmx fragment): cases in progress by stage, each linking to the case list with
 * that stage; for heads ({@code case:decide}) the cases opened per month by stage as a chart. Internal case
 * staff only: external roles (technical inspectors, commissioners) see their own work, not the bureau's.
 */
@Controller
@RequiredArgsConstructor
class CaseWorkbenchController {

    private final CaseWorkbench workbench;

    @GetMapping("/cases/workbench")
    @PreAuthorize("hasAuthority('case:read') and hasAnyAuthority('case:manage', 'case:decide', 'legalreview:read')")
    String card(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("stages", workbench.openByStage(actor));
        model.addAttribute("mine", workbench.mineByStage(actor));
        if (actor.hasPermission("case:decide")) {
            model.addAttribute("chart", workbench.monthly(actor));
        }
        return "enforcement/cases/workbench :: card";
    }
}
