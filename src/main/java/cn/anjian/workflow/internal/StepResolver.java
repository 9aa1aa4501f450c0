package cn.anjian.workflow.internal;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.List;

import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.EscalationRoute;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.StepDefinition;
import org.springframework.stereotype.Component;

/**
 * Resolves a definition's steps to concrete agencies when a flow starts. Each target is relative to
 * the previous step's agency (the initiating agency for the first step); ESCALATE_TO_PROVINCE expands
 * into one step per level above the initiating agency, same kind, up to the province (ORG-04).
 */
@Component
@RequiredArgsConstructor
class StepResolver {

    private final Agencies agencies;
    private final Jurisdictions jurisdictions;
    private final StaffDirectory staff;

    /** The agency starting a flow; a retired one starts nothing. */
    Agency initiating(long agencyId) {
        Agency agency = agencies.get(agencyId);
        if (!agency.active()) {
            throw new BusinessException("WF-AGENCY-RETIRED", agency.name() + "已撤销，不能发起审批");
        }
        return agency;
    }

    List<FlowStep> resolve(FlowDefinition def, Agency initiating) {
        List<FlowStep> out = new ArrayList<>();
        Agency previous = initiating;
        for (StepDefinition s : def.steps()) {
            if (staff.roleName(s.roleCode()).isEmpty()) {
                throw new IllegalArgumentException("flow " + def.code() + " step " + s.key() + ": unknown role " + s.roleCode());
            }
            String rule = s.deadlineRule() == null ? def.code() : s.deadlineRule();
            if (s.target() == AgencyTarget.ESCALATE_TO_PROVINCE) {
                EscalationRoute route = agencies.escalationRoute(initiating.id());
                for (EscalationRoute.Step level : route.steps().subList(1, route.steps().size())) {
                    Agency a = agencies.get(level.agencyId());
                    out.add(step(s, s.key() + "-" + level.level(),
                            s.name() + "（" + Jurisdiction.levelLabel(level.level()) + "）", a, rule));
                    previous = a;
                }
                continue;
            }
            Agency a = switch (s.target()) {
                case SAME_AGENCY -> previous;
                case SAME_LEVEL_JUSTICE -> sameLevel(previous, AgencyKind.JUSTICE);
                case SAME_LEVEL_GOVERNMENT -> sameLevel(previous, AgencyKind.GOVERNMENT);
                case NEXT_LEVEL_UP -> nextUp(previous);
                case ESCALATE_TO_PROVINCE -> throw new IllegalStateException();
            };
            if (!a.active()) {
                throw new BusinessException("WF-AGENCY-RETIRED", a.name() + "已撤销，不能承办“" + s.name() + "”");
            }
            out.add(step(s, s.key(), s.name(), a, rule));
            previous = a;
        }
        if (out.isEmpty()) {
            throw new BusinessException("WF-NO-STEPS", "发起机构已是省级，“" + def.name() + "”没有需要上报的层级");
        }
        return out;
    }

    private Agency sameLevel(Agency of, AgencyKind kind) {
        Jurisdiction j = jurisdictions.get(of.jurisdictionId());
        return agencies.findAgency(j.id(), kind).orElseThrow(() -> new BusinessException("WF-AGENCY-MISSING",
                "无法发起审批：" + j.name() + "（" + j.levelLabel() + "）尚未设立" + kind.label() + "，请系统管理员先设立该机构"));
    }

    private Agency nextUp(Agency of) {
        Jurisdiction j = jurisdictions.get(of.jurisdictionId());
        return agencies.nextLevelUp(of.id()).orElseThrow(() -> new BusinessException("WF-AGENCY-MISSING",
                "无法发起审批：" + of.name() + "已是" + j.levelLabel() + "，没有上一级" + of.kind().label()));
    }

    private static FlowStep step(StepDefinition s, String key, String name, Agency a, String rule) {
        return new FlowStep(key, name, s.roleCode(), a.id(), a.name(), a.jurisdictionId(), a.scopePath(),
                FlowStep.encode(s.allowed()), rule, s.deadline() == null ? null : s.deadline().kind().name(),
                s.deadline() == null ? null : s.deadline().amount(), FlowStep.WAITING, null, null, null);
    }
}
