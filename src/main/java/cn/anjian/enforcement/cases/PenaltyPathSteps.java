package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.Actor;
import org.springframework.stereotype.Component;

/**
 * The hearing case's steps after its legal review ({@link PenaltyPathDemoData}), through the same services and gates
 * as the pages: the decision (CASE-12: not heavier than notified; LR-01/LR-13: reviewed and discussed; CASE-17: inside
 * the benchmark), its direct service, execution with two instalments (CASE-15), the payments, closure and archiving
 * (CASE-15 paid, REC-02/REC-03 records complete; CASE-16 numbers the dossier).
 */
@Component
@RequiredArgsConstructor
class PenaltyPathSteps {

    static final BigDecimal FINE = new BigDecimal("20000");
    static final BigDecimal INSTALMENT = new BigDecimal("10000");
    private static final String FACTS = "清理砂处理地坑前未进行通风检测，未设置现场监护人员";
    private static final String BASIS = "《中华人民共和国安全生产法》第四十一条、第一百零一条";

    private final CaseService cases;
    private final CaseDecisions decisions;
    private final CaseDocuments documents;
    private final PaymentPlans plans;
    private final Executions executions;

    /** Decided, served, at execution with the instalments requested; returns the plan's flow to approve. */
    long decidedAndInstalmentsRequested(Actor officer, Actor head, long caseId, LocalDate today) {
        DecisionView d = decisions.issueDecision(head, caseId, new CaseDecision(caseId, DecisionKind.PENALTY, List.of(), FINE,
                null, null, FACTS, BASIS, null));
        cases.transition(officer, caseId, CaseStage.SERVICE, null);
        documents.serve(officer, caseId, d.documentId(), ServiceMethod.DIRECT, "该厂负责人王某");
        cases.transition(officer, caseId, CaseStage.EXECUTION, "决定书已直接送达，当事人申请分期缴纳");
        plans.request(officer, caseId, "INSTALMENTS", List.of(new PaymentPlans.Proposed(INSTALMENT, today.plusDays(15)),
                new PaymentPlans.Proposed(INSTALMENT, today.plusDays(45))), "受疫后订单减少影响，资金周转困难，申请分两期缴纳");
        return executions.planFlow(caseId);
    }

    /** After the approval: both instalments paid (the second one early). */
    void instalmentsPaid(Actor officer, long caseId, LocalDate today) {
        executions.pay(officer, caseId, INSTALMENT, today, "非税收入缴款书 1405250101");
        executions.pay(officer, caseId, INSTALMENT, today, "非税收入缴款书 1405250102");
    }

    /** Paid in full and every record on file: closed, then archived. */
    void closedAndArchived(Actor officer, long caseId) {
        cases.transition(officer, caseId, CaseStage.CLOSURE, "罚款 2 万元已分两期缴清，执行完毕");
        cases.transition(officer, caseId, CaseStage.ARCHIVED, null);
    }
}
