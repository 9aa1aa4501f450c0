package cn.anjian.enforcement.cases.web;

import lombok.RequiredArgsConstructor;

import java.util.function.Consumer;

import cn.anjian.enforcement.cases.PenaltyProcedures;
import cn.anjian.enforcement.cases.TimeLimitExtensions;
import cn.anjian.enforcement.cases.web.PenaltyForms.AnswerForm;
import cn.anjian.enforcement.cases.web.PenaltyForms.ExtensionForm;
import cn.anjian.enforcement.cases.web.PenaltyForms.HearingNoticeForm;
import cn.anjian.enforcement.cases.web.PenaltyForms.HearingRecordForm;
import cn.anjian.enforcement.cases.web.PenaltyForms.HearingReportForm;
import cn.anjian.enforcement.cases.web.PenaltyForms.HearingRequestForm;
import cn.anjian.enforcement.cases.web.PenaltyForms.NoticeForm;
import cn.anjian.enforcement.cases.web.PenaltyForms.StatementForm;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the case page's sections for CASE-12 (notice, statement and defence, hearing) and CASE-13 (extension
 * of the time limit). A field error or a refusal re-renders the case page with the input and the message next to
 * the section; success redirects to it.
 */
@Controller
@RequestMapping("/cases/{id}")
@RequiredArgsConstructor
class PenaltyPageController {

    private final PenaltyProcedures procedures;
    private final TimeLimitExtensions extensions;
    private final PenaltySection section;
    private final CaseDetailPage pages;

    @PostMapping("/penalty/notice")
    @PreAuthorize("hasAuthority('case:manage')")
    String notice(@AuthenticationPrincipal Actor actor, @PathVariable String id, @Valid @ModelAttribute("noticeForm") NoticeForm form,
                  BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        long caseId = check(actor, id, model, refusal, errors, "penalty", NoticeForm::fields);
        procedures.notify(actor, caseId, form.toInput());
        return done(flash, caseId, "penalty", "行政处罚告知书已生成并登记送达");
    }

    @PostMapping("/penalty/statement")
    @PreAuthorize("hasAuthority('case:manage')")
    String statement(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                     @Valid @ModelAttribute("statementForm") StatementForm form, BindingResult errors, Model model,
                     PageRefusal refusal, RedirectAttributes flash) {
        long caseId = check(actor, id, model, refusal, errors, "penalty", StatementForm::fields);
        procedures.state(actor, caseId, form.toInput());
        return done(flash, caseId, "penalty", "已登记当事人陈述、申辩");
    }

    @PostMapping("/penalty/answer")
    @PreAuthorize("hasAuthority('case:manage')")
    String answer(@AuthenticationPrincipal Actor actor, @PathVariable String id, @Valid @ModelAttribute("answerForm") AnswerForm form,
                  BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        long caseId = check(actor, id, model, refusal, errors, "penalty", r -> r.field("CASE-12-ANSWER", "answer"));
        procedures.answer(actor, caseId, form.answer());
        return done(flash, caseId, "penalty", "已答复陈述、申辩");
    }

    @PostMapping("/penalty/hearing-request")
    @PreAuthorize("hasAuthority('case:manage')")
    String hearingRequest(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                          @Valid @ModelAttribute("hearingRequestForm") HearingRequestForm form, BindingResult errors, Model model,
                          PageRefusal refusal, RedirectAttributes flash) {
        long caseId = check(actor, id, model, refusal, errors, "penalty", HearingRequestForm::fields);
        procedures.requestHearing(actor, caseId, Params.date("申请日期", form.requestedOn()));
        return done(flash, caseId, "penalty", "已登记听证申请");
    }

    @PostMapping("/penalty/hearing-notice")
    @PreAuthorize("hasAuthority('case:manage')")
    String hearingNotice(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                         @Valid @ModelAttribute("hearingNoticeForm") HearingNoticeForm form, BindingResult errors, Model model,
                         PageRefusal refusal, RedirectAttributes flash) {
        long caseId = check(actor, id, model, refusal, errors, "penalty", HearingNoticeForm::fields);
        procedures.noticeHearing(actor, caseId, form.toInput());
        return done(flash, caseId, "penalty", "听证通知书已生成并登记送达");
    }

    @PostMapping("/penalty/hearing-record")
    @PreAuthorize("hasAuthority('case:manage')")
    String hearingRecord(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                         @Valid @ModelAttribute("hearingRecordForm") HearingRecordForm form, BindingResult errors, Model model,
                         PageRefusal refusal, RedirectAttributes flash) {
        long caseId = check(actor, id, model, refusal, errors, "penalty", HearingRecordForm::fields);
        procedures.recordHearing(actor, caseId, form.toInput());
        return done(flash, caseId, "penalty", "听证笔录已生成");
    }

    @PostMapping("/penalty/hearing-report")
    @PreAuthorize("hasAuthority('case:manage')")
    String hearingReport(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                         @Valid @ModelAttribute("hearingReportForm") HearingReportForm form, BindingResult errors, Model model,
                         PageRefusal refusal, RedirectAttributes flash) {
        long caseId = check(actor, id, model, refusal, errors, "penalty", r -> { });
        procedures.reportHearing(actor, caseId, new cn.anjian.enforcement.cases.PenaltyInputs.HearingReport(form.summary(), form.opinion()));
        return done(flash, caseId, "penalty", "听证报告已生成");
    }

    @PostMapping("/time-limit/extensions")
    @PreAuthorize("hasAuthority('case:manage')")
    String extend(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                  @Valid @ModelAttribute("extensionForm") ExtensionForm form, BindingResult errors, Model model,
                  PageRefusal refusal, RedirectAttributes flash) {
        long caseId = check(actor, id, model, refusal, errors, "time-limit", ExtensionForm::fields);
        extensions.request(actor, caseId, form.days(), form.reason());
        return done(flash, caseId, "time-limit", "已提请延长办案期限，待负责人审批");
    }

    /** Where a refusal goes: the case page with this request's input, the message next to {@code section}. */
    private long check(Actor actor, String id, Model model, PageRefusal refusal, BindingResult errors, String section,
                       Consumer<PageRefusal> fields) {
        long caseId = Params.id("id", id);
        refusal.render("error_" + section.replace('-', '_'), () -> {
            section(actor, caseId, model);
            return pages.render(actor, caseId, model);
        });
        fields.accept(refusal);
        refusal.check(errors);
        return caseId;
    }

    private void section(Actor actor, long caseId, Model model) {
        section.addTo(actor, caseId, model);
    }

    private static String done(RedirectAttributes flash, long caseId, String section, String notice) {
        flash.addFlashAttribute("notice", notice);
        return "redirect:/cases/" + caseId + "#" + section;
    }
}
