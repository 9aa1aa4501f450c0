package cn.anjian.mines.planner;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.planner.PlanningInput.PlanCommissioner;
import cn.anjian.mines.planner.PlanningInput.PlanMine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual adjustment: an officer moves a commissioner from one mine to another. The checker re-checks the whole plan
 * against fresh data; a move that adds a rule breach or leaves a mine short is refused with the rule as the code
 * and the regulation's article in the message, and nothing changes.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class PlanMoves {

    private final AssignmentPlans plans;
    private final PlanInputs inputs;
    private final AssignmentPlanRepository repository;

    public PlanView move(Actor actor, long planId, Long commissionerId, Long fromMineId, Long toMineId) {
        AssignmentPlans.require(actor, "mine:plan");
        AssignmentPlan plan = plans.find(actor, planId);
        PlanOutcome before = PlanStore.outcome(plan);
        if (before == null || (plan.status() != PlanStatus.SOLVED && plan.status() != PlanStatus.RETURNED)) {
            throw BusinessException.conflict("MC-09-STATE", "只有计算完成或已退回的方案可以调整");
        }
        if (commissionerId == null || fromMineId == null || toMineId == null || fromMineId.equals(toMineId)) {
            throw BusinessException.badInput("MC-09-MOVE", "请选择要调整的监管专员、调出矿山和调入矿山（两者不同）");
        }
        PlanningInput in = inputs.load(plan.scopePath(), plan.jurisdictionId(), plan.planYear()).input();
        Map<Long, PlanMine> mines = new HashMap<>();
        in.mines().forEach(m -> mines.put(m.id(), m));
        PlanMine from = mines.get(fromMineId);
        PlanMine to = mines.get(toMineId);
        boolean onFrom = before.assignments().stream().anyMatch(a -> a.mineId() == fromMineId
                && a.commissionerIds().contains(commissionerId));
        if (from == null || to == null || !onFrom || to.attachedPond() || !to.active()) {
            throw BusinessException.badInput("MC-09-MOVE", "该监管专员不在调出矿山上，或调入矿山不是本方案中需派驻的矿山");
        }
        List<PlanOutcome.Assignment> assignments = moved(before.assignments(), mines, commissionerId, from, to);
        PlanCommissioner who = in.commissioners().stream().filter(c -> c.id() == commissionerId).findFirst().orElse(null);
        List<PlanOutcome.Group> groups = regroup(before.groups(), who, commissionerId, fromMineId, toMineId);
        PlanChecker.Result was = PlanChecker.check(in, before.assignments(), before.groups());
        PlanChecker.Result now = PlanChecker.check(in, assignments, groups);
        for (Violation v : now.violations()) {
            if (!was.violations().contains(v)) {
                throw new BusinessException(v.ruleId(), "调整未通过派驻规则核查：" + v.message());
            }
        }
        now.shortfalls().forEach((mineId, reason) -> {
            if (!reason.equals(was.shortfalls().get(mineId))) {
                boolean group = reason.contains("监管组");
                throw new BusinessException(group ? "MC-08" : "MC-02", "调整后" + mines.get(mineId).name() + reason + "（"
                        + (group ? PlanChecker.ART13 : PlanChecker.ART6) + "）");
            }
        });
        Map<Long, String> oldReasons = new HashMap<>();
        before.unstaffed().forEach(u -> oldReasons.put(u.mineId(), u.reason()));
        List<PlanOutcome.Unstaffed> unstaffed = new ArrayList<>();
        now.shortfalls().forEach((id, r) -> unstaffed.add(new PlanOutcome.Unstaffed(id, oldReasons.getOrDefault(id, r))));
        PlanOutcome after = new PlanOutcome(assignments, groups, unstaffed, before.score());
        Map<String, Object> move = new LinkedHashMap<>();
        move.put("commissionerId", commissionerId);
        move.put("fromMineId", fromMineId);
        move.put("toMineId", toMineId);
        plan.adjusted(PlanStore.JSON.writeValueAsString(after), PlanStore.JSON.writeValueAsString(now.violations()),
                PlanStore.pairs(in, after), move);
        return AssignmentPlans.view(repository.save(plan));
    }

    private static List<PlanOutcome.Assignment> moved(List<PlanOutcome.Assignment> before, Map<Long, PlanMine> mines,
                                                      long c, PlanMine from, PlanMine to) {
        List<PlanOutcome.Assignment> out = new ArrayList<>();
        boolean toSeen = false;
        for (PlanOutcome.Assignment a : before) {
            PlanMine m = mines.get(a.mineId());
            long key = m != null && m.attachedPond() ? m.parentMineId() : a.mineId();
            List<Long> ids = new ArrayList<>(a.commissionerIds());
            if (key == from.id()) {
                ids.remove(Long.valueOf(c));
            }
            if (key == to.id() && !ids.contains(c)) {
                ids.add(c);
            }
            toSeen |= a.mineId() == to.id();
            out.add(new PlanOutcome.Assignment(a.mineId(), List.copyOf(ids)));
        }
        if (!toSeen) {
            out.add(new PlanOutcome.Assignment(to.id(), List.of(c)));
        }
        return out;
    }

    /** The mover leaves the group of the old mine (the leader passes on) and joins the new mine's group. */
    private static List<PlanOutcome.Group> regroup(List<PlanOutcome.Group> groups, PlanCommissioner who, long c,
                                                   long from, long to) {
        List<PlanOutcome.Group> out = new ArrayList<>();
        for (PlanOutcome.Group g : groups) {
            List<Long> members = new ArrayList<>(g.memberIds());
            Map<Long, Specialty> duties = new LinkedHashMap<>(g.duties());
            Long leader = g.leaderId();
            if (g.mineIds().contains(from) && !g.mineIds().contains(to)) {
                members.remove(Long.valueOf(c));
                duties.remove(c);
                if (leader != null && leader == c) {
                    leader = members.isEmpty() ? null : members.get(0);
                }
            }
            if (g.mineIds().contains(to) && !members.contains(c)) {
                members.add(c);
                Map<Specialty, Long> taken = new EnumMap<>(Specialty.class);
                duties.forEach((id, sp) -> taken.put(sp, id));
                Set<Specialty> held = who == null ? Set.of() : who.specialties();
                held.stream().filter(sp -> !taken.containsKey(sp)).findFirst().ifPresent(sp -> duties.put(c, sp));
            }
            out.add(new PlanOutcome.Group(g.mineIds(), List.copyOf(members), leader, duties));
        }
        return out;
    }
}
