package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.mines.HazardState;
import cn.anjian.mines.hazards.HazardQueries;
import cn.anjian.mines.hazards.Hazards;
import cn.anjian.mines.hazards.MatterFilter;
import cn.anjian.mines.hazards.NewHazard;
import cn.anjian.mines.hazards.Timeline;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** MW-06: the department's hazard list and each hazard's page; the commissioner records, reports and re-checks here. */
@Controller
@RequestMapping("/mines/hazards")
@RequiredArgsConstructor
class HazardPageController {

    static final List<String> HEADER = List.of("矿山", "隐患描述", "重大事故隐患", "状态", "整改指令文号", "整改期限", "是否逾期",
            "监管专员", "发现时间", "上报时间");

    private final HazardQueries queries;
    private final Hazards hazards;
    private final Timeline timeline;
    private final MatterWeb web;

    @GetMapping
    @PreAuthorize("hasAuthority('mine:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("mayRecord", !hazards.myMines(actor).isEmpty());
        return web.list(q, model, refusal, "/mines/hazards", "mines/hazards", HazardQueries.SORT, HazardState.class, HazardState::label,
                (f, sort, page, size) -> queries.list(actor, f, sort, page, size));
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('mine:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        MatterFilter f = web.filter(q, HazardState.class, HazardState::label);
        ListSort.Sort sort = HazardQueries.SORT.parse(q.get("sort"));
        return SheetExport.attachment("隐患排查治理.xlsx", "隐患", HEADER, rows -> queries.each(actor, f, sort,
                r -> rows.add(r.mineName(), r.description(), r.major() ? "是" : "否", r.state().label(),
                        Fmt.text(r.orderNumber()), Fmt.date(r.dueDate()), r.overdue() ? "是" : "否", r.commissionerName(),
                        Fmt.dateTime(r.foundAt()), Fmt.dateTime(r.escalatedAt()))));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('mine:hazard')")
    String newForm(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("form", HazardForms.NewHazardForm.blank());
        return form(actor, model);
    }

    private String form(Actor actor, Model model) {
        model.addAttribute("mines", hazards.myMines(actor));
        return "mines/hazard-new";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('mine:hazard')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") HazardForms.NewHazardForm form,
                  BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render(() -> form(actor, model));
        HazardForms.NewHazardForm.fields(refusal);
        refusal.check(errors);
        long id = hazards.record(actor, new NewHazard(Long.valueOf(form.mineId().strip()), form.description(),
                Params.flag("重大事故隐患", form.major()), form.daysValue(), List.of()));
        flash.addFlashAttribute("notice", "隐患已登记，整改指令已生成");
        return "redirect:/mines/hazards/" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('mine:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        HazardQueries.Row h = queries.get(actor, id);
        model.addAttribute("h", h);
        model.addAttribute("steps", timeline.of(Timeline.HAZARD, id));
        model.addAttribute("told", timeline.told(Timeline.HAZARD, id));
        model.addAttribute("mayAct", hazards.mayAct(actor, h.mineId()));
        return "mines/hazard";
    }

    @PostMapping("/{id}/report")
    @PreAuthorize("hasAuthority('mine:hazard')")
    String report(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String report,
                  PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/mines/hazards/" + id);
        hazards.report(actor, id, report, null);
        flash.addFlashAttribute("notice", "整改报告已登记，待复查");
        return "redirect:/mines/hazards/" + id;
    }

    @PostMapping("/{id}/recheck")
    @PreAuthorize("hasAuthority('mine:hazard')")
    String recheck(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String passed,
                   @RequestParam(required = false) String note, @RequestParam(required = false) String days,
                   PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/mines/hazards/" + id);
        boolean ok = Params.flag("复查结论", passed);
        hazards.recheck(actor, id, ok, note, Params.optionalInteger("整改期限", days));
        flash.addFlashAttribute("notice", ok ? "复查合格，隐患已闭环" : "复查不合格，已重新下达整改期限");
        return "redirect:/mines/hazards/" + id;
    }

    @GetMapping("/{id}/files/{fileId}")
    @PreAuthorize("hasAuthority('mine:read')")
    void file(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long fileId,
              HttpServletResponse response) throws IOException {
        HazardQueries.Row h = queries.get(actor, id);
        List<Long> allowed = new ArrayList<>(h.photoFileIds());
        if (h.orderFileId() != null) {
            allowed.add(h.orderFileId());
        }
        if (h.reportFileId() != null) {
            allowed.add(h.reportFileId());
        }
        web.send(actor, fileId, allowed, response);
    }
}
