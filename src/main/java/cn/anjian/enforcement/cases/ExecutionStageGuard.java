package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.CaseStageGuard;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * CASE-15: a case does not leave EXECUTION for CLOSURE while its fine is unpaid, unless the court was applied to for
 * enforcement, another lawful ending was recorded, or the decision was set aside (复议/诉讼 撤销, 确认违法).
 */
@Component
@Order(10)
@RequiredArgsConstructor
class ExecutionStageGuard implements CaseStageGuard {

    private final Executions executions;

    @Override
    public void beforeTransition(CaseRef theCase, CaseStage from, CaseStage to) {
        if (from == CaseStage.EXECUTION && to == CaseStage.CLOSURE) {
            executions.requireClosable(theCase.id());
        }
    }
}
