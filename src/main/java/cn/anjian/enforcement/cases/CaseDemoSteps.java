package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.springframework.stereotype.Component;

/**
 * Steps the demo scripts take through other services than the case's own: approving a flow, and the prior notice
 * of a penalty case (CASE-12), which every penalty decision now needs.
 */
@Component
@RequiredArgsConstructor
class CaseDemoSteps {

    private final Workflows workflows;
    private final PenaltyProcedures procedures;

    void decide(FlowId flow, Actor actor, Decision decision, String opinion) {
        workflows.decide(flow, actor, decision, opinion);
    }

    /** Serves the 行政处罚告知书 on {@code servedOn}; when {@code waived}, the party waived statement and defence that day. */
    void notice(Actor actor, long caseId, String facts, String basis, BigDecimal fine, List<String> measures,
                String recipient, LocalDate servedOn, boolean waived) {
        procedures.notify(actor, caseId, new PenaltyInputs.Notice(facts, basis, fine, null, measures, ServiceMethod.DIRECT,
                recipient, servedOn));
        if (waived) {
            procedures.state(actor, caseId, new PenaltyInputs.Statement(true, null, servedOn));
        }
    }
}
