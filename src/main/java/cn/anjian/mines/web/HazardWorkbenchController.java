package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import cn.anjian.mines.hazards.HazardQueries;
import cn.anjian.mines.hazards.MatterFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * MW-06: the heads' home-page card — major hazards still under rectification and overdue hazards in their
 * jurisdiction, each count the same query as the list its link opens.
 */
@Controller
@RequiredArgsConstructor
class HazardWorkbenchController {

    private final HazardQueries queries;

    @GetMapping("/mines/hazards/workbench")
    @PreAuthorize("hasAuthority('mine:read') and hasAuthority('case:decide')")
    String card(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("majorOpen", queries.count(actor, new MatterFilter(null, null, "RECTIFYING", true, false)));
        model.addAttribute("majorRecheck", queries.count(actor, new MatterFilter(null, null, "RECHECK", true, false)));
        model.addAttribute("overdue", queries.count(actor, new MatterFilter(null, null, null, false, true)));
        return "mines/workbench :: card";
    }
}
