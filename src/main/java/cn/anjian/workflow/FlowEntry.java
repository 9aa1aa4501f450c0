package cn.anjian.workflow;

import java.time.Instant;

/**
 * One recorded act in a flow's history: a decision on a step, or the initiator's resubmission
 * ({@code decision} null, {@code stepIndex} -1).
 */
public record FlowEntry(int round, int stepIndex, String stepName, String agencyName, long actorUserId,
                        String actorName, Decision decision, String opinion, Instant at) {

    public boolean resubmission() {
        return decision == null;
    }

    public String label() {
        return decision == null ? "修改后重新提交" : decision.label();
    }
}
