package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowOutcomeHandler;
import org.springframework.stereotype.Component;

/** The approval of a transfer to judicial organs (CASE-09) reaches the transfer in the deciding transaction. */
@Component
@RequiredArgsConstructor
class TransferFlowOutcomes implements FlowOutcomeHandler {

    private final CaseTransfers transfers;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(CaseTransfers.FLOW);
    }

    @Override
    public void completed(FlowCompleted outcome) {
        transfers.decided(outcome);
    }
}
