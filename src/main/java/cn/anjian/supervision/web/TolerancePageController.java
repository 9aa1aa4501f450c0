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
import cn.anjian.supervision.tolerance.NewTolerance;
import cn.anjian.supervision.tolerance.ToleranceEnums;
import cn.anjian.supervision.tolerance.Tolerances;
import cn.anjian.supervision.web.CheckForms.ToleranceForm;
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

/** COR-04: fault-tolerance and due-diligence applications — list, filing (starts the approval), one application. */
@Controller
@RequestMapping("/supervision/tolerance")
@RequiredArgsConstructor
class TolerancePageController {

    static final List<String> HEADER = List.of("类别", "执法人员", "单位", "事项", "申请", "状态", "决定", "决定理由", "申请时间");

    private final Tolerances tolerances;

    @GetMapping
    @PreAuthorize("hasAuthority('supervision:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("statuses", ToleranceEnums.Status.values());
        model.addAttribute("mayManage", actor.hasPermission("supervision:manage"));
        refusal.render("filterError", () -> {
            model.addAttribute("result", tolerances.list(actor, null, Tolerances.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(FilterUrl.of("/supervision/tolerance"), Tolerances.SORT.defaults(), PageSize.DEFAULT));
            return "supervision/tolerances";
        });
        ToleranceEnums.Status status = Params.choice(ToleranceEnums.Status.class, "状态", q.get("status"), ToleranceEnums.Status::label);
        ListSort.Sort sort = Tolerances.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(FilterUrl.of("/supervision/tolerance").with("status", q.get("status")), sort, size));
        model.addAttribute("result", tolerances.list(actor, status, sort, Params.page(q.get("page")), size));
        return "supervision/tolerances";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('supervision:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        ToleranceEnums.Status status = Params.choice(ToleranceEnums.Status.class, "状态", q.get("status"), ToleranceEnums.Status::label);
        ListSort.Sort sort = Tolerances.SORT.parse(q.get("sort"));
        return SheetExport.attachment("容错免责.xlsx", "容错免责", HEADER, rows -> tolerances.each(actor, status, sort,
                r -> rows.add(r.kind().label(), r.personName(), r.agencyName(), r.matter(), r.requested().label(), r.status().label(),
                        r.outcome() == null ? "" : r.outcome().label(), r.decisionReason() == null ? "" : r.decisionReason(),
                        Fmt.dateTime(r.createdAt()))));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String form(Model model) {
        model.addAttribute("form", ToleranceForm.blank());
        return newPage(model);
    }

    private String newPage(Model model) {
        model.addAttribute("kinds", ToleranceEnums.Kind.values());
        model.addAttribute("requests", ToleranceEnums.Requested.values());
        return "supervision/tolerance-new";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('supervision:manage')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") ToleranceForm form, BindingResult errors,
                  PageRefusal refusal, Model model, RedirectAttributes flash) {
        refusal.render(() -> newPage(model)).field("COR-04-OFFICER", "officerName").field("COR-04-RESPONSIBILITY", "boundary");
        refusal.check(errors);
        long id = tolerances.apply(actor, new NewTolerance(
                Params.choice(ToleranceEnums.Kind.class, "类别", form.kind(), ToleranceEnums.Kind::label), form.officerName(),
                form.certificateNumber(), form.matter(), Params.flag("是否勤勉尽责", form.diligent()), form.diligentNote(),
                Params.flag("是否合法合规", form.lawful()), form.lawfulNote(), Params.flag("是否未谋取私利", form.noPrivateGain()),
                form.noPrivateGainNote(), form.boundary(), form.duties(), form.accountability(),
                Params.choice(ToleranceEnums.Requested.class, "申请事项", form.requested(), ToleranceEnums.Requested::label)));
        flash.addFlashAttribute("notice", "申请已提交，待法制机构审核、局长决定");
        return "redirect:/supervision/tolerance/" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('supervision:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("t", tolerances.get(actor, id));
        return "supervision/tolerance";
    }
}
