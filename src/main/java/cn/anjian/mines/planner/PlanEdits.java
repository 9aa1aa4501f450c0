package cn.anjian.mines.planner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.mines.Specialty;
import cn.anjian.mines.planner.PlanningInput.PlanCommissioner;
import cn.anjian.mines.planner.PlanningInput.PlanMine;

/**
 * A draft's content after an officer's change, before the checker judges it: a commissioner taken off one mine
 * and/or put on another (an attached pond follows its parent mine, art. 6 (四)); the coal groups follow (the leaver's
 * leadership passes on, the newcomer takes a specialty the group still lacks).
 */
final class PlanEdits {

    private PlanEdits() {
    }

    /** The assignments with {@code c} off {@code from} (null: nowhere) and on {@code to} (null: nowhere). */
    static List<PlanOutcome.Assignment> assignments(List<PlanOutcome.Assignment> before, Map<Long, PlanMine> mines,
                                                    long c, PlanMine from, PlanMine to) {
        List<PlanOutcome.Assignment> out = new ArrayList<>();
        boolean toSeen = false;
        for (PlanOutcome.Assignment a : before) {
            PlanMine m = mines.get(a.mineId());
            long key = m != null && m.attachedPond() ? m.parentMineId() : a.mineId();
            List<Long> ids = new ArrayList<>(a.commissionerIds());
            if (from != null && key == from.id()) {
                ids.remove(Long.valueOf(c));
            }
            if (to != null && key == to.id() && !ids.contains(c)) {
                ids.add(c);
            }
            toSeen |= to != null && a.mineId() == to.id();
            out.add(new PlanOutcome.Assignment(a.mineId(), List.copyOf(ids)));
        }
        if (to != null && !toSeen) {
            out.add(new PlanOutcome.Assignment(to.id(), List.of(c)));
        }
        return out;
    }

    /** The groups with {@code c} leaving the group of {@code from} and joining that of {@code to} (either may be null). */
    static List<PlanOutcome.Group> groups(List<PlanOutcome.Group> groups, PlanCommissioner who, long c, Long from,
                                          Long to) {
        List<PlanOutcome.Group> out = new ArrayList<>();
        for (PlanOutcome.Group g : groups) {
            List<Long> members = new ArrayList<>(g.memberIds());
            Map<Long, Specialty> duties = new LinkedHashMap<>(g.duties());
            Long leader = g.leaderId();
            boolean leaves = from != null && g.mineIds().contains(from) && (to == null || !g.mineIds().contains(to));
            if (leaves) {
                members.remove(Long.valueOf(c));
                duties.remove(c);
                if (leader != null && leader == c) {
                    leader = members.isEmpty() ? null : members.get(0);
                }
            }
            if (to != null && g.mineIds().contains(to) && !members.contains(c)) {
                members.add(c);
                Map<Specialty, Long> taken = new EnumMap<>(Specialty.class);
                duties.forEach((id, sp) -> taken.put(sp, id));
                Set<Specialty> held = who == null ? Set.of() : who.specialties();
                held.stream().filter(sp -> !taken.containsKey(sp)).findFirst().ifPresent(sp -> duties.put(c, sp));
                if (leader == null) {
                    leader = c;
                }
            }
            out.add(new PlanOutcome.Group(g.mineIds(), List.copyOf(members), leader, duties));
        }
        return out;
    }
}
