package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.Education;
import cn.anjian.personnel.TitleLevel;
import cn.anjian.personnel.inspectors.InspectorForms.ApplicantForm;
import cn.anjian.personnel.inspectors.InspectorForms.CampaignForm;
import cn.anjian.personnel.inspectors.InspectorForms.PlanForm;
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
 * Hiring technical inspectors (TI-01 to TI-04): hiring plans and their approval, campaigns, applicants and
 * scores. The plan, campaign and applicant forms are bound records: every field error shows inline at once,
 * a domain refusal re-renders the page with the input kept; the small stage and score forms redirect with
 * the message.
 */
@Controller
@RequestMapping("/personnel/inspectors")
@RequiredArgsConstructor
class HiringPageController {

    private static final String READ = "hasAuthority('personnel:read')";
    private static final String MANAGE = "hasAuthority('inspector:manage')";
    private static final int SIZE = 20;

    private final HiringPlans plans;
    private final Campaigns campaigns;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<cn.anjian.personnel.ExpertCandidates> experts;

    // ---- plans ----

    @GetMapping("/plans")
    @PreAuthorize(READ)
    String plans(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String status,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        String s = InspectorParams.status(status, Set.of("DRAFT", "SUBMITTED", "APPROVED", "REJECTED"));
        int pg = InspectorParams.page(page);
        long total = plans.count(actor, s);
        model.addAttribute("plans", plans.list(actor, s, pg, SIZE));
        model.addAttribute("status", s);
        model.addAttribute("total", total);
        model.addAttribute("page", pg);
        model.addAttribute("hasNext", (long) (pg + 1) * SIZE < total);
        model.addAttribute("canManage", actor.hasPermission("inspector:manage"));
        model.addAttribute("specialties", Specialty.values());
        model.addAttribute("methods", HiringMethod.values());
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", PlanForm.start(LocalDate.now(clock).getYear()));
        }
        if (!model.containsAttribute("campaignForm")) {
            model.addAttribute("campaignForm", CampaignForm.start());
        }
        model.addAttribute("campaigns", campaigns.list(actor, null));
        return "personnel/inspectors/plans";
    }

    @PostMapping("/plans")
    @PreAuthorize(MANAGE)
    String draft(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("planForm") PlanForm form, BindingResult errors,
                 Model model, PageRefusal refusal, RedirectAttributes redirect) {
        refusal.render("planError", () -> plans(actor, null, 0, model)).field("TI-04", "writtenWeight");
        refusal.check(errors);
        PlanView p = plans.draft(actor, form.content());
        redirect.addFlashAttribute("flashMessage", "聘用计划已保存为草稿：" + p.title());
        return "redirect:/personnel/inspectors/plans";
    }

    @PostMapping("/plans/{id:\\d+}/submit")
    @PreAuthorize(MANAGE)
    String submit(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal,
                  RedirectAttributes redirect) {
        refusal.redirect("/personnel/inspectors/plans");
        plans.submit(actor, id);
        redirect.addFlashAttribute("flashMessage", "已报批：本部门 → 同级司法行政部门同意 → 本级人民政府批准");
        return "redirect:/personnel/inspectors/plans";
    }

    // ---- campaigns ----

    @PostMapping("/campaigns")
    @PreAuthorize(MANAGE)
    String openCampaign(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("campaignForm") CampaignForm form,
                        BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes redirect) {
        refusal.render("campaignError", () -> plans(actor, null, 0, model)).field("TI-04", "writtenWeight");
        refusal.check(errors);
        CampaignView c = campaigns.open(actor, form.campaign());
        redirect.addFlashAttribute("flashMessage", "招聘活动已创建，请先发布公告");
        return "redirect:/personnel/inspectors/campaigns/" + c.id();
    }

    @GetMapping("/campaigns/{id:\\d+}")
    @PreAuthorize(READ)
    String campaign(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        CampaignView c = campaigns.get(actor, id);
        model.addAttribute("c", c);
        model.addAttribute("stages", campaigns.stages(id));
        model.addAttribute("allStages", Stage.values());
        model.addAttribute("applicants", campaigns.applicants(id));
        model.addAttribute("canManage", actor.hasPermission("inspector:manage"));
        model.addAttribute("educations", Education.values());
        model.addAttribute("titles", TitleLevel.values());
        if (!model.containsAttribute("applicantForm")) {
            model.addAttribute("applicantForm", ApplicantForm.start());
        }
        return "personnel/inspectors/campaign";
    }

    @PostMapping("/campaigns/{id:\\d+}/applicants")
    @PreAuthorize(MANAGE)
    String register(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                    @Valid @ModelAttribute("applicantForm") ApplicantForm form, BindingResult errors, Model model,
                    PageRefusal refusal, RedirectAttributes redirect) {
        refusal.render("applicantError", () -> campaign(actor, id, model)).field("PERSON-ID-CARD", "idCard")
                .field("TI-APPLICANT-DUPLICATE", "idCard").field("TI-APPLICANT-ID", "idCard").field("TI-07", "expertId");
        Long expertId = Params.optionalId("专家", form.expertId());
        if (expertId == null && (form.idCard() == null || form.idCard().isBlank())) { // shown with the other field errors
            errors.rejectValue("idCard", "required", "请填写身份证号码或从专家库选择");
        }
        refusal.check(errors);
        // TI-07: the campaign service resolves a pick from the pool (name and ID card from the pool, never the page)
        ApplicantView a = campaigns.register(actor, id, form.name(), form.idCard(), expertId, form.application());
        redirect.addFlashAttribute("flashMessage", a.eligible() ? "已报名：" + a.name() + "（符合条件）"
                : "已报名：" + a.name() + "（不符合条件，资格审查时不予通过：" + a.rejectionReasons() + "）");
        return "redirect:/personnel/inspectors/campaigns/" + id;
    }

    /** TI-07: the picker of the applicant form asks for active experts of the actor's pool (ID card masked). */
    @GetMapping(value = "/expert-candidates", produces = "application/json")
    @PreAuthorize(MANAGE)
    @org.springframework.web.bind.annotation.ResponseBody
    java.util.List<cn.anjian.personnel.ExpertCandidates.ExpertCandidate> expertCandidates(@AuthenticationPrincipal Actor actor,
                                                                                         @RequestParam(required = false) String q) {
        cn.anjian.personnel.ExpertCandidates pool = experts.getIfAvailable();
        return pool == null ? java.util.List.of() : pool.search(actor, q, 20);
    }

    /** The small forms of a campaign: a stage's results, an applicant's scores. */
    @PostMapping("/campaigns/{id:\\d+}/{action}")
    @PreAuthorize(MANAGE)
    String campaignAction(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable String action,
                          @RequestParam Map<String, String> f, PageRefusal refusal, RedirectAttributes redirect) {
        Supplier<String> run = switch (action) {
            case "stages" -> () -> {
                Stage s = Params.enumValue(Stage.class, "招聘环节", f.get("stage"));
                campaigns.recordStage(actor, id, s, f.get("results"));
                return "“" + (s == null ? "" : s.getLabel()) + "”环节结果已记录";
            };
            case "scores" -> () -> {
                campaigns.score(actor, id, applicantId(f), Params.decimal("笔试成绩", f.get("writtenScore")),
                        Params.decimal("面试成绩", f.get("interviewScore")));
                return "成绩已录入";
            };
            case "results" -> () -> {
                Stage s = Params.enumValue(Stage.class, "招聘环节", f.get("stage"));
                campaigns.recordResult(actor, id, applicantId(f), s, passed(f.get("passed")));
                return "“" + (s == null ? "" : s.getLabel()) + "”结果已记录";
            };
            case "skips" -> () -> {
                campaigns.recordSkip(actor, id, applicantId(f), f.get("reason"));
                return "未按排名聘用的理由已记录";
            };
            default -> throw BusinessException.notFound("操作");
        };
        refusal.redirect("/personnel/inspectors/campaigns/" + id);
        redirect.addFlashAttribute("flashMessage", run.get());
        return "redirect:/personnel/inspectors/campaigns/" + id;
    }

    private static long applicantId(Map<String, String> f) {
        Long aid = Params.optionalId("应聘人员", f.get("applicantId"));
        if (aid == null) {
            throw BusinessException.badInput("REQUIRED", "请选择应聘人员");
        }
        return aid;
    }

    /** 合格 / 不合格 from the form's radio buttons (blank: not chosen). */
    private static Boolean passed(String v) {
        return v == null || v.isBlank() ? null : Boolean.valueOf("true".equals(v.strip()));
    }
}
