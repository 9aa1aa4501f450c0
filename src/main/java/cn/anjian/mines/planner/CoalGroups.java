package cn.anjian.mines.planner;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.mines.MineKind;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.planner.PlanningInput.PlanCommissioner;
import cn.anjian.mines.planner.PlanningInput.PlanMine;
import cn.anjian.mines.planner.PlanningInput.Staffing;

/** The checker's MC-08 part: coal groups of (in principle) 3 mines, ≥ 6 members, a leader, six specialties, ≥ 2 certificates. */
final class CoalGroups {

    private CoalGroups() {
    }

    static void check(PlanningInput in, Map<Long, PlanMine> mines, Map<Long, PlanCommissioner> people,
                      Map<Long, Set<Long>> staff, List<PlanOutcome.Group> groups, List<Violation> violations,
                      Map<Long, String> shortfalls) {
        Map<Long, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            PlanOutcome.Group group = groups.get(g);
            for (Long mineId : group.mineIds()) {
                PlanMine m = mines.get(mineId);
                if (m == null || m.kind() != MineKind.COAL || !m.active()) {
                    violations.add(new Violation("MC-08", "监管组只编入正常生产建设的煤矿（" + PlanChecker.ART13 + "）", mineId, null));
                } else if (groupOf.putIfAbsent(mineId, g) != null) {
                    violations.add(new Violation("MC-08", m.name() + "编入了两个监管组（" + PlanChecker.ART13 + "）", mineId, null));
                }
            }
            if (group.mineIds().size() > Staffing.GROUP_MINES) {
                violations.add(new Violation("MC-08", "每组原则上负责3座煤矿，该组编入了" + group.mineIds().size() + "座（"
                        + PlanChecker.ART13 + "）", group.mineIds().get(0), null));
            }
            checkGroup(group, mines, people, staff, violations, shortfalls);
        }
        for (PlanMine m : in.mines()) {
            if (m.kind() == MineKind.COAL && m.active() && !groupOf.containsKey(m.id())
                    && !staff.getOrDefault(m.id(), Set.of()).isEmpty()) {
                violations.add(new Violation("MC-08", m.name() + "的监管专员未编入煤矿监管组（" + PlanChecker.ART13 + "）", m.id(), null));
            }
        }
    }

    private static void checkGroup(PlanOutcome.Group group, Map<Long, PlanMine> mines, Map<Long, PlanCommissioner> people,
                                   Map<Long, Set<Long>> staff, List<Violation> violations, Map<Long, String> shortfalls) {
        Set<Long> designated = new LinkedHashSet<>();
        group.mineIds().forEach(id -> designated.addAll(staff.getOrDefault(id, Set.of())));
        Set<Long> members = new LinkedHashSet<>(group.memberIds());
        Long first = group.mineIds().isEmpty() ? null : group.mineIds().get(0);
        if (!members.equals(designated)) {
            violations.add(new Violation("MC-08", "监管组成员应为该组煤矿的指定监管专员（" + PlanChecker.ART13 + "）", first, null));
        }
        if (!members.isEmpty() && (group.leaderId() == null || !members.contains(group.leaderId()))) {
            violations.add(new Violation("MC-08", "监管组须设组长1名，且组长为本组成员（" + PlanChecker.ART13 + "）", first, group.leaderId()));
        }
        group.duties().forEach((id, sp) -> {
            PlanCommissioner c = people.get(id);
            if (c == null || !members.contains(id) || !c.specialties().contains(sp)) {
                violations.add(new Violation("MC-08", "专业分工须由具备该专业的本组成员担任（" + sp.label() + "）（"
                        + PlanChecker.ART13 + "）", first, id));
            }
        });
        List<PlanCommissioner> known = members.stream().map(people::get).filter(c -> c != null).toList();
        String reason = null;
        if (members.size() < Staffing.GROUP_MIN_MEMBERS) {
            reason = "煤矿监管组不足6人（现有" + members.size() + "人）";
        } else if (!PlanChecker.coversSpecialties(known)) {
            reason = "煤矿监管组缺少" + missing(known) + "专业负责人";
        } else if (known.stream().filter(PlanCommissioner::certified).count() < Staffing.GROUP_MIN_CERTIFIED) {
            reason = "煤矿监管组持有行政执法证的成员不足2人";
        }
        if (reason != null) {
            for (Long id : group.mineIds()) {
                if (mines.containsKey(id)) {
                    shortfalls.merge(id, reason, (a, b) -> a + "；" + b);
                }
            }
        }
    }

    private static String missing(List<PlanCommissioner> members) {
        for (Specialty sp : Specialty.values()) {
            if (members.stream().noneMatch(c -> c.specialties().contains(sp))) {
                return "“" + sp.label() + "”";
            }
        }
        return "部分";
    }
}
