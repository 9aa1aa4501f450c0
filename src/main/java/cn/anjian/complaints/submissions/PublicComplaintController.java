package cn.anjian.complaints.submissions;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Captcha;
import cn.anjian.kernel.PageRefusal;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * CMP-01 on the portal (no login): file a complaint or tip, anonymously or not, behind a captcha (and the
 * per-address limit of web's PublicAbuseGuard); the tracking code is shown once, then anyone holding it
 * follows the progress on {@code /public/track}. These pages carry a form or a personal answer: never cached.
 */
@Controller
@RequiredArgsConstructor
class PublicComplaintController {

    static final String CAPTCHA_FORM = "complaint";

    private final PublicIntake intake;

    record PublicComplaintForm(String portal,
                               @NotBlank(message = "请选择类别") String kind,
                               @NotBlank @Size(max = Submission.TITLE_MAX) String title,
                               @NotBlank @Size(max = Submission.CONTENT_MAX) String content,
                               @Size(max = Submission.FIELD_MAX) String location,
                               @Size(max = Submission.FIELD_MAX) String enterpriseName,
                               String anonymous,
                               @Size(max = 50) String contactName,
                               @Size(max = 20) String contactPhone,
                               @NotBlank(message = "请填写验证码答案") @Size(max = 10) String captcha) {

        boolean anonymousValue() {
            return "true".equals(anonymous) || "on".equals(anonymous);
        }

        PublicIntake.Filing filing() {
            return new PublicIntake.Filing(kind, title, content, location, enterpriseName, anonymousValue(), contactName,
                    contactPhone);
        }
    }

    @GetMapping("/public/complaints/new")
    @PreAuthorize("permitAll()")
    String form(@RequestParam(required = false) String portal, Model model, HttpSession session, HttpServletResponse res) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PublicComplaintForm(portal, null, null, null, null, null, null, null, null, null));
        }
        return page(portal, model, session, res);
    }

    @PostMapping("/public/complaints")
    @PreAuthorize("permitAll()")
    String file(@Valid @ModelAttribute("form") PublicComplaintForm form, BindingResult errors,
                @RequestParam(name = "photos", required = false) java.util.List<org.springframework.web.multipart.MultipartFile> photos,
                Model model, HttpSession session, HttpServletResponse res, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render(() -> page(form.portal(), model, session, res)).field(Captcha.CODE, "captcha")
                .field("CMP-01-KIND", "kind").field("CMP-01-CONTACT", "contactName").field("CMP-01-PHONE", "contactPhone");
        Captcha.verify(session, CAPTCHA_FORM, form.captcha()); // one use: a refused form gets a new question
        refusal.check(errors);
        Submission s = intake.fromPortal(form.portal(), form.filing(), photos);
        flash.addFlashAttribute("filedCode", s.trackingCode);
        flash.addFlashAttribute("filedDue", s.dueDate);
        return "redirect:/public/complaints/filed";
    }

    /** The code, once (a flash attribute: reloading the page does not show it again). */
    @GetMapping("/public/complaints/filed")
    @PreAuthorize("permitAll()")
    String filed(Model model, HttpServletResponse res) {
        res.setHeader("Cache-Control", "no-store");
        return model.containsAttribute("filedCode") ? "complaints/public-filed" : "redirect:/public/track";
    }

    @GetMapping("/public/track")
    @PreAuthorize("permitAll()")
    String track(@RequestParam(required = false) String code, Model model, HttpServletResponse res) {
        res.setHeader("Cache-Control", "no-store");
        model.addAttribute("code", code);
        if (code != null && !code.isBlank()) {
            var found = intake.track(code);
            if (found.isEmpty()) {
                res.setStatus(404);
                model.addAttribute("notFound", "没有找到该查询码对应的件，请核对后重新输入（查询码以 JD 开头，共 18 位）");
            }
            model.addAttribute("t", found.orElse(null));
        }
        return "complaints/public-track";
    }

    private String page(String portal, Model model, HttpSession session, HttpServletResponse res) {
        res.setHeader("Cache-Control", "no-store");
        model.addAttribute("agency", intake.portalAgency(portal));
        model.addAttribute("kinds", SubmissionKind.PUBLIC_KINDS);
        model.addAttribute("captchaQuestion", Captcha.issue(session, CAPTCHA_FORM));
        return "complaints/public-new";
    }
}
