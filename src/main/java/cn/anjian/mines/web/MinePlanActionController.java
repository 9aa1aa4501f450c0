package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.mines.planner.AssignmentPlans;
import cn.anjian.mines.planner.MinePlanApproval;
import cn.anjian.mines.planner.PlanMoves;
import cn.anjian.mines.planner.RotationExceptions;
import cn.anjian.org.Jurisdictions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * MC-06, MC-07, MC-09: what an officer does to a plan — compute it, move a commissioner (the domain re-checks the
 * hard rules and refuses a breach in words), set the published supervision phone, submit it for approval, and ask
 * the province for a rotation exception. Every refusal goes back to the page with the message.
 */
@Controller
@RequiredArgsConstructor
class MinePlanActionController {

    private final AssignmentPlans plans;
    private final PlanMoves moves;
    private final MinePlanApproval approval;
    private final RotationExceptions exceptions;
    private final Jurisdictions jurisdictions;

    @PostMapping("/mines/plans")
    @PreAuthorize("hasAuthority('mine:plan')")
    String create(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year, PageRefusal refusal,
                  RedirectAttributes flash) {
        refusal.redirect("/mines/plans");
        String code = jurisdictions.get(actor.jurisdictionId()).code();
        long id = plans.create(actor, code, Params.integer("方案年度", year, 0, 2000, 2100));
        flash.addFlashAttribute("notice", "派驻方案开始计算，页面将显示计算进度");
        return "redirect:/mines/plans/" + id;
    }

    @PostMapping("/mines/plans/{id:\\d+}/moves")
    @PreAuthorize("hasAuthority('mine:plan')")
    String move(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                @RequestParam(required = false) String commissionerId, @RequestParam(required = false) String fromMineId,
                @RequestParam(required = false) String toMineId, PageRefusal refusal, RedirectAttributes flash) {
        plans.get(actor, id);
        refusal.redirect("moveError", "/mines/plans/" + id + "?view=commissioner");
        moves.move(actor, id, Params.optionalId("监管专员", commissionerId), Params.optionalId("调出矿山", fromMineId),
                Params.optionalId("调入矿山", toMineId));
        flash.addFlashAttribute("notice", "调整已通过派驻规则核查并保存");
        return "redirect:/mines/plans/" + id + "?view=commissioner";
    }

    /** MC-09: puts a commissioner (e.g. one the solver left idle) on a mine of the draft; every hard rule re-checked. */
    @PostMapping("/mines/plans/{id:\\d+}/additions")
    @PreAuthorize("hasAuthority('mine:plan')")
    String add(@AuthenticationPrincipal Actor actor, @PathVariable long id,
               @RequestParam(required = false) String commissionerId, @RequestParam(required = false) String mineId,
               PageRefusal refusal, RedirectAttributes flash) {
        plans.get(actor, id);
        refusal.redirect("memberError", "/mines/plans/" + id + "?view=commissioner");
        moves.add(actor, id, Params.optionalId("监管专员", commissionerId), Params.optionalId("矿山", mineId));
        flash.addFlashAttribute("notice", "增派已通过派驻规则核查并保存");
        return "redirect:/mines/plans/" + id + "?view=commissioner";
    }

    /** MC-09: takes a commissioner off a mine of the draft; refused when the mine or its group would fall short. */
    @PostMapping("/mines/plans/{id:\\d+}/removals")
    @PreAuthorize("hasAuthority('mine:plan')")
    String remove(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                  @RequestParam(required = false) String commissionerId, @RequestParam(required = false) String mineId,
                  PageRefusal refusal, RedirectAttributes flash) {
        plans.get(actor, id);
        refusal.redirect("memberError", "/mines/plans/" + id + "?view=commissioner");
        moves.remove(actor, id, Params.optionalId("监管专员", commissionerId), Params.optionalId("矿山", mineId));
        flash.addFlashAttribute("notice", "撤出已通过派驻规则核查并保存");
        return "redirect:/mines/plans/" + id + "?view=commissioner";
    }

    /** MC-09: computes the plan's year again with the longer limit (the solver stopped before what the data allows). */
    @PostMapping("/mines/plans/{id:\\d+}/recompute")
    @PreAuthorize("hasAuthority('mine:plan')")
    String recompute(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal,
                     RedirectAttributes flash) {
        plans.get(actor, id);
        refusal.redirect("/mines/plans/" + id);
        long next = plans.recompute(actor, id);
        flash.addFlashAttribute("notice", "已延长计算时间重新计算，页面将显示计算进度");
        return "redirect:/mines/plans/" + next;
    }

    @PostMapping("/mines/plans/{id:\\d+}/contact")
    @PreAuthorize("hasAuthority('mine:plan')")
    String contact(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                   @RequestParam(required = false) String supervisionPhone, PageRefusal refusal, RedirectAttributes flash) {
        plans.get(actor, id);
        refusal.redirect("/mines/plans/" + id);
        approval.contact(actor, id, Params.text("监督电话", supervisionPhone, 30));
        flash.addFlashAttribute("notice", "监督电话已保存");
        return "redirect:/mines/plans/" + id;
    }

    @PostMapping("/mines/plans/{id:\\d+}/submit")
    @PreAuthorize("hasAuthority('mine:plan')")
    String submit(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal,
                  RedirectAttributes flash) {
        plans.get(actor, id);
        refusal.redirect("/mines/plans/" + id);
        approval.submit(actor, id);
        flash.addFlashAttribute("notice", "派驻方案已提交审批");
        return "redirect:/mines/plans/" + id;
    }

    @PostMapping("/mines/exceptions")
    @PreAuthorize("hasAuthority('mine:plan')")
    String exception(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String commissionerId,
                     @RequestParam(required = false) String mineId, @RequestParam(required = false) String year,
                     @RequestParam(required = false) String reason, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/mines/exceptions");
        exceptions.request(actor, Params.optionalId("监管专员", commissionerId), Params.optionalId("矿山", mineId),
                Params.optionalInteger("延期年度", year), reason);
        flash.addFlashAttribute("notice", "延期轮换申请已提交，待省级矿山安全监管部门批准");
        return "redirect:/mines/exceptions";
    }
}
