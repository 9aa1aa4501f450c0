package cn.anjian.mines.planner;

import java.util.List;
import java.util.Map;

import cn.anjian.mines.Specialty;

/** A plan's content: who supervises which mine, the coal groups, and the mines that could not be fully staffed. */
public record PlanOutcome(List<Assignment> assignments, List<Group> groups, List<Unstaffed> unstaffed, String score) {

    /** The commissioners designated to a mine (an attached tailings pond lists its parent mine's). */
    public record Assignment(long mineId, List<Long> commissionerIds) {
    }

    /** MC-08: a coal group: its mines, members, leader and each member's specialty duty. */
    public record Group(List<Long> mineIds, List<Long> memberIds, Long leaderId, Map<Long, Specialty> duties) {
    }

    /** A mine the plan could not staff fully, and why (Chinese, shown to users). */
    public record Unstaffed(long mineId, String reason) {
        /** MC-09: the data allows staffing this mine; the solver stopped before it found how (a re-run may). */
        public boolean notFoundInTime() {
            return UnstaffedReasons.notFoundInTime(reason);
        }
    }
}
