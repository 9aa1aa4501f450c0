package cn.anjian.mines.planner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.mines.Specialty;
import cn.anjian.mines.planner.PlanningInput.Pair;
import cn.anjian.mines.planner.PlanningInput.PlanCommissioner;
import cn.anjian.mines.planner.PlanningInput.PlanMine;
import cn.anjian.mines.planner.PlanningInput.Staffing;
import cn.anjian.mines.planner.SeatLayout.Department;
import cn.anjian.mines.planner.Unit.Category;

/**
 * MC-09: why a mine stayed short, computed from the data and never from how far the solver got (it may stop on its
 * time limit): which rule leaves too few people and by how many — the department's eligible commissioners per kind of
 * post (art. 6: one underground post, one large open-pit team and one pond team per person), the coal groups'
 * specialties and certificate holders (art. 13), avoidance and rotation at the mine (art. 8, 10), and the posts a
 * lawful assignment can fill at most (a bipartite matching). When the data allows a full staffing the reason says so:
 * the solver did not find it in time and may be re-run with a longer limit.
 */
final class UnstaffedReasons {

    /** The start of the reason given when the data allows the mine to be staffed (the page offers a re-run). */
    static final String NOT_FOUND = "求解在时限内未找到可行安排";

    private final PlanningInput in;
    private final List<Seat> seats;
    private final Map<Department, List<PlanCommissioner>> pools = new HashMap<>();
    private final Map<String, Integer> matched = new HashMap<>();

    private UnstaffedReasons(PlanningInput in, List<Seat> seats) {
        this.in = in;
        this.seats = seats;
        in.commissioners().stream().filter(PlanCommissioner::eligible)
                .forEach(c -> pools.computeIfAbsent(SeatLayout.department(c), k -> new ArrayList<>()).add(c));
    }

    /** The reason for each mine the checker found short ({@code shortfalls}: mine → the checker's finding). */
    static Map<Long, String> of(PlanningInput in, MinePlanSolution s, Map<Long, String> shortfalls) {
        UnstaffedReasons r = new UnstaffedReasons(in, s.getSeats());
        Map<Long, PlanMine> mines = new HashMap<>();
        in.mines().forEach(m -> mines.put(m.id(), m));
        Map<Long, String> out = new LinkedHashMap<>();
        shortfalls.forEach((id, finding) -> {
            PlanMine m = mines.get(id);
            out.put(id, m == null ? finding : r.explain(m));
        });
        return out;
    }

    static boolean notFoundInTime(String reason) {
        return reason != null && reason.startsWith(NOT_FOUND);
    }

    private String explain(PlanMine m) {
        Department d = SeatLayout.department(m);
        List<Seat> own = seats.stream().filter(seat -> seat.mines().contains(m)).toList();
        if (own.isEmpty()) {
            return "该矿未设监管专员岗位";
        }
        Unit unit = own.get(0).getUnit();
        List<String> reasons = new ArrayList<>();
        int people = pools.getOrDefault(d, List.of()).size();
        List<Seat> sameKind = inDepartment(d, unit);
        if (people < sameKind.size()) {
            reasons.add(d.level().label() + "可派驻监管员不足（本级" + kind(unit) + "需" + sameKind.size()
                    + "人，符合条件的仅" + people + "人）");
        }
        if (unit.coal()) {
            coal(d, reasons);
        }
        local(m, own, reasons);
        if (reasons.isEmpty()) {
            int most = matching(d, unit, sameKind);
            if (most < sameKind.size()) {
                reasons.add("受回避、轮换和专业分工限制，本级" + kind(unit) + "最多能配齐" + most + "个岗位（共"
                        + sameKind.size() + "个）");
            }
        }
        if (reasons.isEmpty()) {
            return NOT_FOUND + "（按现有监管专员和派驻规则可以配齐），可延长计算时间重新计算";
        }
        return String.join("；", reasons);
    }

    /** MC-08: every coal group needs each specialty once and two certificate holders, from different people. */
    private void coal(Department d, List<String> reasons) {
        long groups = seats.stream().filter(seat -> seat.getUnit().coal()
                && SeatLayout.department(seat.mines().get(0)).equals(d)).map(Seat::getUnit).distinct().count();
        List<PlanCommissioner> pool = pools.getOrDefault(d, List.of());
        for (Specialty sp : Specialty.values()) {
            long have = pool.stream().filter(c -> c.specialties().contains(sp)).count();
            if (have < groups) {
                reasons.add("缺少" + sp.label() + "专业的可派驻监管员（" + groups + "个煤矿监管组需" + groups
                        + "人，符合条件的仅" + have + "人）");
            }
        }
        long certified = pool.stream().filter(PlanCommissioner::certified).count();
        long need = groups * Staffing.GROUP_MIN_CERTIFIED;
        if (certified < need) {
            reasons.add("持有行政执法证的可派驻监管员不足（" + groups + "个煤矿监管组需" + need + "人，符合条件的仅"
                    + certified + "人）");
        }
    }

    /** MC-05, MC-07 and the duty's specialty at this mine: how many of the department may take its posts at all. */
    private void local(PlanMine m, List<Seat> own, List<String> reasons) {
        Set<Long> lawful = new HashSet<>();
        own.forEach(seat -> seat.candidates().forEach(c -> lawful.add(c.getId())));
        int need = own.size();
        if (most(own) >= need) {
            return;
        }
        List<PlanCommissioner> pool = pools.getOrDefault(SeatLayout.department(m), List.of());
        long conflicted = pool.stream().filter(c -> c.conflictMineIds().contains(m.id())).count();
        long rotating = pool.stream().filter(c -> !c.conflictMineIds().contains(m.id()))
                .filter(c -> in.previous().contains(new Pair(c.id(), m.id()))
                        && !in.exceptions().contains(new Pair(c.id(), m.id()))).count();
        StringBuilder why = new StringBuilder("可派驻该矿的监管专员不足（需" + need + "人，可派驻的仅" + lawful.size() + "人");
        if (conflicted > 0) {
            why.append("；").append(conflicted).append("人须回避");
        }
        if (rotating > 0) {
            why.append("；").append(rotating).append("人上一年度已派驻该矿、须轮换且无延期批准");
        }
        if (conflicted == 0 && rotating == 0 && own.stream().anyMatch(seat -> seat.duty() != null)) {
            why.append("；其余人员不具备所缺专业");
        }
        reasons.add(why.append("）").toString());
    }

    /** The department's posts that one person may hold only one of (a small open pit's: its own unit). */
    private List<Seat> inDepartment(Department d, Unit unit) {
        return seats.stream().filter(seat -> SeatLayout.department(seat.mines().get(0)).equals(d))
                .filter(seat -> unit.category() == Category.SMALL_OPEN_PIT ? seat.getUnit() == unit
                        : seat.getUnit().category() == unit.category()).toList();
    }

    private static String kind(Unit unit) {
        return switch (unit.category()) {
            case UNDERGROUND -> "地下开采矿山（含煤矿监管组）";
            case LARGE_OPEN_PIT -> "年采剥量50万吨以上露天矿山";
            case SMALL_OPEN_PIT -> "该露天矿山";
            case TAILINGS -> "独立尾矿库";
        };
    }

    /** The most of these posts a lawful assignment fills (one post per person; Kuhn's augmenting paths). */
    private int matching(Department d, Unit unit, List<Seat> posts) {
        String key = d + "/" + (unit.category() == Category.SMALL_OPEN_PIT ? "u" + unit.getId() : unit.category());
        return matched.computeIfAbsent(key, k -> most(posts));
    }

    private static int most(List<Seat> posts) {
        Map<Long, Integer> holder = new HashMap<>();
        int n = 0;
        for (int i = 0; i < posts.size(); i++) {
            if (augment(posts, i, holder, new HashSet<>())) {
                n++;
            }
        }
        return n;
    }

    private static boolean augment(List<Seat> posts, int i, Map<Long, Integer> holder, Set<Long> seen) {
        for (Candidate c : posts.get(i).candidates()) {
            if (!seen.add(c.getId())) {
                continue;
            }
            Integer other = holder.get(c.getId());
            if (other == null || augment(posts, other, holder, seen)) {
                holder.put(c.getId(), i);
                return true;
            }
        }
        return false;
    }
}
