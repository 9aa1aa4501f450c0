package cn.anjian.org;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.anjian.kernel.BusinessException;

/**
 * ORG-04 逐级申报: the route a request travels from the submitting agency's level upward through the
 * same kind of agency (township → county → city → province), one agency per level, never skipping one.
 * Only the route: deciding along it is an approval, and approvals are the workflow module's flows
 * (one step per level, decided strictly in order).
 */
public final class EscalationRoute {

    /** One level of the route: the agency that decides there. */
    public record Step(long agencyId, String agencyName, long jurisdictionId, String jurisdictionName, int level) {
    }

    private final List<Step> steps;

    private EscalationRoute(List<Step> steps) {
        this.steps = List.copyOf(steps);
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
        return new EscalationRoute(steps);
    }

    public List<Step> steps() {
        return steps;
    }

    /** The level directly above {@code agencyId}'s on this route, empty at the top. */
    public Optional<Step> above(long agencyId) {
        int i = indexOf(agencyId);
        return i + 1 < steps.size() ? Optional.of(steps.get(i + 1)) : Optional.empty();
    }

    /** Refuses a hop from one level to another unless it goes to the level directly above (no skipping). */
    public void requireNextLevel(long fromAgencyId, long toAgencyId) {
        int from = indexOf(fromAgencyId);
        int to = indexOf(toAgencyId);
        if (to != from + 1) {
            Step next = from + 1 < steps.size() ? steps.get(from + 1) : null;
            throw new BusinessException("ORG-04-SKIP", "须逐级申报：" + steps.get(from).agencyName() + "之后应由"
                    + (next == null ? "（已到最高一级）" : next.agencyName()) + "审核，" + steps.get(to).agencyName() + "不能越级");
        }
    }

    private int indexOf(long agencyId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).agencyId() == agencyId) {
                return i;
            }
        }
        throw new BusinessException("ORG-04-NOT-ON-ROUTE", "该机构不在本申报的逐级审核路线上");
    }
}
