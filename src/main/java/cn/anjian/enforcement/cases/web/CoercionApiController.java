package cn.anjian.enforcement.cases.web;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.enforcement.RemedyKind;
import cn.anjian.enforcement.RemedyOutcome;
import cn.anjian.enforcement.cases.CoercionViews;
import cn.anjian.enforcement.cases.Executions;
import cn.anjian.enforcement.cases.GoodsItem;
import cn.anjian.enforcement.cases.PaymentPlans;
import cn.anjian.enforcement.cases.Preservations;
import cn.anjian.enforcement.cases.Remedies;
import cn.anjian.enforcement.cases.RemedyFiling;
import cn.anjian.enforcement.cases.Seizures;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * CASE-14 / CASE-15 API under {@code /api/v1/cases/{id}}: preservations, sealings and seizures (with extension and
 * release), the execution of the fine (payment plan, payments, 催告, court application, other ending) and the
 * party's remedies. Dates are ISO text and enum codes are text, parsed with Chinese 400s; refusals are problem+json.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}")
@RequiredArgsConstructor
class CoercionApiController {

    private final Preservations preservations;
    private final Seizures seizures;
    private final Executions executions;
    private final PaymentPlans plans;
    private final Remedies remedies;

    record PreservationRequest(String registeredOn, String place, String reason, List<GoodsItem> items) {
    }

    record OutcomeRequest(String outcome, String note) {
    }

    record SeizureRequest(String measure, String startedOn, String place, String reason, String basis, List<GoodsItem> items) {
    }

    record ReasonRequest(String reason) {
    }

    record ReleaseRequest(String reason, String record) {
    }

    record PlanRequest(String kind, String reason, List<InstalmentRequest> instalments) {
    }

    record InstalmentRequest(BigDecimal amount, String dueDate) {
    }

    record PaymentRequest(BigDecimal amount, String paidOn, String receipt) {
    }

    record CourtRequest(String court) {
    }

    /** {@code reviewAgencyId}: the upper-level emergency-management agency that received the reconsideration (STAT-07), optional. */
    record RemedyRequest(String kind, String filedOn, String body, Long reviewAgencyId) {
    }

    record RemedyOutcomeRequest(String outcome, String outcomeOn, String note) {
    }

    // ---- CASE-14 ----

    @GetMapping("/preservations")
    @PreAuthorize("hasAuthority('case:read')")
    List<CoercionViews.PreservationView> preservations(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return preservations.list(actor, Params.id("id", id));
    }

    @PostMapping("/preservations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('case:manage')")
    CoercionViews.PreservationView preserve(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                                            @RequestBody(required = false) PreservationRequest r) {
        Params.requireBody(r, "请提交先行登记保存信息");
        return preservations.register(actor, Params.id("id", id), new Preservations.NewPreservation(
                Params.date("登记保存日期", r.registeredOn()), r.place(), r.reason(), r.items()));
    }

    @PostMapping("/preservations/{pid}/decision")
    @PreAuthorize("hasAuthority('case:manage')")
    CoercionViews.PreservationView decidePreservation(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                                                      @PathVariable String pid, @RequestBody(required = false) OutcomeRequest r) {
        Params.requireBody(r, "请提交处理决定");
        return preservations.decide(actor, Params.id("id", id), Params.id("pid", pid), r.outcome(), r.note());
    }

    @GetMapping("/seizures")
    @PreAuthorize("hasAuthority('case:read')")
    List<CoercionViews.SeizureView> seizures(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return seizures.list(actor, Params.id("id", id));
    }

    @PostMapping("/seizures")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('case:manage')")
    CoercionViews.SeizureView seize(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                                    @RequestBody(required = false) SeizureRequest r) {
        Params.requireBody(r, "请提交查封、扣押信息");
        return seizures.decide(actor, Params.id("id", id), new Seizures.NewSeizure(r.measure(),
                Params.date("查封、扣押日期", r.startedOn()), r.place(), r.reason(), r.basis(), r.items()));
    }

    @PostMapping("/seizures/{sid}/extension")
    @PreAuthorize("hasAuthority('case:manage')")
    CoercionViews.SeizureView extend(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String sid,
                                     @RequestBody(required = false) ReasonRequest r) {
        Params.requireBody(r, "请提交延长理由");
        return seizures.requestExtension(actor, Params.id("id", id), Params.id("sid", sid), r.reason());
    }

    @PostMapping("/seizures/{sid}/release")
    @PreAuthorize("hasAuthority('case:manage')")
    CoercionViews.SeizureView release(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String sid,
                                      @RequestBody(required = false) ReleaseRequest r) {
        Params.requireBody(r, "请提交解除理由和记录");
        return seizures.release(actor, Params.id("id", id), Params.id("sid", sid), r.reason(), r.record());
    }

    // ---- CASE-15 ----

    @GetMapping("/execution")
    @PreAuthorize("hasAuthority('case:read')")
    CoercionViews.ExecutionView execution(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return executions.find(actor, Params.id("id", id)).orElseThrow(() -> BusinessException.notFound("罚款执行"));
    }

    @PostMapping("/execution/payment-plan")
    @PreAuthorize("hasAuthority('case:manage')")
    CoercionViews.ExecutionView plan(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                                     @RequestBody(required = false) PlanRequest r) {
        Params.requireBody(r, "请提交延期（分期）缴纳申请");
        List<PaymentPlans.Proposed> items = r.instalments() == null ? List.of() : r.instalments().stream()
                .map(i -> new PaymentPlans.Proposed(i == null ? null : i.amount(), i == null ? null : Params.date("缴纳日期", i.dueDate())))
                .toList();
        return plans.request(actor, Params.id("id", id), r.kind(), items, r.reason());
    }

    @PostMapping("/execution/payments")
    @PreAuthorize("hasAuthority('case:manage')")
    CoercionViews.ExecutionView pay(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                                    @RequestBody(required = false) PaymentRequest r) {
        Params.requireBody(r, "请提交缴款信息");
        return executions.pay(actor, Params.id("id", id), r.amount(), Params.date("缴款日期", r.paidOn()), r.receipt());
    }

    @PostMapping("/execution/reminder")
    @PreAuthorize("hasAuthority('case:manage')")
    CoercionViews.ExecutionView remind(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return executions.remind(actor, Params.id("id", id));
    }

    @PostMapping("/execution/court-application")
    @PreAuthorize("hasAuthority('case:manage')")
    CoercionViews.ExecutionView court(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                                      @RequestBody(required = false) CourtRequest r) {
        Params.requireBody(r, "请提交受理的人民法院");
        return executions.applyToCourt(actor, Params.id("id", id), r.court());
    }

    @PostMapping("/execution/ending")
    @PreAuthorize("hasAuthority('case:decide')")
    CoercionViews.ExecutionView end(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                                    @RequestBody(required = false) ReasonRequest r) {
        Params.requireBody(r, "请提交终结执行的理由");
        return executions.endOtherwise(actor, Params.id("id", id), r.reason());
    }

    @GetMapping("/remedies")
    @PreAuthorize("hasAuthority('case:read')")
    List<CoercionViews.RemedyView> remedies(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return remedies.list(actor, Params.id("id", id));
    }

    @PostMapping("/remedies")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('case:manage')")
    CoercionViews.RemedyView file(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                                  @RequestBody(required = false) RemedyRequest r) throws BindException {
        long caseId = Params.id("id", id);
        Params.requireBody(r, "请提交复议或诉讼信息");
        // the same command and check as the case page's form: every problem at once, each under its JSON field
        RemedyFiling filing = RemedyFiling.of(r.kind(), r.filedOn(), r.body(), r.reviewAgencyId());
        List<RemedyFiling.Problem> problems = remedies.problems(actor, caseId, filing);
        if (!problems.isEmpty()) {
            MapBindingResult errors = new MapBindingResult(new java.util.HashMap<>(), "remedy");
            problems.forEach(p -> errors.rejectValue(p.field(), p.code(), p.message()));
            throw new BindException(errors);
        }
        return remedies.file(actor, caseId, filing);
    }

    @PostMapping("/remedies/{rid}/outcome")
    @PreAuthorize("hasAuthority('case:manage')")
    CoercionViews.RemedyView outcome(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String rid,
                                     @RequestBody(required = false) RemedyOutcomeRequest r) {
        Params.requireBody(r, "请提交复议或诉讼结果");
        return remedies.decide(actor, Params.id("id", id), Params.id("rid", rid),
                Params.choice(RemedyOutcome.class, "结果", r.outcome(), RemedyOutcome::label), Params.date("结果日期", r.outcomeOn()), r.note());
    }
}
