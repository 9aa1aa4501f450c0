package cn.anjian.workflow.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import cn.anjian.calendar.Period;
import cn.anjian.calendar.PeriodKind;
import cn.anjian.workflow.Decision;
import org.springframework.data.relational.core.mapping.Table;

/** A step resolved to a concrete agency (part of the {@link Flow} aggregate; immutable, replaced on change). */
@Table("wf_flow_step")
record FlowStep(String stepKey, String name, String roleCode, long agencyId, String agencyName, long jurisdictionId,
                String agencyScopePath, String allowed, String ruleId, String periodKind, Integer periodAmount,
                String state, Long deadlineId, Instant dueAt, Instant pendingSince) {

    static final String WAITING = "WAITING";
    static final String PENDING = "PENDING";

    static String encode(Set<Decision> decisions) {
        return decisions.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    Set<Decision> allowedDecisions() {
        EnumSet<Decision> set = EnumSet.noneOf(Decision.class);
        Arrays.stream(allowed.split(",")).filter(s -> !s.isBlank()).map(Decision::valueOf).forEach(set::add);
        return set;
    }

    Period period() {
        return periodKind == null ? null : new Period(PeriodKind.valueOf(periodKind), periodAmount);
    }

    FlowStep withState(String newState) {
        return new FlowStep(stepKey, name, roleCode, agencyId, agencyName, jurisdictionId, agencyScopePath, allowed,
                ruleId, periodKind, periodAmount, newState, deadlineId, dueAt, pendingSince);
    }

    /** Becomes the current step: PENDING since {@code at}, the previous round's deadline forgotten. */
    FlowStep pending(Instant at) {
        return new FlowStep(stepKey, name, roleCode, agencyId, agencyName, jurisdictionId, agencyScopePath, allowed,
                ruleId, periodKind, periodAmount, PENDING, null, null, at);
    }

    FlowStep withDeadline(long id, Instant due) {
        return new FlowStep(stepKey, name, roleCode, agencyId, agencyName, jurisdictionId, agencyScopePath, allowed,
                ruleId, periodKind, periodAmount, state, id, due, pendingSince);
    }
}
