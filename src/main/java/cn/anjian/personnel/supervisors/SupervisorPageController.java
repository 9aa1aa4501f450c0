package cn.anjian.personnel.supervisors;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.DateText;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 社会监督员 pages: scoped list, appointment form, detail with consents, the approval timeline
 * (workflow's htmx fragment), certificate and term, equipment, submissions (complaints' fragment).
 * A refused action re-renders the detail with the message next to its form and a 4xx status.
 */
@Controller
@RequestMapping("/personnel/supervisors")
@RequiredArgsConstructor
class SupervisorPageController {

    private final SupervisorService service;
    private final SupervisorCancellations cancellations;
    private final SupervisorRecords records;
    private final SupervisorQueries queries;
    private final SupervisorExchanges exchanges;
    private final java.time.Clock clock;

    record Filters(String status, String route, String name) {
        /** The filters, kept in the pager, sort, size and export links. */
        FilterUrl url() {
            return FilterUrl.of("/personnel/supervisors").with("status", status).with("route", route).with("name", name);
        }

        SupervisorQueries.Filter parse() {
            SupervisorStatus st = null;
            if (status != null && !status.isBlank()) {
                try {
                    st = SupervisorStatus.valueOf(status.strip());
                } catch (IllegalArgumentException e) {
                    throw BusinessException.badInput("BAD-PARAMETER", "状态不正确");
                }
            }
            AppointmentRoute r = route == null || route.isBlank() ? null : AppointmentRoute.parse(route);
            if (name != null && name.length() > 50) {
                throw BusinessException.badInput("BAD-PARAMETER", "姓名不能超过 50 个字");
            }
            return new SupervisorQueries.Filter(st, r, name, null);
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('personnel:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String status,
                @RequestParam(required = false) String route, @RequestParam(required = false) String name,
                @RequestParam(required = false) String page, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String size, Model model, PageRefusal refusal) {
        Filters f = new Filters(status, route, name);
        model.addAttribute("f", f);
        model.addAttribute("states", SupervisorStatus.values());
        model.addAttribute("routes", AppointmentRoute.values());
        model.addAttribute("canManage", actor.hasPermission("supervisor:manage"));
        refusal.render("filterError", () -> {
            model.addAttribute("result", new SupervisorQueries.Page(List.of(), 0, 0, SupervisorQueries.PAGE_SIZE));
            model.addAttribute("kit", ListControls.of(f.url(), SupervisorQueries.SORT.defaults(), PageSize.DEFAULT));
            return "personnel/supervisors/list";
        });
        ListSort.Sort order = SupervisorQueries.SORT.parse(sort);
        int n = PageSize.parse(size);
        ListControls kit = ListControls.of(f.url(), order, n);
        model.addAttribute("kit", kit);
        SupervisorQueries.Page p = queries.list(actor.scope(), f.parse(), order, Params.page(page), n, java.time.LocalDate.now(clock));
        model.addAttribute("result", p);
        model.addAttribute("prevUrl", p.page() > 0 ? kit.page(p.page() - 1) : null);
        model.addAttribute("nextUrl", p.hasNext() ? kit.page(p.page() + 1) : null);
        return "personnel/supervisors/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    String newForm(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q, Model model) {
        if (q != null && q.length() > 50) {
            throw BusinessException.badInput("BAD-PARAMETER", "姓名不能超过 50 个字");
        }
        model.addAttribute("q", q);
        model.addAttribute("candidates", queries.candidates(actor.scope(), q));
        model.addAttribute("kinds", SourceKind.values());
        model.addAttribute("routes", AppointmentRoute.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AppointmentForm(null, AppointmentRoute.RECOMMENDATION.name(), null, null, null, null));
        }
        return "personnel/supervisors/new";
    }

    /**
     * SS-01 the appointment form, fields as typed (a conversion failure while binding would hide the other errors);
     * which route needs which source and the consultation are the domain's rules.
     */
    record AppointmentForm(@NotBlank(message = "请选择拟聘人员") String personId, @NotBlank(message = "请选择聘任方式") String route,
                           @NotBlank(message = "请选择类别") String sourceKind, @Size(max = Supervisor.NAME_MAX) String sourceName,
                           @Size(max = Supervisor.TEXT_MAX) String consultationNote, @DateText String consultedOn) {

        SupervisorService.NewAppointment appointment() {
            return new SupervisorService.NewAppointment(Params.optionalId("拟聘人员", personId), route, sourceKind, sourceName,
                    consultationNote, Params.date("征求意见日期", consultedOn));
        }
    }

    @PostMapping
    @PreAuthorize("hasAuthority('supervisor:manage')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") AppointmentForm form,
                  BindingResult errors, Model model, RedirectAttributes r, PageRefusal refusal) {
        refusal.render(() -> newForm(actor, null, model)).field("SS-01-PERSON", "personId");
        refusal.check(errors);
        long id = service.create(actor, form.appointment());
        r.addFlashAttribute("flashMessage", "已登记拟聘人员，请记录本人及其所在单位同意后提出聘任意见");
        return "redirect:/personnel/supervisors/" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('personnel:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        Supervisor s = service.get(actor, Params.id("id", id));
        model.addAttribute("d", queries.detail(s).orElseThrow(() -> BusinessException.notFound(SupervisorService.WHAT)));
        model.addAttribute("canManage", actor.hasPermission("supervisor:manage"));
        model.addAttribute("grounds", DismissalGround.values());
        model.addAttribute("today", java.time.LocalDate.now(clock));
        model.addAttribute("records", records.records(s.id));
        model.addAttribute("exchanges", exchanges.attendedBy(s.id));
        model.addAttribute("misconducts", cn.anjian.personnel.common.Misconduct.values());
        model.addAttribute("handlings", cn.anjian.personnel.common.Misconduct.Handling.values());
        if (!model.containsAttribute("recordForm")) {
            model.addAttribute("recordForm", new RecordForm("MISCONDUCT", null, null, null, null, null, null));
        }
        return "personnel/supervisors/detail";
    }

    /** SS-08: a misconduct, insurance, commendation or threat record, as for inspectors. */
    record RecordForm(@NotBlank(message = "请选择类别") String category, @Size(max = 50) String kind,
                      @NotBlank @DateText String occurredOn, @DateText String untilOn, String handling,
                      @NotBlank @Size(max = 2000) String description, @Size(max = 2000) String response) {
    }

    @PostMapping("/{id}/records")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    String addRecord(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                     @Valid @ModelAttribute("recordForm") RecordForm form, BindingResult errors, Model model,
                     RedirectAttributes r, PageRefusal refusal) {
        long sid = Params.id("id", id);
        refusal.render("recordError", () -> detail(actor, id, model));
        refusal.check(errors);
        records.addRecord(actor, sid, form.category(), form.kind(), Params.date("发生日期", form.occurredOn()),
                Params.date("截止日期", form.untilOn()), form.description(), form.handling(), form.response());
        r.addFlashAttribute("flashMessage", "记录已保存");
        return "redirect:/personnel/supervisors/" + sid;
    }

    /** SS-08: protective or technical equipment issued (tracked for return when the appointment ends). */
    @PostMapping("/{id}/equipment")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    String issueEquipment(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                          @RequestParam(required = false) String kind, @RequestParam(required = false) String item,
                          @RequestParam(required = false) String on, Model model, RedirectAttributes r, PageRefusal refusal) {
        return act(actor, id, "equipment-issue", model, r, refusal, "装备配发已登记",
                sid -> records.issueEquipment(actor, sid, kind, item, Params.date("配发日期", on)));
    }

    @PostMapping("/{id}/person-consent")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    String personConsent(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String on,
                         @RequestParam(required = false) String note, Model model, RedirectAttributes r, PageRefusal refusal) {
        return act(actor, id, "person-consent", model, r, refusal, "已记录本人同意",
                sid -> service.recordPersonConsent(actor, sid, Params.date("同意日期", on), note));
    }

    @PostMapping("/{id}/employer-consent")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    String employerConsent(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                           @RequestParam(required = false) String employer, @RequestParam(required = false) String on,
                           @RequestParam(required = false) String note, Model model, RedirectAttributes r,
                           PageRefusal refusal) {
        return act(actor, id, "employer-consent", model, r, refusal, "已记录所在单位同意",
                sid -> service.recordEmployerConsent(actor, sid, employer, Params.date("同意日期", on), note));
    }

    @PostMapping("/{id}/propose")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    String propose(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model, RedirectAttributes r,
                   PageRefusal refusal) {
        return act(actor, id, "propose", model, r, refusal, "聘任意见已提出，逐级申报至省应急管理厅",
                sid -> service.propose(actor, sid));
    }

    @PostMapping("/{id}/renew")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    String renew(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model, RedirectAttributes r,
                 PageRefusal refusal) {
        return act(actor, id, "renew", model, r, refusal, "续聘申报已提出", sid -> service.requestRenewal(actor, sid));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    String cancel(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String on, @RequestParam(required = false) String items, Model model,
                  RedirectAttributes r, PageRefusal refusal) {
        return act(actor, id, "destroy", model, r, refusal, "工作证销毁情况已上报，待省应急管理厅注销",
                sid -> cancellations.recordDestruction(actor, sid, reason, Params.date("销毁日期", on), items));
    }

    /** SS-07 → TI-16: only the province cancels a destroyed and reported certificate, and publishes it. */
    @PostMapping("/{id}/province-cancel")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    String provinceCancel(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model, RedirectAttributes r,
                          PageRefusal refusal) {
        return act(actor, id, "cancel", model, r, refusal, "工作证已注销，注销公告已发布",
                sid -> cancellations.cancel(actor, sid));
    }

    @PostMapping("/{id}/dismiss")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    String dismiss(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String ground,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) String on,
                   @RequestParam(required = false) String items, Model model, RedirectAttributes r,
                   PageRefusal refusal) {
        return act(actor, id, "dismiss", model, r, refusal, "已解聘，解聘公告已发布",
                sid -> service.dismiss(actor, sid, ground, reason, Params.date("生效日期", on), items));
    }

    @PostMapping("/{id}/equipment/{equipmentId}/returned")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    String returned(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String equipmentId,
                    @RequestParam(required = false) String on, Model model, RedirectAttributes r, PageRefusal refusal) {
        return act(actor, id, "equipment", model, r, refusal, "已登记归还",
                sid -> service.markReturned(actor, sid, Params.id("equipmentId", equipmentId), Params.date("归还日期", on)));
    }

    @PostMapping("/{id}/login")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    String login(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String username,
                 @RequestParam(required = false) String password, Model model, RedirectAttributes r,
                 PageRefusal refusal) {
        return act(actor, id, "login", model, r, refusal, "已开通登录账号，首次登录须修改密码",
                sid -> service.createLogin(actor, sid, username, password));
    }

    private String act(Actor actor, String id, String form, Model model, RedirectAttributes r, PageRefusal refusal,
                       String done, java.util.function.LongConsumer action) {
        long sid = Params.id("id", id);
        service.get(actor, sid); // 404 outside the scope, before anything else
        model.addAttribute("actionForm", form);
        refusal.render("actionError", () -> detail(actor, id, model));
        action.accept(sid);
        r.addFlashAttribute("flashMessage", done);
        return "redirect:/personnel/supervisors/" + sid;
    }
}
