package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.app.CommissionerSelf;
import cn.anjian.mines.app.Leaves;
import cn.anjian.mines.app.Me;
import cn.anjian.mines.app.Pledges;
import cn.anjian.mines.app.WorkReports;
import cn.anjian.mines.web.MobileForms.LeaveForm;
import cn.anjian.mines.web.MobileForms.ReportForm;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The commissioner's own pages in the phone app: leave (MW-11), work reports (MW-13), the pledge (MW-14). */
@Controller
@RequestMapping("/m")
@RequiredArgsConstructor
class MobileSelfController {

    private final CommissionerSelf self;
    private final Leaves leaves;
    private final WorkReports reports;
    private final Pledges pledges;
    private final Clock clock;

    @GetMapping("/leave")
    @PreAuthorize("hasAuthority('mine:app')")
    String leave(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("form", LeaveForm.blank());
        return leavePage(actor, model);
    }

    private String leavePage(Actor actor, Model model) {
        Me me = self.find(actor).orElse(null);
        model.addAttribute("me", me);
        model.addAttribute("colleagues", me == null ? java.util.List.of() : self.colleagues(me));
        model.addAttribute("leaves", leaves.mine(actor));
        model.addAttribute("onLeave", me == null ? null
                : leaves.onLeave(me.commissionerId(), LocalDate.now(clock.withZone(Zones.SHANGHAI))).orElse(null));
        model.addAttribute("remoteDuty", Leaves.REMOTE_DUTY);
        return "mines/app/leave";
    }

    @PostMapping("/leave")
    @PreAuthorize("hasAuthority('mine:app')")
    String requestLeave(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") LeaveForm form,
                        BindingResult errors, PageRefusal refusal, Model model, RedirectAttributes flash) {
        LeaveForm.fields(refusal.render(() -> leavePage(actor, model)));
        refusal.check(errors);
        leaves.request(actor, new Leaves.LeaveRequest(Params.date("开始日期", form.startsOn()),
                Params.date("结束日期", form.endsOn()), form.reason(), Params.id("代岗监管专员", form.substituteId())));
        flash.addFlashAttribute("flashMessage", "请假申请已提交，待部门审批");
        return "redirect:/m/leave";
    }

    @GetMapping("/reports")
    @PreAuthorize("hasAuthority('mine:app')")
    String reportList(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("me", self.find(actor).orElse(null));
        model.addAttribute("reports", reports.mine(actor));
        return "mines/app/reports";
    }

    @PostMapping("/reports")
    @PreAuthorize("hasAuthority('mine:app')")
    String openReport(@AuthenticationPrincipal Actor actor, PageRefusal refusal) {
        refusal.redirect("/m/reports");
        return "redirect:/m/reports/" + reports.openCurrent(actor);
    }

    @GetMapping("/reports/{id}")
    @PreAuthorize("hasAuthority('mine:app')")
    String report(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        WorkReports.View v = reports.get(actor, id);
        model.addAttribute("r", v);
        model.addAttribute("form", new ReportForm(v.accidents(), v.implementation(), v.discipline(), v.problems(),
                v.otherMatters()));
        return "mines/app/report";
    }

    @PostMapping("/reports/{id}")
    @PreAuthorize("hasAuthority('mine:app')")
    String saveReport(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") ReportForm form,
                      BindingResult errors, PageRefusal refusal, Model model, RedirectAttributes flash) {
        WorkReports.View v = reports.get(actor, id); // 404 before the form is used
        model.addAttribute("r", v);
        refusal.render(() -> "mines/app/report");
        refusal.check(errors);
        reports.edit(actor, id, narrative(form));
        flash.addFlashAttribute("flashMessage", "已保存");
        return "redirect:/m/reports/" + id;
    }

    @PostMapping("/reports/{id}/submit")
    @PreAuthorize("hasAuthority('mine:app')")
    String submitReport(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") ReportForm form,
                        BindingResult errors, PageRefusal refusal, Model model, RedirectAttributes flash) {
        WorkReports.View v = reports.get(actor, id);
        model.addAttribute("r", v);
        refusal.render(() -> "mines/app/report");
        refusal.check(errors);
        reports.edit(actor, id, narrative(form));
        reports.submit(actor, id);
        flash.addFlashAttribute("flashMessage", "述职报告已提交");
        return "redirect:/m/reports/" + id;
    }

    private static WorkReports.Narrative narrative(ReportForm f) {
        return new WorkReports.Narrative(f.accidents(), f.implementation(), f.discipline(), f.problems(), f.otherMatters());
    }

    @GetMapping("/pledge")
    @PreAuthorize("hasAuthority('mine:app')")
    String pledge(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("me", self.find(actor).orElse(null));
        model.addAttribute("signed", pledges.signed(actor).orElse(null));
        model.addAttribute("title", Pledges.TITLE);
        model.addAttribute("text", Pledges.TEXT);
        model.addAttribute("version", Pledges.VERSION);
        return "mines/app/pledge";
    }

    @PostMapping("/pledge")
    @PreAuthorize("hasAuthority('mine:app')")
    String sign(@AuthenticationPrincipal Actor actor, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/m/pledge");
        pledges.sign(actor);
        flash.addFlashAttribute("flashMessage", "已签署廉政承诺书");
        return "redirect:/m/pledge";
    }
}
