package cn.anjian.experts.applications;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import java.util.List;

import cn.anjian.experts.pool.Pool;
import cn.anjian.experts.pool.PoolStructure;
import cn.anjian.kernel.Captcha;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * EXP-04 / EXP-05 on the portal (no login): the application form during the window (captcha; the per-address limit
 * of web's PublicAbuseGuard covers every POST), the tracking page, and the public notice with its objection form.
 * Nothing here shows an ID card or a phone number.
 */
@Controller
@RequiredArgsConstructor
class PublicApplicationController {

    static final String CAPTCHA_FORM = "expert-application";
    static final String CAPTCHA_OBJECTION = "expert-objection";

    private final ApplicationIntake intake;
    private final ApplicationWindows windows;
    private final ApplicationNotice notice;
    private final PoolStructure structure;
    private final java.time.Clock clock;

    record ObjectionForm(String portal, String candidate,
                         @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 2000) String content,
                         @jakarta.validation.constraints.Size(max = 100) String contact,
                         @jakarta.validation.constraints.NotBlank(message = "请填写验证码答案") @jakarta.validation.constraints.Size(max = 10) String captcha) {
    }

    @GetMapping("/public/experts/apply")
    @PreAuthorize("permitAll()")
    String form(@RequestParam(required = false) String portal, Model model, HttpSession session, HttpServletResponse res) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ApplicationForm.blank(portal));
        }
        return page(portal, model, session, res);
    }

    @PostMapping("/public/experts/apply")
    @PreAuthorize("permitAll()")
    String apply(@Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors,
                 @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
                 Model model, HttpSession session, HttpServletResponse res, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render(() -> page(form.portal(), model, session, res)).field(Captcha.CODE, "captcha");
        ApplicationForm.fields(refusal);
        Captcha.verify(session, CAPTCHA_FORM, form.captcha());
        refusal.check(errors);
        String code = intake.submit(form.portal(), form.application(), attachments);
        flash.addFlashAttribute("filedCode", code);
        return "redirect:/public/experts/applied";
    }

    /** The code, once (a flash attribute). */
    @GetMapping("/public/experts/applied")
    @PreAuthorize("permitAll()")
    String applied(Model model, HttpServletResponse res) {
        res.setHeader("Cache-Control", "no-store");
        return model.containsAttribute("filedCode") ? "experts/applications/public-applied" : "redirect:/public/track/expert-application";
    }

    /** The applicant follows the application by its code (a look-up: PublicAbuseGuard's "lookup" bucket). */
    @GetMapping("/public/track/expert-application")
    @PreAuthorize("permitAll()")
    String track(@RequestParam(required = false) String code, Model model, HttpServletResponse res) {
        res.setHeader("Cache-Control", "no-store");
        model.addAttribute("code", code);
        if (code != null && !code.isBlank()) {
            var found = intake.track(code);
            if (found.isEmpty()) {
                res.setStatus(404);
                model.addAttribute("notFound", "没有找到该查询码对应的申报，请核对后重新输入（查询码以 ZJ 开头，共 18 位）");
            }
            model.addAttribute("t", found.map(x -> new Tracked(x.name, x.level.label(), x.status.label(), x.submittedAt,
                    x.noticeFrom, x.noticeUntil, x.certificateNumber)).orElse(null));
        }
        return "experts/applications/public-track";
    }

    record Tracked(String name, String level, String status, java.time.Instant submittedAt, java.time.LocalDate noticeFrom,
                   java.time.LocalDate noticeUntil, String certificateNumber) {
    }

    @GetMapping("/public/experts/notice")
    @PreAuthorize("permitAll()")
    String notice(@RequestParam(required = false) String portal, Model model, HttpSession session, HttpServletResponse res) {
        if (!model.containsAttribute("objectionForm")) {
            model.addAttribute("objectionForm", new ObjectionForm(portal, null, null, null, null));
        }
        return noticePage(portal, model, session, res);
    }

    @PostMapping("/public/experts/notice/objections")
    @PreAuthorize("permitAll()")
    String object(@Valid @ModelAttribute("objectionForm") ObjectionForm form, BindingResult errors, Model model,
                  HttpSession session, HttpServletResponse res, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render(() -> noticePage(form.portal(), model, session, res)).field(Captcha.CODE, "captcha")
                .field("EXP-05-CONTENT", "content").field("EXP-05-CONTACT", "contact");
        Captcha.verify(session, CAPTCHA_OBJECTION, form.captcha());
        refusal.check(errors);
        notice.object(form.portal(), Params.id("公示对象", form.candidate()), form.content(), form.contact());
        flash.addFlashAttribute("notice", "异议已提交，我局将在局长办公会审定前核查处理");
        return "redirect:/public/experts/notice" + (form.portal() == null || form.portal().isBlank() ? "" : "?portal=" + form.portal().strip());
    }

    private String page(String portal, Model model, HttpSession session, HttpServletResponse res) {
        res.setHeader("Cache-Control", "no-store");
        Pool pool = intake.portalPool(portal);
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(cn.anjian.kernel.Zones.SHANGHAI));
        model.addAttribute("pool", pool);
        model.addAttribute("open", windows.isOpen(pool.agencyId(), today));
        model.addAttribute("month", windows.month(today));
        model.addAttribute("fields", structure.fields());
        model.addAttribute("sources", ApplicationSource.values());
        model.addAttribute("levels", ApplicationLevel.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("employments", Employment.values());
        model.addAttribute("grades", TitleGrade.values());
        model.addAttribute("qualifications", Qualification.values());
        model.addAttribute("captchaQuestion", Captcha.issue(session, CAPTCHA_FORM));
        return "experts/applications/public-apply";
    }

    private String noticePage(String portal, Model model, HttpSession session, HttpServletResponse res) {
        res.setHeader("Cache-Control", "no-store");
        Pool pool = intake.portalPool(portal);
        model.addAttribute("pool", pool);
        model.addAttribute("portal", portal);
        model.addAttribute("candidates", notice.candidates(pool));
        model.addAttribute("captchaQuestion", Captcha.issue(session, CAPTCHA_OBJECTION));
        return "experts/applications/public-notice";
    }
}
