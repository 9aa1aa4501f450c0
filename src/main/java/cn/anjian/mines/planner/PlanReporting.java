package cn.anjian.mines.planner;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.anjian.identity.UserRoles;
import cn.anjian.mines.MinePlanReported;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdictions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * MC-06 (art. 9): "选派结果需报省级矿山安全监管部门". On approval the plan goes to the province: its emergency-management
 * and mine-safety agencies' users who receive reports ({@code mine:plan-receive}) are told in their message centre
 * ({@link MinePlanReported}); the province reads the plans of its subtree at {@code /mines/plans/reported}.
 */
@Component
@RequiredArgsConstructor
class PlanReporting {

    static final String PERMISSION = "mine:plan-receive";

    private final Jurisdictions jurisdictions;
    private final Agencies agencies;
    private final UserRoles roles;
    private final ApplicationEventPublisher events;

    /** Reports the approved plan; returns the receiving agencies' names (for the audit) and tells their users. */
    List<String> report(AssignmentPlan plan, Instant at) {
        long province = Long.parseLong(plan.scopePath().split("/")[1]);
        Set<Long> told = new LinkedHashSet<>();
        List<String> to = new ArrayList<>();
        for (AgencyKind kind : List.of(AgencyKind.MINE_SAFETY, AgencyKind.EMERGENCY_MANAGEMENT)) {
            agencies.findAgency(province, kind).ifPresent((Agency a) -> {
                to.add(a.name());
                told.addAll(roles.permitted(a.id(), PERMISSION));
            });
        }
        String title = jurisdictions.get(plan.jurisdictionId()).name() + " " + plan.planYear()
                + " 年度矿山安全监管专员派驻方案已批准并报省级矿山安全监管部门";
        events.publishEvent(new MinePlanReported(plan.id(), title, "/mines/plans/" + plan.id(), List.copyOf(told), at));
        return to;
    }
}
