package cn.anjian.supervision.web;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.supervision.violations.NewViolation;
import cn.anjian.supervision.violations.OfficerViolations;
import cn.anjian.supervision.violations.ViolationHandling;
import cn.anjian.supervision.violations.ViolationKind;
import cn.anjian.supervision.web.CheckForms.ViolationForm;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** COR-03: officers' violations and their handling — the list and the form on one page. */
@Controller
@RequestMapping("/supervision/violations")
@RequiredArgsConstructor
class ViolationPageController {

    static final List<String> HEADER = List.of("执法人员", "所在单位", "违法行为类别", "发生日期", "违法事实", "处理方式", "处理说明", "处理日期");

    private final OfficerViolations violations;

    @GetMapping
    @PreAuthorize("hasAuthority('supervision:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("form", ViolationForm.blank());
        return page(actor, q, model, refusal);
    }

    private String page(Actor actor, Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("kinds", ViolationKind.values());
        model.addAttribute("handlings", ViolationHandling.values());
        model.addAttribute("mayManage", actor.hasPermission("supervision:manage"));
        refusal.render("filterError", () -> {
            model.addAttribute("result", violations.list(actor, null, OfficerViolations.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(FilterUrl.of("/supervision/violations"), OfficerViolations.SORT.defaults(), PageSize.DEFAULT));
            return "supervision/violations";
        });
        ViolationKind kind = Params.choice(ViolationKind.class, "违法行为类别", q.get("kind"), ViolationKind::label);
        ListSort.Sort sort = OfficerViolations.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(FilterUrl.of("/supervision/violations").with("kind", q.get("kind")), sort, size));
        model.addAttribute("result", violations.list(actor, kind, sort, Params.page(q.get("page")), size));
        return "supervision/violations";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('supervision:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        ViolationKind kind = Params.choice(ViolationKind.class, "违法行为类别", q.get("kind"), ViolationKind::label);
        ListSort.Sort sort = OfficerViolations.SORT.parse(q.get("sort"));
        return SheetExport.attachment("执法人员违法行为.xlsx", "执法人员违法行为", HEADER, rows -> violations.each(actor, kind, sort,
                r -> rows.add(r.personName(), r.agencyName(), r.kind().label(), Fmt.date(r.occurredOn()), r.facts(), r.handling().label(),
                        r.handlingNote() == null ? "" : r.handlingNote(), Fmt.date(r.handledOn()))));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('supervision:manage')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") ViolationForm form, BindingResult errors,
                  PageRefusal refusal, Model model, RedirectAttributes flash) {
        refusal.render(() -> page(actor, Map.of(), model, refusal)).field("COR-03-OFFICER", "officerName")
                .field("COR-03-DATE", "handledOn").field("COR-03-FACTS", "facts");
        refusal.check(errors);
        violations.record(actor, new NewViolation(form.officerName(), form.certificateNumber(),
                Params.choice(ViolationKind.class, "违法行为类别", form.kind(), ViolationKind::label), Params.date("发生日期", form.occurredOn()),
                form.facts(), Params.choice(ViolationHandling.class, "处理方式", form.handling(), ViolationHandling::label),
                form.handlingNote(), Params.date("处理日期", form.handledOn()), null));
        flash.addFlashAttribute("notice", "违法行为及处理情况已登记");
        return "redirect:/supervision/violations";
    }
}
