package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.DecisionIssuanceGuard;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * CASE-12 at the one decision-issuing gate: a penalty decision of a penalty case needs its notice served, the
 * statement period over (or the statement answered, or waived), a requested hearing held and reported, and must not
 * be heavier than notified. Asked before legal review (the procedure comes first).
 */
@Component
@Order(0)
@RequiredArgsConstructor
class PenaltyProcedureGate implements DecisionIssuanceGuard {

    private final PenaltyProcedures procedures;

    @Override
    public void beforeIssue(CaseRef theCase, CaseDecision decision) {
        if (theCase.kind() == CaseKind.PENALTY && decision.kind() == CaseDecision.DecisionKind.PENALTY) {
            procedures.checkDecision(theCase.id(), decision);
        }
    }
}
