package cn.anjian.experts.dispatches;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;

import cn.anjian.experts.dispatches.DispatchEnums.Overall;
import cn.anjian.experts.dispatches.DispatchEnums.Status;
import cn.anjian.experts.dispatches.DispatchEnums.TitleGrade;
import cn.anjian.files.Files;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A dispatch's page: the approval form and its flow, the answer, the report, the quality register, replacement, reimbursement. */
@Controller
@RequiredArgsConstructor
class DispatchDetailController {

    /** EXP-09: the replacement expert and the reason. */
    record ReplaceForm(@NotBlank(message = "请选择选取方式") String source,
                       @Pattern(regexp = "\\s*\\d{0,18}\\s*", message = "请从列表中选择专家") String expertId,
                       @Size(max = 50) String outsideName, @Size(max = 60) String outsideTitle, String outsideGrade,
                       @Size(max = 200) String outsideEmployer,
                       @NotBlank(message = "请填写更换原因") @Size(max = 500) String reason) {
        static ReplaceForm blank() {
            return new ReplaceForm("MANUAL", "", "", "", "", "", "");
        }

        NewDispatch toNew() {
            return new NewDispatch(source, null, DispatchForm.id(expertId), outsideName, outsideTitle,
                    outsideGrade == null || outsideGrade.isBlank() ? null : outsideGrade, outsideEmployer, null, null, null, null,
                    null, null, null, false, null);
        }
    }

    /** Annex 6: the service-quality register. */
    record RegisterForm(@NotBlank(message = "请填写评分") @Pattern(regexp = "\\s*\\d{1,3}\\s*", message = "须为 0–100 的整数") String attitude,
                        @NotBlank(message = "请填写评分") @Pattern(regexp = "\\s*\\d{1,3}\\s*", message = "须为 0–100 的整数") String expertise,
                        @NotBlank(message = "请填写评分") @Pattern(regexp = "\\s*\\d{1,3}\\s*", message = "须为 0–100 的整数") String integrity,
                        @NotBlank(message = "请选择总体评价") String overall, @Size(max = 1000) String remarks) {
        static RegisterForm blank() {
            return new RegisterForm("", "", "", "", "");
        }
    }

    private final DispatchQueries queries;
    private final DispatchRequests requests;
    private final DispatchClosing closing;
    private final Workflows workflows;
    private final Files files;
    private final DeclineFlags flags;

    @GetMapping("/experts/dispatches/{id}")
    @PreAuthorize("hasAuthority('expert:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        return page(actor, id, model);
    }

    @PostMapping("/experts/dispatches/{id}/replacement")
    @PreAuthorize("hasAuthority('expert:dispatch')")
    String replace(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("replaceForm") ReplaceForm form,
                   BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("replaceError", () -> page(actor, id, model)).field("EXP-EXPERT", "expertId").field("EXP-08", "expertId")
                .field("EXP-09", "expertId").field("EXP-10", "outsideGrade").field("EXP-REASON", "reason")
                .field("EXP-OUTSIDE-NAME", "outsideName").field("EXP-OUTSIDE-TITLE", "outsideTitle")
                .field("EXP-OUTSIDE-EMPLOYER", "outsideEmployer");
        refusal.check(errors);
        long replacement = requests.replace(actor, id, form.toNew(), form.reason());
        flash.addFlashAttribute("flashMessage", "更换专家的申请已提交分管领导批准");
        return "redirect:/experts/dispatches/" + replacement;
    }

    @PostMapping("/experts/dispatches/{id}/register")
    @PreAuthorize("hasAuthority('expert:dispatch')")
    String register(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("registerForm") RegisterForm form,
                    BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("registerError", () -> page(actor, id, model)).field("EXP-OVERALL", "overall").field("EXP-REMARKS", "remarks");
        refusal.check(errors);
        closing.register(actor, id, form.attitude(), form.expertise(), form.integrity(), form.overall(), form.remarks());
        flash.addFlashAttribute("flashMessage", "服务质量登记表已填写，复印件已报送人事教育培训股备案");
        return "redirect:/experts/dispatches/" + id;
    }

    @PostMapping("/experts/dispatches/{id}/report")
    @PreAuthorize("hasAuthority('expert:dispatch')")
    String report(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String summary, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("reportError", () -> page(actor, id, model));
        closing.reportForOutsider(actor, id, MyDispatchController.upload(file), summary);
        flash.addFlashAttribute("flashMessage", "任务报告已登记");
        return "redirect:/experts/dispatches/" + id;
    }

    @PostMapping("/experts/dispatches/{id}/reimbursement")
    @PreAuthorize("hasAuthority('expert:dispatch')")
    String reimburse(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/experts/dispatches/" + id);
        closing.requestReimbursement(actor, id);
        flash.addFlashAttribute("flashMessage", "报销申请已提交人事教育培训股审核");
        return "redirect:/experts/dispatches/" + id;
    }

    private String page(Actor actor, long id, Model model) {
        DispatchView d = queries.get(actor, id);
        model.addAttribute("d", d);
        model.addAttribute("declines", d.expertId() == null ? 0L : flags.declines(d.expertId()));
        model.addAttribute("grades", TitleGrade.values());
        model.addAttribute("overalls", Overall.values());
        model.addAttribute("maxSize", files.maxSize());
        model.addAttribute("flowView", d.flowId() == null ? null : workflows.find(new FlowId(d.flowId())).orElse(null));
        model.addAttribute("reimburseFlow", d.reimburseFlowId() == null ? null : workflows.find(new FlowId(d.reimburseFlowId())).orElse(null));
        model.addAttribute("replaceable", d.status() == Status.APPROVED || d.status() == Status.ACCEPTED || d.status() == Status.DECLINED);
        if (!model.containsAttribute("replaceForm")) {
            model.addAttribute("replaceForm", ReplaceForm.blank());
        }
        if (!model.containsAttribute("registerForm")) {
            model.addAttribute("registerForm", RegisterForm.blank());
        }
        return "experts/dispatches/detail";
    }
}
