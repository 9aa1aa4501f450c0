package cn.anjian.personnel.inspectors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.Education;
import cn.anjian.personnel.TitleLevel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the technical inspectors: the scoped list, an inspector's file, hiring plans and their
 * approval, a campaign's stages and ranking. Forms re-render with the domain's refusal inline (422
 * and nothing stored); quick actions on the detail page redirect back with the message.
 */
@Controller
@RequestMapping("/personnel/inspectors")
class InspectorPageController {

    private static final String READ = "hasAuthority('personnel:read')";
    private static final String MANAGE = "hasAuthority('inspector:manage')";
    private static final int SIZE = 20;

    private final HiringPlans plans;
    private final Campaigns campaigns;
    private final Inspectors inspectors;
    private final Deadlines deadlines;
    private final Clock clock;

    InspectorPageController(HiringPlans plans, Campaigns campaigns, Inspectors inspectors, Deadlines deadlines, Clock clock) {
        this.plans = plans;
        this.campaigns = campaigns;
        this.inspectors = inspectors;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    // ---- list ----

    @GetMapping
    @PreAuthorize(READ)
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model,
                PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("canManage", actor.hasPermission("inspector:manage"));
        model.addAttribute("year", LocalDate.now(clock).getYear());
        refusal.render("filterError", () -> {
            model.addAttribute("rows", List.of());
            model.addAttribute("total", 0L);
            model.addAttribute("page", 0);
            model.addAttribute("pages", 1L);
            return listPage(actor, model);
        });
        Inspectors.Filter f = InspectorParams.filter(q.get("name"), q.get("kind"), q.get("status"), q.get("certificate"));
        Integer p = Params.optionalInteger("页码", q.get("page"));
        int page = InspectorParams.page(p == null ? 0 : p);
        long total = inspectors.count(actor, f);
        model.addAttribute("rows", inspectors.list(actor, f, page, SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + SIZE - 1) / SIZE));
        model.addAttribute("prevUrl", page > 0 ? pageUrl(q, page - 1) : null);
        model.addAttribute("nextUrl", (long) (page + 1) * SIZE < total ? pageUrl(q, page + 1) : null);
        return listPage(actor, model);
    }

    private String listPage(Actor actor, Model model) {
        model.addAttribute("reminders", inspectors.renewalReminders(actor));
        model.addAttribute("shortfalls", inspectors.shortfalls(actor, LocalDate.now(clock).getYear()));
        return "personnel/inspectors/list";
    }

    private static String pageUrl(Map<String, String> q, int page) {
        return FilterUrl.of("/personnel/inspectors").with("name", q.get("name")).with("kind", q.get("kind"))
                .with("status", q.get("status")).with("certificate", q.get("certificate")).page(page);
    }

    // ---- appointment ----

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String appointForm(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> f, Model model) {
        model.addAttribute("f", f);
        model.addAttribute("specialties", Specialty.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "personnel/inspectors/appoint";
    }

    @PostMapping("/new")
    @PreAuthorize(MANAGE)
    String appoint(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> f, Model model,
                   PageRefusal refusal, RedirectAttributes redirect) {
        refusal.render("formError", () -> appointForm(actor, f, model));
        InspectorView i = inspectors.appoint(actor, new Appointment(Params.optionalId("人员", f.get("personId")),
                "on".equals(f.get("partTime")) || "true".equals(f.get("partTime")),
                Params.optionalId("招聘活动", f.get("campaignId")), Params.optionalId("拟聘人员", f.get("applicantId")),
                f.get("recommendingBody"), Params.enumValue(Specialty.class, "专业", f.get("specialty")),
                f.get("contractKind"), f.get("duties"), f.get("rights"), f.get("pay"), f.get("termination"),
                Params.date("聘用起始日期", f.get("termStart")), Params.date("聘用截止日期", f.get("termEnd"))));
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
        model.addAttribute("grounds", DismissalGround.values());
        model.addAttribute("misconducts", Misconduct.values());
        model.addAttribute("handlings", Misconduct.Handling.values());
        return "personnel/inspectors/detail";
    }

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
            case "trainings" -> {
                inspectors.addTraining(actor, id, f.get("kind"), f.get("course"), Params.optionalInteger("学时", f.get("hours")),
                        Params.date("结束日期", f.get("endedOn")));
                yield "培训已记录";
            }
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
            case "records" -> {
                inspectors.addRecord(actor, id, f.get("category"), f.get("kind"), Params.date("发生日期", f.get("occurredOn")),
                        Params.date("截止日期", f.get("untilOn")), f.get("description"), f.get("handling"), f.get("response"));
                yield "记录已保存";
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
        if (!model.containsAttribute("f")) {
            model.addAttribute("f", Map.of("year", String.valueOf(LocalDate.now(clock).getYear()), "writtenWeight", "0.60",
                    "termMonths", "36"));
            model.addAttribute("chosen", Set.of());
        }
        model.addAttribute("campaigns", campaigns.list(actor, null));
        return "personnel/inspectors/plans";
    }

    @PostMapping("/plans")
    @PreAuthorize(MANAGE)
    String draft(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> f,
                 @RequestParam(name = "specialties", required = false) List<String> specialties, Model model,
                 PageRefusal refusal, RedirectAttributes redirect) {
        model.addAttribute("f", f);
        model.addAttribute("chosen", specialties == null ? Set.of() : Set.copyOf(specialties));
        refusal.render("formError", () -> plans(actor, null, 0, model));
        Set<Specialty> chosen = specialties == null ? Set.of() : specialties.stream()
                .map(s -> Params.enumValue(Specialty.class, "专业", s)).filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Specialty.class)));
        PlanContent c = new PlanContent(f.get("title"), Params.optionalInteger("年度", f.get("year")),
                Params.optionalInteger("专职人数", f.get("fullTimeCount")), Params.optionalInteger("兼职人数", f.get("partTimeCount")),
                chosen, Params.enumValue(HiringMethod.class, "聘用方式", f.get("hiringMethod")),
                Params.optionalInteger("聘用期限", f.get("termMonths")), f.get("trainingAssessment"), f.get("funding"),
                Params.decimal("笔试占比", f.get("writtenWeight")), f.get("riskProfile"),
                Params.optionalInteger("企业数量", f.get("enterpriseCount")), f.get("keyEnterpriseTypes"), f.get("difficulty"),
                f.get("capacity"));
        PlanView p = plans.draft(actor, c);
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
    String openCampaign(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> f, PageRefusal refusal,
                        RedirectAttributes redirect) {
        refusal.redirect("/personnel/inspectors/plans");
        CampaignView c = campaigns.open(actor, new Campaigns.NewCampaign(Params.optionalId("聘用计划", f.get("planId")),
                f.get("title"), f.get("positions"), f.get("requirements"),
                Params.enumValue(HiringMethod.class, "聘用方式", f.get("hiringMethod")), f.get("schedule"),
                Params.decimal("笔试占比", f.get("writtenWeight"))));
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
        return "personnel/inspectors/campaign";
    }

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
            case "applicants" -> () -> {
                Integer years = Params.optionalInteger("工作年限", f.get("experienceYears"));
                if (years == null) {
                    throw BusinessException.badInput("REQUIRED", "请填写相关行业领域工作年限");
                }
                Education edu = Params.enumValue(Education.class, "学历", f.get("education"));
                TitleLevel title = Params.enumValue(TitleLevel.class, "职称", f.get("titleLevel"));
                ApplicantView a = campaigns.register(actor, id, f.get("name"), f.get("idCard"), new Application(edu,
                        on(f, "safetyRelatedMajor"), title == null ? TitleLevel.NONE : title, on(f, "titleRelevant"),
                        Params.optionalInteger("职业资格等级", f.get("vocationalLevel")), on(f, "qualificationRelevant"),
                        on(f, "registeredSafetyEngineer"), years, on(f, "retired"), on(f, "lawAbiding"),
                        on(f, "fitForPost"), on(f, "otherRequirementsMet")));
                return a.eligible() ? "已报名：" + a.name() + "（符合条件）"
                        : "已报名：" + a.name() + "（不符合条件，资格审查时不予通过：" + a.rejectionReasons() + "）";
            };
            case "scores" -> () -> {
                Long aid = Params.optionalId("应聘人员", f.get("applicantId"));
                if (aid == null) {
                    throw BusinessException.badInput("REQUIRED", "请选择应聘人员");
                }
                campaigns.score(actor, id, aid, Params.decimal("笔试成绩", f.get("writtenScore")),
                        Params.decimal("面试成绩", f.get("interviewScore")));
                return "成绩已录入";
            };
            default -> throw BusinessException.notFound("操作");
        };
        refusal.redirect("/personnel/inspectors/campaigns/" + id);
        redirect.addFlashAttribute("flashMessage", run.get());
        return "redirect:/personnel/inspectors/campaigns/" + id;
    }

    private static boolean on(Map<String, String> f, String key) {
        String v = f.get(key);
        return v != null && (v.equals("on") || v.equals("true"));
    }
}
