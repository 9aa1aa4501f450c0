package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.SheetExport;
import cn.anjian.mines.hazards.Hazards;
import cn.anjian.mines.hazards.MatterFilter;
import cn.anjian.mines.hazards.NewStopWorkOrder;
import cn.anjian.mines.hazards.StopWorkKind;
import cn.anjian.mines.hazards.StopWorkOrders;
import cn.anjian.mines.hazards.StopWorkQueries;
import cn.anjian.mines.hazards.StopWorkState;
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

/** MW-12: stop-work and evacuation orders — the department's list, each order, recording and lifting. */
@Controller
@RequestMapping("/mines/stop-work-orders")
@RequiredArgsConstructor
class StopWorkPageController {

    static final List<String> HEADER = List.of("矿山", "指令类别", "文号", "下达时间", "事由", "停止作业范围", "撤出人数", "状态",
            "监管专员", "解除时间");

    private final StopWorkQueries queries;
    private final StopWorkOrders orders;
    private final Hazards hazards;
    private final Timeline timeline;
    private final MatterWeb web;

    @GetMapping
    @PreAuthorize("hasAuthority('mine:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("mayRecord", !hazards.myMines(actor).isEmpty());
        return web.list(q, model, refusal, "/mines/stop-work-orders", "mines/stop-orders", StopWorkQueries.SORT, StopWorkState.class, StopWorkState::label,
                (f, sort, page, size) -> queries.list(actor, f, sort, page, size));
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('mine:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        MatterFilter f = web.filter(q, StopWorkState.class, StopWorkState::label);
        ListSort.Sort sort = StopWorkQueries.SORT.parse(q.get("sort"));
        return SheetExport.attachment("停产撤人指令.xlsx", "停产撤人指令", HEADER, rows -> queries.each(actor, f, sort,
                r -> rows.add(r.mineName(), r.kind().label(), Fmt.text(r.orderNumber()), Fmt.dateTime(r.orderedAt()), r.reason(),
                        r.scopeText(), r.peopleEvacuated(), r.state().label(), r.commissionerName(), Fmt.dateTime(r.liftedAt()))));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('mine:hazard')")
    String newForm(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("form", HazardForms.NewStopForm.blank());
        return form(actor, model);
    }

    private String form(Actor actor, Model model) {
        model.addAttribute("mines", hazards.myMines(actor));
        model.addAttribute("kinds", StopWorkKind.values());
        return "mines/stop-order-new";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('mine:hazard')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") HazardForms.NewStopForm form,
                  BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render(() -> form(actor, model));
        HazardForms.NewStopForm.fields(refusal);
        refusal.check(errors);
        StopWorkOrders.Outcome o = orders.put(actor, UUID.randomUUID(), UUID.randomUUID().toString(),
                new NewStopWorkOrder(Long.valueOf(form.mineId().strip()), form.kind(), null, form.reason(), form.scope(),
                        form.people(), List.of()));
        flash.addFlashAttribute("notice", "指令已记录并报告部门负责人：" + o.number());
        return "redirect:/mines/stop-work-orders/" + o.id();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('mine:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        StopWorkQueries.Row o = queries.get(actor, id);
        model.addAttribute("o", o);
        model.addAttribute("steps", timeline.of(Timeline.STOP_ORDER, id));
        model.addAttribute("told", timeline.told(Timeline.STOP_ORDER, id));
        model.addAttribute("mayAct", hazards.mayAct(actor, o.mineId()));
        return "mines/stop-order";
    }

    @PostMapping("/{id}/lift")
    @PreAuthorize("hasAuthority('mine:hazard')")
    String lift(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String note,
                PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/mines/stop-work-orders/" + id);
        orders.lift(actor, id, note);
        flash.addFlashAttribute("notice", "指令已解除");
        return "redirect:/mines/stop-work-orders/" + id;
    }

    @GetMapping("/{id}/files/{fileId}")
    @PreAuthorize("hasAuthority('mine:read')")
    void file(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long fileId,
              HttpServletResponse response) throws IOException {
        StopWorkQueries.Row o = queries.get(actor, id);
        List<Long> allowed = new ArrayList<>(o.photoFileIds());
        if (o.orderFileId() != null) {
            allowed.add(o.orderFileId());
        }
        web.send(actor, fileId, allowed, response);
    }
}
