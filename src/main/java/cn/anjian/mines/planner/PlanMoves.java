package cn.anjian.mines.planner;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.mines.planner.PlanningInput.PlanCommissioner;
import cn.anjian.mines.planner.PlanningInput.PlanMine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual adjustment of a draft (computed or returned) plan: an officer moves a commissioner from one mine to another,
 * adds a commissioner to a mine (one the solver left idle, or a newcomer) or takes one off. The checker re-checks the
 * whole plan against fresh data; a change that adds a rule breach or leaves a mine short is refused with the rule as
 * the code and the regulation's article in the message, and nothing changes.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class PlanMoves {

    private final AssignmentPlans plans;
    private final PlanInputs inputs;
    private final AssignmentPlanRepository repository;

    /** The draft with the fresh input it is checked against. */
    private record Draft(AssignmentPlan plan, PlanOutcome before, PlanningInput in, Map<Long, PlanMine> mines) {
        boolean on(long commissionerId, long mineId) {
            return before.assignments().stream().anyMatch(a -> a.mineId() == mineId
                    && a.commissionerIds().contains(commissionerId));
        }

        PlanCommissioner commissioner(long id) {
            return in.commissioners().stream().filter(c -> c.id() == id).findFirst().orElse(null);
        }
    }

    public PlanView move(Actor actor, long planId, Long commissionerId, Long fromMineId, Long toMineId) {
        Draft d = draft(actor, planId);
        if (commissionerId == null || fromMineId == null || toMineId == null || fromMineId.equals(toMineId)) {
            throw BusinessException.badInput("MC-09-MOVE", "请选择要调整的监管专员、调出矿山和调入矿山（两者不同）");
        }
        PlanMine from = d.mines().get(fromMineId);
        PlanMine to = d.mines().get(toMineId);
        if (from == null || to == null || !d.on(commissionerId, fromMineId) || to.attachedPond() || !to.active()) {
            throw BusinessException.badInput("MC-09-MOVE", "该监管专员不在调出矿山上，或调入矿山不是本方案中需派驻的矿山");
        }
        Map<String, Object> move = new LinkedHashMap<>();
        move.put("commissionerId", commissionerId);
        move.put("fromMineId", fromMineId);
        move.put("toMineId", toMineId);
        return apply(d, PlanEdits.assignments(d.before().assignments(), d.mines(), commissionerId, from, to),
                PlanEdits.groups(d.before().groups(), d.commissioner(commissionerId), commissionerId, fromMineId,
                        toMineId), true, "mines.plan.adjusted", move);
    }

    /**
     * Puts a commissioner of the plan's jurisdiction on a mine (MC-09 manual adjustment). Every hard rule is re-checked:
     * another department or level, an unqualified person (MC-04), a second underground mine (MC-03), avoidance
     * (MC-05), no rotation without the province's approval (MC-07).
     */
    public PlanView add(Actor actor, long planId, Long commissionerId, Long mineId) {
        Draft d = draft(actor, planId);
        if (commissionerId == null || mineId == null) {
            throw BusinessException.badInput("MC-09-ADD", "请选择要增派的监管专员和矿山");
        }
        PlanCommissioner who = known(d, commissionerId);
        PlanMine to = mine(d, mineId);
        if (to.attachedPond() || !to.active()) {
            throw new BusinessException("MC-02", to.name() + (to.attachedPond()
                    ? "是附带尾矿库，由所属矿山的监管专员负责监管" : "不是正常生产建设矿山，不派驻监管专员") + "（" + PlanChecker.ART6 + "）");
        }
        if (d.on(commissionerId, mineId)) {
            throw BusinessException.conflict("MC-09-ADD", who.name() + "已派驻" + to.name());
        }
        return apply(d, PlanEdits.assignments(d.before().assignments(), d.mines(), commissionerId, null, to),
                PlanEdits.groups(d.before().groups(), who, commissionerId, null, mineId),
                false, "mines.plan.commissioner-added", change(commissionerId, mineId));
    }

    /** Takes a commissioner off a mine; refused when the mine or its coal group would fall short (MC-02, MC-08). */
    public PlanView remove(Actor actor, long planId, Long commissionerId, Long mineId) {
        Draft d = draft(actor, planId);
        if (commissionerId == null || mineId == null) {
            throw BusinessException.badInput("MC-09-REMOVE", "请选择要撤出的监管专员和矿山");
        }
        PlanCommissioner who = known(d, commissionerId);
        PlanMine from = mine(d, mineId);
        if (from.attachedPond() || !d.on(commissionerId, mineId)) {
            throw BusinessException.badInput("MC-09-REMOVE", who.name() + "不是" + from.name() + "的派驻监管专员"
                    + (from.attachedPond() ? "（附带尾矿库随所属矿山调整）" : ""));
        }
        return apply(d, PlanEdits.assignments(d.before().assignments(), d.mines(), commissionerId, from, null),
                PlanEdits.groups(d.before().groups(), who, commissionerId, mineId, null),
                true, "mines.plan.commissioner-removed", change(commissionerId, mineId));
    }

    private Draft draft(Actor actor, long planId) {
        AssignmentPlans.require(actor, "mine:plan");
        AssignmentPlan plan = plans.find(actor, planId);
        PlanOutcome before = PlanStore.outcome(plan);
        if (before == null || (plan.status() != PlanStatus.SOLVED && plan.status() != PlanStatus.RETURNED)) {
            throw BusinessException.conflict("MC-09-STATE", "只有计算完成或已退回的方案可以调整");
        }
        PlanningInput in = inputs.load(plan.scopePath(), plan.jurisdictionId(), plan.planYear()).input();
        Map<Long, PlanMine> mines = new HashMap<>();
        in.mines().forEach(m -> mines.put(m.id(), m));
        return new Draft(plan, before, in, mines);
    }

    /** A commissioner outside the plan's jurisdiction is not found (ORG-03), like any record out of scope. */
    private static PlanCommissioner known(Draft d, long id) {
        PlanCommissioner c = d.commissioner(id);
        if (c == null) {
            throw BusinessException.notFound("监管专员");
        }
        return c;
    }

    private static PlanMine mine(Draft d, long id) {
        PlanMine m = d.mines().get(id);
        if (m == null) {
            throw BusinessException.notFound("矿山");
        }
        return m;
    }

    private static Map<String, Object> change(long commissionerId, long mineId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commissionerId", commissionerId);
        m.put("mineId", mineId);
        return m;
    }

    /**
     * Checks the changed plan against the draft: a new breach, a new shortfall or — when someone is taken off a mine
     * ({@code takesOff}) — a deeper one refuses it; else it is saved. An addition may leave a short mine less short.
     */
    private PlanView apply(Draft d, List<PlanOutcome.Assignment> assignments, List<PlanOutcome.Group> groups,
                           boolean takesOff, String action, Map<String, Object> change) {
        PlanChecker.Result was = PlanChecker.check(d.in(), d.before().assignments(), d.before().groups());
        PlanChecker.Result now = PlanChecker.check(d.in(), assignments, groups);
        for (Violation v : now.violations()) {
            if (!was.violations().contains(v)) {
                throw new BusinessException(v.ruleId(), "调整未通过派驻规则核查：" + v.message());
            }
        }
        now.shortfalls().forEach((mineId, reason) -> {
            String old = was.shortfalls().get(mineId);
            if (old == null || (takesOff && !reason.equals(old))) {
                boolean group = reason.contains("监管组");
                throw new BusinessException(group ? "MC-08" : "MC-02", "调整后" + d.mines().get(mineId).name() + reason + "（"
                        + (group ? PlanChecker.ART13 : PlanChecker.ART6) + "）");
            }
        });
        Map<Long, String> oldReasons = new HashMap<>();
        d.before().unstaffed().forEach(u -> oldReasons.put(u.mineId(), u.reason()));
        List<PlanOutcome.Unstaffed> unstaffed = new ArrayList<>();
        now.shortfalls().forEach((id, r) -> unstaffed.add(new PlanOutcome.Unstaffed(id, oldReasons.getOrDefault(id, r))));
        PlanOutcome after = new PlanOutcome(assignments, groups, unstaffed, d.before().score());
        AssignmentPlan plan = d.plan();
        plan.adjusted(PlanStore.JSON.writeValueAsString(after), PlanStore.JSON.writeValueAsString(now.violations()),
                PlanStore.pairs(d.in(), after), action, change);
        return AssignmentPlans.view(repository.save(plan));
    }
}
