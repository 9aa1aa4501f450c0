package cn.anjian.mines.planner;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.mines.planner.PlanningInput.PlanMine;
import cn.anjian.mines.planner.SeatLayout.Department;

/** MC-09: why a mine's place stayed empty, in words an officer can act on ("县级可派驻监管员不足…"). */
final class UnstaffedReasons {

    private UnstaffedReasons() {
    }

    static Map<Long, String> of(PlanningInput in, MinePlanSolution s) {
        Map<Department, Integer> places = new HashMap<>();
        s.getSeats().forEach(seat -> places.merge(SeatLayout.department(seat.mines().get(0)), 1, Integer::sum));
        Map<Department, Long> pool = new HashMap<>();
        in.commissioners().stream().filter(PlanningInput.PlanCommissioner::eligible)
                .forEach(c -> pool.merge(SeatLayout.department(c), 1L, Long::sum));
        Map<Long, String> out = new LinkedHashMap<>();
        for (Seat seat : s.getSeats()) {
            if (seat.getCommissioner() != null) {
                continue;
            }
            PlanMine m = seat.mines().get(0);
            Department d = SeatLayout.department(m);
            long available = pool.getOrDefault(d, 0L);
            int need = places.getOrDefault(d, 0);
            String reason;
            if (available < need) {
                reason = d.level().label() + "可派驻监管员不足（需" + need + "人，符合条件的仅" + available + "人）";
            } else if (seat.duty() != null && in.commissioners().stream().noneMatch(c -> c.eligible()
                    && SeatLayout.department(c).equals(d) && c.specialties().contains(seat.duty()))) {
                reason = "缺少" + seat.duty().label() + "专业的可派驻监管员";
            } else if (seat.candidates().isEmpty()) {
                reason = "可派驻监管员均须回避或上一年度已派驻该矿（须轮换）";
            } else {
                reason = "符合条件的监管员已派驻其他矿山";
            }
            for (PlanMine mine : seat.mines()) {
                out.putIfAbsent(mine.id(), reason);
            }
        }
        return out;
    }
}
