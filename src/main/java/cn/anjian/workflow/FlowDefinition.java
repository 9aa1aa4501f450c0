package cn.anjian.workflow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An approval chain, defined in code by the module that owns the flow, e.g. personnel's
 * {@code ti-hiring-plan}: department head → same-level justice department's consent → same-level
 * government's approval (TI-01). Steps are resolved to concrete agencies when a flow starts.
 *
 * @param code stable identifier (events carry it; the inbox filters by it), e.g. {@code ti-hiring-plan}
 * @param name shown to users, e.g. "技术检查员招聘计划"
 */
public record FlowDefinition(String code, String name, List<StepDefinition> steps) {

    public FlowDefinition {
        if (code == null || !code.matches("[a-z][a-z0-9_.-]{0,59}")) {
            throw new IllegalArgumentException("flow code must be lower-case [a-z0-9_.-], ≤ 60: " + code);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("flow " + code + " needs a name");
        }
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("flow " + code + " needs at least one step");
        }
        steps = List.copyOf(steps);
        Set<String> keys = new HashSet<>();
        for (StepDefinition s : steps) {
            if (!keys.add(s.key())) {
                throw new IllegalArgumentException("duplicate step key " + s.key() + " in flow " + code);
            }
        }
    }

    public FlowDefinition(String code, String name, StepDefinition... steps) {
        this(code, name, List.of(steps));
    }
}
