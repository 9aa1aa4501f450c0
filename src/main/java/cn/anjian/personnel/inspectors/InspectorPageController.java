package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.common.Misconduct;
import cn.anjian.personnel.inspectors.InspectorForms.AppointmentForm;
import cn.anjian.personnel.inspectors.InspectorForms.RecordForm;
import cn.anjian.personnel.inspectors.InspectorForms.TrainingForm;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the technical inspectors: the scoped list, the appointment form and an inspector's file (hiring
 * plans and campaigns: {@link HiringPageController}). The appointment form is a bound record: every field error
 * inline at once, a domain refusal re-renders it with the input kept; quick actions on the detail page redirect
 * back with the message.
 */
@Controller
@RequestMapping("/personnel/inspectors")
@RequiredArgsConstructor
class InspectorPageController {

    private static final String READ = "hasAuthority('personnel:read')";
    private static final String MANAGE = "hasAuthority('inspector:manage')";

    private final Inspectors inspectors;
    private final Assessments assessments;
    private final HiringPlans plans;
    private final Deadlines deadlines;
    private final Clock clock;

    // ---- list ----

    @GetMapping
    @PreAuthorize(READ)
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model,
                PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("canManage", actor.hasPermission("inspector:manage"));
        model.addAttribute("year", LocalDate.now(clock).getYear());
        model.addAttribute("today", LocalDate.now(clock));
        refusal.render("filterError", () -> {
            model.addAttribute("rows", List.of());
            model.addAttribute("total", 0L);
            model.addAttribute("page", 0);
            model.addAttribute("pages", 1L);
            model.addAttribute("kit", ListControls.of(filters(q), Inspectors.SORT.defaults(), PageSize.DEFAULT));
            return listPage(actor, model);
        });
        Inspectors.Filter f = InspectorParams.filter(q.get("name"), q.get("kind"), q.get("status"), q.get("certificate"));
        ListSort.Sort sort = Inspectors.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        Integer p = Params.optionalInteger("页码", q.get("page"));
        int page = InspectorParams.page(p == null ? 0 : p);
        long total = inspectors.count(actor, f);
        ListControls kit = ListControls.of(filters(q), sort, size);
        model.addAttribute("kit", kit);
        model.addAttribute("rows", inspectors.list(actor, f, sort, page, size));
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + size - 1) / size));
        model.addAttribute("prevUrl", page > 0 ? kit.page(page - 1) : null);
        model.addAttribute("nextUrl", (long) (page + 1) * size < total ? kit.page(page + 1) : null);
        return listPage(actor, model);
    }

    private String listPage(Actor actor, Model model) {
        model.addAttribute("reminders", inspectors.renewalReminders(actor));
        model.addAttribute("shortfalls", inspectors.shortfalls(actor, LocalDate.now(clock).getYear()));
        return "personnel/inspectors/list";
    }

    /** The list's filters, kept in its pager, sort, size and export links. */
    static FilterUrl filters(Map<String, String> q) {
        return FilterUrl.of("/personnel/inspectors").with("name", q.get("name")).with("kind", q.get("kind"))
                .with("status", q.get("status")).with("certificate", q.get("certificate"));
    }

    // ---- appointment ----

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String appointForm(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String campaignId,
                       @RequestParam(required = false) String applicantId, Model model) {
        model.addAttribute("form", AppointmentForm.start(campaignId, applicantId, LocalDate.now(clock)));
        return appointPage(actor, model);
    }

    private String appointPage(Actor actor, Model model) {
        model.addAttribute("specialties", Specialty.values());
        // TI-01: part-time inspectors take the places of one of the department's approved plans
        model.addAttribute("approvedPlans", plans.list(actor, "APPROVED", 0, 100).stream()
                .filter(p -> p.agencyId() == actor.agencyId()).toList());
        return "personnel/inspectors/appoint";
    }

    @PostMapping("/new")
    @PreAuthorize(MANAGE)
    String appoint(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") AppointmentForm form,
                   BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes redirect) {
        refusal.render(() -> appointPage(actor, model)).field("TI-07", "recommendingBody").field("TI-14", "termEnd")
                .field("TI-01", "planId").field("TI-01-HEADCOUNT", "planId");
        refusal.check(errors);
        InspectorView i = inspectors.appoint(actor, form.appointment());
        redirect.addFlashAttribute("flashMessage", "已聘用：" + i.name());
        return "redirect:/personnel/inspectors/" + i.id();
    }

    // ---- detail ----

    @GetMapping("/{id:\\d+}")
    @PreAuthorize(READ)
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        InspectorView i = inspectors.get(actor, id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("i", i);
        model.addAttribute("today", today);
        model.addAttribute("canManage", actor.hasPermission("inspector:manage"));
        model.addAttribute("preJobHours", inspectors.preJobHours(id));
        model.addAttribute("yearHours", inspectors.hoursInYear(id, today.getYear()));
        model.addAttribute("trainings", inspectors.trainings(id));
        model.addAttribute("equipment", inspectors.equipment(id));
        model.addAttribute("outstanding", inspectors.equipment(id).stream().filter(EquipmentView::outstanding).count());
        model.addAttribute("renewals", inspectors.renewals(id));
        model.addAttribute("records", inspectors.records(id));
        model.addAttribute("deadlines", deadlines.listFor("ti-inspector", String.valueOf(id)));
        model.addAttribute("certified", i.certifiedOn(today));
        model.addAttribute("reminder", "VALID".equals(i.certificateStatus())
                && InspectorRules.renewalReminder(i.certificateExpiresOn(), today));
        model.addAttribute("trainingKinds", InspectorTrainingKind.values());
        if (!model.containsAttribute("trainingForm")) {
            model.addAttribute("trainingForm", TrainingForm.start());
        }
        if (!model.containsAttribute("recordForm")) {
            model.addAttribute("recordForm", RecordForm.start());
        }
        if (!model.containsAttribute("assessmentForm")) {
            model.addAttribute("assessmentForm", InspectorForms.AssessmentForm.start());
        }
        model.addAttribute("assessments", assessments.list(id));
        model.addAttribute("assessmentKinds", Assessments.Kind.values());
        model.addAttribute("assessmentResults", Assessments.Result.values());
        model.addAttribute("managingUnit", assessments.managingUnit(i.agencyId()).orElse(null));
        model.addAttribute("units", actor.agencyId() == i.agencyId() ? assessments.units(i.agencyId()) : java.util.List.of());
        model.addAttribute("grounds", DismissalGround.values());
        model.addAttribute("misconducts", Misconduct.values());
        model.addAttribute("handlings", Misconduct.Handling.values());
        return "personnel/inspectors/detail";
    }

    @PostMapping("/{id:\\d+}/trainings")
    @PreAuthorize(MANAGE)
    String addTraining(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                       @Valid @ModelAttribute("trainingForm") TrainingForm form, BindingResult errors, Model model,
                       PageRefusal refusal, RedirectAttributes redirect) {
        refusal.render("trainingError", () -> detail(actor, id, model));
        refusal.check(errors);
        inspectors.addTraining(actor, id, form.kind(), form.course(), Params.optionalInteger("学时", form.hours()),
                Params.date("结束日期", form.endedOn()));
        redirect.addFlashAttribute("flashMessage", "培训已记录");
        return "redirect:/personnel/inspectors/" + id;
    }

    /** TI-21: a special or annual assessment, recorded by the hiring department. */
    @PostMapping("/{id:\\d+}/assessments")
    @PreAuthorize(MANAGE)
    String addAssessment(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                         @Valid @ModelAttribute("assessmentForm") InspectorForms.AssessmentForm form, BindingResult errors,
                         Model model, PageRefusal refusal, RedirectAttributes redirect) {
        refusal.render("assessmentError", () -> detail(actor, id, model));
        refusal.check(errors);
        assessments.record(actor, id, form.kind(), form.title(), Params.date("考核日期", form.assessedOn()), form.result(),
                form.remarks());
        redirect.addFlashAttribute("flashMessage", "考核结果已记录");
        return "redirect:/personnel/inspectors/" + id;
    }

    /** TI-21: the hiring department names its internal unit managing the inspectors. */
    @PostMapping("/{id:\\d+}/managing-unit")
    @PreAuthorize(MANAGE)
    String nameManagingUnit(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                            @org.springframework.web.bind.annotation.RequestParam(required = false) String unitId,
                            PageRefusal refusal, RedirectAttributes redirect) {
        inspectors.get(actor, id);
        refusal.redirect("/personnel/inspectors/" + id);
        Assessments.UnitChoice u = assessments.nameManagingUnit(actor, Params.optionalId("内设机构", unitId));
        redirect.addFlashAttribute("flashMessage", "已明确技术检查员管理机构：" + u.name());
        return "redirect:/personnel/inspectors/" + id;
    }

    @PostMapping("/{id:\\d+}/records")
    @PreAuthorize(MANAGE)
    String addRecord(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                     @Valid @ModelAttribute("recordForm") RecordForm form, BindingResult errors, Model model,
                     PageRefusal refusal, RedirectAttributes redirect) {
        refusal.render("recordError", () -> detail(actor, id, model));
        refusal.check(errors);
        inspectors.addRecord(actor, id, form.category(), form.kind(), Params.date("发生日期", form.occurredOn()),
                Params.date("截止日期", form.untilOn()), form.description(), form.handling(), form.response());
        redirect.addFlashAttribute("flashMessage", "记录已保存");
        return "redirect:/personnel/inspectors/" + id;
    }

    /** The small forms of the detail page (dates, a reason): a refusal redirects back with the message. */
    @PostMapping("/{id:\\d+}/{action}")
    @PreAuthorize(MANAGE)
    String action(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable String action,
                  @RequestParam Map<String, String> f, PageRefusal refusal, RedirectAttributes redirect) {
        refusal.redirect("/personnel/inspectors/" + id);
        redirect.addFlashAttribute("flashMessage", perform(actor, id, action, f));
        return "redirect:/personnel/inspectors/" + id;
    }

    /** One action of the detail page; the message to flash when it worked. */
    private String perform(Actor actor, long id, String action, Map<String, String> f) {
        return switch (action) {
            case "assessment" -> {
                inspectors.recordAssessment(actor, id, Params.date("考核合格日期", f.get("date")));
                yield "考核合格已记录";
            }
            case "call-up" -> {
                inspectors.callUp(actor, id, f.get("purpose"), Params.date("起始日期", f.get("from")),
                        Params.date("截止日期", f.get("to")));
                yield "已调用";
            }
            case "term-renewal" -> {
                inspectors.renewTerm(actor, id);
                yield "已续聘一届（3 年）";
            }
            case "equipment" -> {
                inspectors.issueEquipment(actor, id, f.get("kind"), f.get("name"), Params.date("配发日期", f.get("issuedOn")));
                yield "装备已配发";
            }
            case "equipment-return" -> {
                Long eid = Params.optionalId("装备", f.get("equipmentId"));
                if (eid == null) {
                    throw BusinessException.badInput("REQUIRED", "请选择装备");
                }
                inspectors.returnEquipment(actor, id, eid, Params.date("交回日期", f.get("date")));
                yield "装备交回已记录";
            }
            default -> certificateAction(actor, id, action, f);
        };
    }

    /** The work-certificate actions of the detail page (TI-05 to TI-08). */
    private String certificateAction(Actor actor, long id, String action, Map<String, String> f) {
        return switch (action) {
            case "certificate" -> {
                inspectors.issueCertificate(actor, id, Params.date("有效期至", f.get("date")));
                yield "工作证已颁发";
            }
            case "renewal" -> {
                RenewalView r = inspectors.applyRenewal(actor, id);
                yield r.late() ? "换证申请已逐级申报（逾期申报，已标记）" : "换证申请已逐级申报";
            }
            case "destruction" -> {
                inspectors.recordDestruction(actor, id, Params.date("销毁日期", f.get("date")));
                yield "原证销毁已上报";
            }
            case "cancellation" -> {
                inspectors.cancelCertificate(actor, id, f.get("reason"));
                yield "工作证已注销并公示";
            }
            case "dismissal" -> {
                inspectors.dismiss(actor, id, Params.enumValue(DismissalGround.class, "解聘情形", f.get("ground")),
                        f.get("reason"), f.get("notifiedUnits"));
                yield "已解聘并通报、公示；请跟踪装备交回";
            }
            default -> throw BusinessException.notFound("操作");
        };
    }
}
