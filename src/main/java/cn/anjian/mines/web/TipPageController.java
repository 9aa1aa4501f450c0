package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.mines.hazards.Hazards;
import cn.anjian.mines.hazards.IncidentTips;
import cn.anjian.mines.hazards.MatterFilter;
import cn.anjian.mines.hazards.NewIncidentTip;
import cn.anjian.mines.hazards.Timeline;
import cn.anjian.mines.hazards.TipEnums;
import cn.anjian.mines.hazards.TipQueries;
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

/** MW-08: incident tips — the department's list, each tip, recording it and forwarding the self-check report. */
@Controller
@RequestMapping("/mines/incident-tips")
@RequiredArgsConstructor
class TipPageController {

    static final List<String> HEADER = List.of("矿山", "线索来源", "反映情形", "线索内容", "立即报告", "状态", "收到时间",
            "督促自查时间", "报告期限", "是否逾期", "报送时间", "监管专员");

    private final TipQueries queries;
    private final IncidentTips tips;
    private final Hazards hazards;
    private final Timeline timeline;
    private final MatterWeb web;

    @GetMapping
    @PreAuthorize("hasAuthority('mine:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("mayRecord", !hazards.myMines(actor).isEmpty());
        return web.list(q, model, refusal, "/mines/incident-tips", "mines/tips", TipQueries.SORT, TipEnums.TipState.class, TipEnums.TipState::label,
                (f, sort, page, size) -> queries.list(actor, f, sort, page, size));
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('mine:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        MatterFilter f = web.filter(q, TipEnums.TipState.class, TipEnums.TipState::label);
        ListSort.Sort sort = TipQueries.SORT.parse(q.get("sort"));
        return SheetExport.attachment("举报线索.xlsx", "举报线索", HEADER, rows -> queries.each(actor, f, sort,
                r -> rows.add(r.mineName(), r.source().label(), r.kind().label(), r.summary(), r.immediate() ? "是" : "否",
                        r.state().label(), Fmt.dateTime(r.receivedAt()), Fmt.dateTime(r.selfCheckOrderedAt()),
                        Fmt.date(r.dueDate()), r.overdue() ? "是" : "否", Fmt.dateTime(r.forwardedAt()), r.commissionerName())));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('mine:hazard')")
    String newForm(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("form", HazardForms.NewTipForm.blank());
        return form(actor, model);
    }

    private String form(Actor actor, Model model) {
        model.addAttribute("mines", hazards.myMines(actor));
        model.addAttribute("sources", TipEnums.Source.values());
        model.addAttribute("kinds", TipEnums.Allegation.values());
        return "mines/tip-new";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('mine:hazard')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") HazardForms.NewTipForm form,
                  BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render(() -> form(actor, model));
        HazardForms.NewTipForm.fields(refusal);
        refusal.check(errors);
        long id = tips.record(actor, new NewIncidentTip(Long.valueOf(form.mineId().strip()), form.source(), form.kind(),
                form.summary(), Params.flag("立即报告", form.immediate()), null));
        flash.addFlashAttribute("notice", "线索已登记，已督促企业立即自查");
        return "redirect:/mines/incident-tips/" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('mine:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        TipQueries.Row t = queries.get(actor, id);
        model.addAttribute("t", t);
        model.addAttribute("steps", timeline.of(Timeline.TIP, id));
        model.addAttribute("told", timeline.told(Timeline.TIP, id));
        model.addAttribute("mayAct", hazards.mayAct(actor, t.mineId()));
        return "mines/tip";
    }

    @PostMapping("/{id}/forward")
    @PreAuthorize("hasAuthority('mine:hazard')")
    String forward(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String report,
                   PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/mines/incident-tips/" + id);
        tips.forward(actor, id, report, null);
        flash.addFlashAttribute("notice", "企业自查报告已报送部门");
        return "redirect:/mines/incident-tips/" + id;
    }

    @GetMapping("/{id}/files/{fileId}")
    @PreAuthorize("hasAuthority('mine:read')")
    void file(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long fileId,
              HttpServletResponse response) throws IOException {
        TipQueries.Row t = queries.get(actor, id);
        web.send(actor, fileId, t.reportFileId() == null ? List.of() : List.of(t.reportFileId()), response);
    }
}
