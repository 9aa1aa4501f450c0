package cn.anjian.workflow;

import java.util.EnumSet;
import java.util.Set;

import cn.anjian.calendar.Period;

/**
 * One step of a {@link FlowDefinition}: who decides (a role code in the {@link AgencyTarget} agency)
 * and what they may do.
 *
 * @param key          stable within the definition (events and subject modules refer to it)
 * @param name         shown to users, e.g. "司法行政部门审核同意"
 * @param roleCode     an identity role code, e.g. {@code DIRECTOR}
 * @param allowed      the decisions allowed at this step (APPROVE always included)
 * @param deadline     optional time limit; opens a calendar deadline when the step becomes current
 * @param deadlineRule the rule ID recorded on that deadline; null means the definition's code
 */
public record StepDefinition(String key, String name, String roleCode, AgencyTarget target, Set<Decision> allowed,
                             Period deadline, String deadlineRule) {

    public StepDefinition {
        if (key == null || !key.matches("[a-z][a-z0-9_-]{0,39}")) {
            throw new IllegalArgumentException("step key must be lower-case [a-z0-9_-], ≤ 40: " + key);
        }
        if (name == null || name.isBlank() || roleCode == null || roleCode.isBlank() || target == null) {
            throw new IllegalArgumentException("step " + key + " needs a name, a role and a target");
        }
        EnumSet<Decision> set = EnumSet.of(Decision.APPROVE);
        if (allowed != null) {
            set.addAll(allowed);
        }
        allowed = Set.copyOf(set);
    }

    public StepDefinition(String key, String name, String roleCode, AgencyTarget target, Set<Decision> allowed,
                          Period deadline) {
        this(key, name, roleCode, target, allowed, deadline, null);
    }

    /** A step allowing approve, reject and return, without deadline. */
    public static StepDefinition of(String key, String name, String roleCode, AgencyTarget target) {
        return new StepDefinition(key, name, roleCode, target, EnumSet.allOf(Decision.class), null, null);
    }

    /** The same step with a deadline (rule ID recorded on the calendar deadline). */
    public StepDefinition withDeadline(Period period, String ruleId) {
        return new StepDefinition(key, name, roleCode, target, allowed, period, ruleId);
    }
}
