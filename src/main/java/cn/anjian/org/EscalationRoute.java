package cn.anjian.org;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.anjian.kernel.BusinessException;

/**
 * ORG-04 逐级申报: a request travels from the submitting agency's level upward through the same kind
 * of agency (township → county → city → province). Each level records its decision; only the next
 * pending level may decide (no skipping, no deciding twice), and nothing more is accepted after a
 * rejection or once the top level approved. Immutable: {@link #decide} returns the new route, so a
 * caller (the workflow module) persists the decisions it got and rebuilds the route with {@link #of}.
 */
public final class EscalationRoute {

    public enum Verdict {
        APPROVE("同意"), REJECT("不同意");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status { PENDING, APPROVED, REJECTED }

    /** One level of the route: the agency that decides there. */
    public record Step(long agencyId, String agencyName, long jurisdictionId, String jurisdictionName, int level) {
    }

    /** A recorded decision of one level. */
    public record Decision(Step step, Verdict verdict, String actor, Instant at, String opinion) {
    }

    private final List<Step> steps;
    private final List<Decision> decisions;

    private EscalationRoute(List<Step> steps, List<Decision> decisions) {
        this.steps = List.copyOf(steps);
        this.decisions = List.copyOf(decisions);
    }

    /** A route over the given steps, lowest level first, each strictly above the one before. */
    public static EscalationRoute of(List<Step> steps) {
        if (steps == null || steps.isEmpty()) {
            throw new BusinessException("ORG-04-EMPTY", "逐级申报路线为空");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (!seen.add(s.agencyId()) || (i > 0 && s.level() >= steps.get(i - 1).level())) {
                throw new BusinessException("ORG-04-ORDER", "逐级申报路线必须自下而上、每级一个机构");
            }
        }
        return new EscalationRoute(steps, List.of());
    }

    /** Rebuilds a route with decisions already recorded (each replayed through the same checks). */
    public static EscalationRoute of(List<Step> steps, List<Decision> recorded) {
        EscalationRoute route = of(steps);
        for (Decision d : recorded) {
            route = route.decide(d.step().agencyId(), d.verdict(), d.actor(), d.at(), d.opinion());
        }
        return route;
    }

    public List<Step> steps() {
        return steps;
    }

    public List<Decision> decisions() {
        return decisions;
    }

    public Status status() {
        if (!decisions.isEmpty() && decisions.get(decisions.size() - 1).verdict() == Verdict.REJECT) {
            return Status.REJECTED;
        }
        return decisions.size() == steps.size() ? Status.APPROVED : Status.PENDING;
    }

    /** The level that must decide next, or empty when the route is finished. */
    public Optional<Step> nextPending() {
        return status() == Status.PENDING ? Optional.of(steps.get(decisions.size())) : Optional.empty();
    }

    /**
     * Records the decision of {@code agencyId}'s level. Refused (nothing recorded) unless that level is
     * the next pending one; a rejection needs an opinion.
     */
    public EscalationRoute decide(long agencyId, Verdict verdict, String actor, Instant at, String opinion) {
        if (verdict == null || actor == null || actor.isBlank() || at == null) {
            throw BusinessException.badInput("ORG-04-INPUT", "审核决定、审核人和时间都必须填写");
        }
        Status status = status();
        if (status == Status.REJECTED) {
            Step by = decisions.get(decisions.size() - 1).step();
            throw new BusinessException("ORG-04-REJECTED", "该申报已被" + by.agencyName() + "退回，不能再作决定");
        }
        if (status == Status.APPROVED) {
            throw new BusinessException("ORG-04-COMPLETE", "该申报已逐级审核完毕");
        }
        int index = indexOf(agencyId);
        Step next = steps.get(decisions.size());
        if (index < 0) {
            throw new BusinessException("ORG-04-NOT-ON-ROUTE", "该机构不在本申报的逐级审核路线上");
        }
        if (index < decisions.size()) {
            throw new BusinessException("ORG-04-DECIDED", steps.get(index).agencyName() + "已作出决定，不能重复审核");
        }
        if (index > decisions.size()) {
            throw new BusinessException("ORG-04-SKIP",
                    "须逐级申报：当前应由" + next.agencyName() + "审核，" + steps.get(index).agencyName() + "不能越级决定");
        }
        String text = opinion == null ? null : opinion.strip();
        if (verdict == Verdict.REJECT && (text == null || text.isEmpty())) {
            throw BusinessException.badInput("ORG-04-OPINION", "不同意时必须填写审核意见");
        }
        if (text != null && text.length() > 2000) {
            throw BusinessException.badInput("ORG-04-OPINION", "审核意见不能超过 2000 个字");
        }
        List<Decision> list = new ArrayList<>(decisions);
        list.add(new Decision(next, verdict, actor.strip(), at, text));
        return new EscalationRoute(steps, list);
    }

    private int indexOf(long agencyId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).agencyId() == agencyId) {
                return i;
            }
        }
        return -1;
    }
}
