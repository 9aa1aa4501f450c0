package cn.anjian.mines.planner;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.anjian.mines.Availability;
import cn.anjian.mines.Employment;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.SupervisingLevel;

/**
 * Everything the planner and the checker need, as plain values: the jurisdiction's mines and commissioners, the
 * pairs of the previous approved plan, the approved rotation exceptions and the staffing values in force on
 * {@code day} (the plan's first day).
 */
public record PlanningInput(int year, LocalDate day, List<PlanMine> mines, List<PlanCommissioner> commissioners,
                            Set<Pair> previous, Set<Pair> exceptions, Staffing staffing) {

    /** A mine as the planner sees it; {@code departmentId} is the jurisdiction of its supervising department. */
    public record PlanMine(long id, String name, MineKind kind, ProductionStatus status, long annualStrippingTonnes,
                           Long parentMineId, SupervisingLevel level, long departmentId, double lat, double lon) {

        /** MC-02: only mines in normal production or construction need commissioners. */
        public boolean active() {
            return status.staffed();
        }

        public boolean attachedPond() {
            return kind == MineKind.TAILINGS_POND && parentMineId != null;
        }

        public boolean largeOpenPit() {
            return kind == MineKind.OPEN_PIT_NON_COAL && annualStrippingTonnes >= Staffing.LARGE_OPEN_PIT_TONNES;
        }

        /** MC-03: a normally operating underground mine. */
        public boolean activeUnderground() {
            return active() && kind.underground();
        }
    }

    /** A commissioner with the facts every hard rule reads; {@code departmentId} is their department's jurisdiction. */
    public record PlanCommissioner(long id, String name, SupervisingLevel level, long departmentId,
                                   Employment employment, boolean trainingPassed, boolean conditionsMet,
                                   Availability availability, Set<Specialty> specialties, boolean certified,
                                   double lat, double lon, Set<Long> conflictMineIds) {

        /** MC-04/MC-05: in-budget or publicly recruited, art. 7 conditions, checklist training, able to work. */
        public boolean eligible() {
            return employment.qualifies() && conditionsMet && trainingPassed && availability.assignable();
        }
    }

    /** A commissioner on a mine (previous plan, or an approved exception to rotation). */
    public record Pair(long commissionerId, long mineId) {
    }

    /**
     * MC-02 staffing values in force (settings, each at least the regulation's minimum). Group size, certificate
     * holders and mines per group or team are the regulation's own numbers (art. 6, 13).
     */
    public record Staffing(int coalPerMine, int undergroundPerMine, int largeOpenPitTeam, int smallOpenPitPerMine,
                           int tailingsTeam) {
        /** Art. 6 (三): "年采剥量 50 万吨以上". */
        public static final long LARGE_OPEN_PIT_TONNES = 500_000;
        /** Art. 6 (三)(五): "两人两矿" / "两人两库". */
        public static final int MINES_PER_TEAM = 2;
        /** Art. 13: every 3 coal mines form a group … */
        public static final int GROUP_MINES = 3;
        /** … of at least 6 people … */
        public static final int GROUP_MIN_MEMBERS = 6;
        /** … at least 2 of whom hold an enforcement certificate. */
        public static final int GROUP_MIN_CERTIFIED = 2;

        public static Staffing regulationMinimum() {
            return new Staffing(2, 2, 2, 0, 2);
        }
    }
}
