package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.calendar.Period;
import cn.anjian.documents.DocumentNumbers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.StepDefinition;
import cn.anjian.workflow.Workflows;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-15 延期或者分期缴纳罚款 (行政处罚法 art. 66): the party's application, recorded by an officer, approved on the
 * workflow by the unit head and the director (four eyes); on approval the plan is numbered (延期（分期）缴纳罚款批准书),
 * every instalment gets its calendar deadline (a due date on a rest day moves to the next working day, CAL-03) and the
 * original 15-day payment deadline is waived.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PaymentPlans {

    static final FlowDefinition FLOW = new FlowDefinition("case-payment-plan", "延期（分期）缴纳罚款",
            StepDefinition.of("unit-head", "科室负责人审核", "UNIT_HEAD", AgencyTarget.SAME_AGENCY),
            StepDefinition.of("director", "行政机关负责人批准", "DIRECTOR", AgencyTarget.SAME_AGENCY));

    private final CaseService cases;
    private final ExecutionRepository repository;
    private final MeasureDeadlines deadlines;
    private final Workflows workflows;
    private final DocumentNumbers numbers;

    /** 延期 / 分期: code → label (for forms). */
    public static java.util.Map<String, String> kinds() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (Execution.PlanKind k : Execution.PlanKind.values()) {
            m.put(k.name(), k.label());
        }
        return m;
    }

    /** One proposed instalment (a deferral has exactly one). */
    public record Proposed(java.math.BigDecimal amount, LocalDate dueDate) {
    }

    @Transactional
    public CoercionViews.ExecutionView request(Actor actor, long caseId, String kindCode, List<Proposed> plan,
                                               String reason) {
        Execution.PlanKind kind = kindCode == null || kindCode.isBlank() ? null
                : cn.anjian.kernel.Params.choice(Execution.PlanKind.class, "缴纳方式", kindCode, Execution.PlanKind::label);
        Guards.require(actor, "case:manage");
        CaseView c = cases.get(actor, caseId);
        Execution e = repository.findByCaseId(caseId).orElseThrow(() -> new BusinessException("CASE-15-NO-EXECUTION",
                "本案没有待执行的罚款（行政处罚决定书登记送达后开始执行）"));
        LocalDate today = cases.today();
        List<Execution.Instalment> items = new ArrayList<>();
        for (Proposed p : plan == null ? List.<Proposed>of() : plan) {
            if (p != null && (p.amount() != null || p.dueDate() != null)) {
                items.add(new Execution.Instalment(Guards.amount(p.amount(), "每期金额"), p.dueDate(), null, false));
            }
        }
        e.requirePlannable(kind, items, today);
        String why = Guards.text(reason, 2000, "申请理由");
        if (why == null) {
            throw BusinessException.badInput("CASE-15-PLAN-REASON", "请写明当事人确有经济困难的情况");
        }
        FlowId flow = workflows.start(FLOW, "case-execution", Long.toString(e.id()), kind.label() + "罚款：" + c.title(),
                "/cases/" + caseId + "#execution", c.agencyId(), actor);
        e.requestPlan(kind, items, why, flow.value(), today, actor.username());
        return save(e).view(today);
    }

    /** The plan's flow ended ({@link CoercionFlowOutcomes}). */
    @Transactional
    public void decided(FlowCompleted done) {
        Execution e = repository.findByPlanFlowId(done.flowId().value()).orElse(null);
        if (e == null || e.planStatus() != Execution.PlanStatus.PENDING) {
            return;
        }
        String by = done.actor() == null ? "system" : done.actor();
        if (!done.approved()) {
            e.planDecided(false, null, List.of(), by);
            save(e);
            return;
        }
        CaseView c = cases.load(e.caseId()).orElseThrow();
        LocalDate today = cases.today();
        List<Execution.Instalment> opened = new ArrayList<>();
        int n = 1;
        for (Execution.Instalment i : e.instalments()) {
            int days = (int) Math.max(0, ChronoUnit.DAYS.between(today, i.dueDate()));
            MeasureDeadlines.Opened d = deadlines.open(c, "case-execution-instalment", e.id(), "CASE-15",
                    Period.calendarDays(days), today, "罚款第 " + n++ + " 期缴纳期限");
            opened.add(new Execution.Instalment(i.amount(), d.due() == null ? i.dueDate() : d.due(), d.id(), false));
        }
        deadlines.waive(e.paymentDeadlineId(), "经批准" + e.planKind().label() + "罚款");
        String number = numbers.take("PAYMENT_PLAN", c.agencyId(), "case", Long.toString(c.id()), by).text();
        e.planDecided(true, number, opened, by);
        save(e);
    }

    private Execution save(Execution e) {
        try {
            return repository.save(e);
        } catch (OptimisticLockingFailureException x) {
            throw BusinessException.conflict("CASE-15-CONCURRENT", "罚款执行情况已被他人变更，请刷新后重试");
        }
    }
}
