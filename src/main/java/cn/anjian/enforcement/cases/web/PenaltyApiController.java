package cn.anjian.enforcement.cases.web;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.enforcement.cases.CaseLimitations;
import cn.anjian.enforcement.cases.CaseLimitations.LimitationView;
import cn.anjian.enforcement.cases.CaseService;
import cn.anjian.enforcement.cases.PenaltyInputs;
import cn.anjian.enforcement.cases.PenaltyProcedures;
import cn.anjian.enforcement.cases.PenaltyView;
import cn.anjian.enforcement.cases.TimeLimitExtensions;
import cn.anjian.enforcement.cases.TimeLimitExtensions.ExtensionView;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Params;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * CASE-11..13 on the case API: the limitation computation, the prior notice, statement and defence, the hearing,
 * and extensions of the time limit. Refusals are problem+json (web module's handler).
 */
@RestController
@RequestMapping("/api/v1/cases/{id}")
@RequiredArgsConstructor
class PenaltyApiController {

    private final CaseService cases;
    private final CaseLimitations limitations;
    private final PenaltyProcedures procedures;
    private final TimeLimitExtensions extensions;

    /** The procedure of a case: limitation (penalty cases), notice and hearing (null before the notice), extensions. */
    record Procedure(LimitationView limitation, PenaltyView penalty, List<ExtensionView> extensions) {
    }

    record AnswerRequest(String answer) {
    }

    record HearingRequest(LocalDate requestedOn) {
    }

    record ExtensionRequest(Integer extraDays, String reason) {
    }

    @GetMapping("/procedure")
    @PreAuthorize("hasAuthority('case:read')")
    Procedure procedure(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        long caseId = Params.id("id", id);
        cases.get(actor, caseId);
        return new Procedure(limitations.find(caseId).orElse(null), procedures.find(actor, caseId).orElse(null),
                extensions.list(actor, caseId));
    }

    @PostMapping("/penalty/notice")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('case:manage')")
    PenaltyView notice(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                       @RequestBody(required = false) PenaltyInputs.Notice r) {
        Params.requireBody(r, "请提交行政处罚告知书内容");
        return procedures.notify(actor, Params.id("id", id), r);
    }

    @PostMapping("/penalty/statement")
    @PreAuthorize("hasAuthority('case:manage')")
    PenaltyView statement(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                          @RequestBody(required = false) PenaltyInputs.Statement r) {
        Params.requireBody(r, "请提交陈述、申辩");
        return procedures.state(actor, Params.id("id", id), r);
    }

    @PostMapping("/penalty/answer")
    @PreAuthorize("hasAuthority('case:manage')")
    PenaltyView answer(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestBody(required = false) AnswerRequest r) {
        Params.requireBody(r, "请提交复核意见");
        return procedures.answer(actor, Params.id("id", id), r.answer());
    }

    @PostMapping("/penalty/hearing-request")
    @PreAuthorize("hasAuthority('case:manage')")
    PenaltyView hearingRequest(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                               @RequestBody(required = false) HearingRequest r) {
        Params.requireBody(r, "请提交听证申请日期");
        return procedures.requestHearing(actor, Params.id("id", id), r.requestedOn());
    }

    @PostMapping("/penalty/hearing-notice")
    @PreAuthorize("hasAuthority('case:manage')")
    PenaltyView hearingNotice(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                              @RequestBody(required = false) PenaltyInputs.HearingNotice r) {
        Params.requireBody(r, "请提交听证通知内容");
        return procedures.noticeHearing(actor, Params.id("id", id), r);
    }

    @PostMapping("/penalty/hearing-record")
    @PreAuthorize("hasAuthority('case:manage')")
    PenaltyView hearingRecord(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                              @RequestBody(required = false) PenaltyInputs.HearingRecord r) {
        Params.requireBody(r, "请提交听证笔录");
        return procedures.recordHearing(actor, Params.id("id", id), r);
    }

    @PostMapping("/penalty/hearing-report")
    @PreAuthorize("hasAuthority('case:manage')")
    PenaltyView hearingReport(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                              @RequestBody(required = false) PenaltyInputs.HearingReport r) {
        Params.requireBody(r, "请提交听证报告");
        return procedures.reportHearing(actor, Params.id("id", id), r);
    }

    @PostMapping("/time-limit/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('case:manage')")
    ExtensionView extend(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                         @RequestBody(required = false) ExtensionRequest r) {
        Params.requireBody(r, "请提交延长天数和理由");
        return extensions.request(actor, Params.id("id", id), r.extraDays() == null ? 0 : r.extraDays(), r.reason());
    }
}
