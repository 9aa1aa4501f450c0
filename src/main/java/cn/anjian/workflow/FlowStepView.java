package cn.anjian.workflow;

import java.time.Instant;
import java.util.Set;

/**
 * A resolved step of a flow: the concrete deciding agency and its state in the current round.
 *
 * @param state WAITING (not reached yet), PENDING (current), APPROVED, REJECTED, RETURNED
 * @param deadlineId the calendar deadline of the current round, or null
 * @param dueAt when that deadline ends, or null
 */
public record FlowStepView(int index, String key, String name, String roleCode, String roleName, long agencyId,
                           String agencyName, Set<Decision> allowed, String ruleId, String state,
                           Long deadlineId, Instant dueAt) {

    public String stateLabel() {
        return switch (state) {
            case "WAITING" -> "未开始";
            case "PENDING" -> "待审批";
            case "APPROVED" -> "已同意";
            case "REJECTED" -> "不同意";
            case "RETURNED" -> "已退回";
            default -> state;
        };
    }
}
