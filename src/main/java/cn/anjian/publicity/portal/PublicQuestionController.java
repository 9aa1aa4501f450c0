package cn.anjian.publicity.portal;

import lombok.RequiredArgsConstructor;

import cn.anjian.complaints.PublicQuestions;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Captcha;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * PUB-09 / PUB-10: "纠错/咨询" on a published entry. The question goes to the entry's owning agency and unit
 * through complaints' {@link PublicQuestions} (the same tracking code and answer deadline as a complaint), behind
 * the captcha and the per-address limit.
 */
@Controller
@RequiredArgsConstructor
class PublicQuestionController {

    static final String CAPTCHA_FORM = "question";

    private final JdbcClient jdbc;
    private final PublicQuestions questions;

    record Entry(long id, String title, long ownerAgencyId, Long ownerUnitId) {
    }

    record QuestionForm(@NotBlank(message = "请选择纠错或咨询") String type,
                        @NotBlank @Size(max = 4000) String content, String anonymous,
                        @Size(max = 50) String contactName, @Size(max = 20) String contactPhone,
                        @NotBlank(message = "请填写验证码答案") @Size(max = 10) String captcha) {
    }

    @GetMapping("/public/notices/{id}/question")
    @PreAuthorize("permitAll()")
    String form(@PathVariable String id, Model model, HttpSession session, HttpServletResponse res) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new QuestionForm("CONSULTATION", null, null, null, null, null));
        }
        return page(entry(id), model, session, res);
    }

    @PostMapping("/public/notices/{id}/question")
    @PreAuthorize("permitAll()")
    String ask(@PathVariable String id, @Valid @ModelAttribute("form") QuestionForm form, BindingResult errors, Model model,
               HttpSession session, HttpServletResponse res, PageRefusal refusal, RedirectAttributes flash) {
        Entry e = entry(id);
        refusal.render(() -> page(e, model, session, res)).field(Captcha.CODE, "captcha")
                .field("CMP-01-CONTACT", "contactName").field("CMP-01-PHONE", "contactPhone");
        Captcha.verify(session, CAPTCHA_FORM, form.captcha());
        refusal.check(errors);
        boolean correction = "CORRECTION".equals(form.type());
        boolean anonymous = "true".equals(form.anonymous()) || "on".equals(form.anonymous());
        String code = questions.ask(new PublicQuestions.Question("publication:" + e.id(), e.title(), e.ownerAgencyId(),
                e.ownerUnitId(), correction, form.content(), anonymous, form.contactName(), form.contactPhone()));
        flash.addFlashAttribute("filedCode", code);
        return "redirect:/public/complaints/filed";
    }

    private String page(Entry e, Model model, HttpSession session, HttpServletResponse res) {
        res.setHeader("Cache-Control", "no-store");
        model.addAttribute("entry", e);
        model.addAttribute("captchaQuestion", Captcha.issue(session, CAPTCHA_FORM));
        return "publicity/question";
    }

    /** A published entry (PUB-10: with its owning agency and unit); withdrawn or unknown → 404. */
    private Entry entry(String id) {
        return jdbc.sql("SELECT id, title, owner_agency_id, owner_unit_id FROM pub_publication WHERE id = :id AND withdrawn_at IS NULL")
                .param("id", Params.id("id", id))
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getLong(3), (Long) rs.getObject(4)))
                .optional().orElseThrow(() -> BusinessException.notFound("公示信息"));
    }
}
