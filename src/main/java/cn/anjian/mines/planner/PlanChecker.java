package cn.anjian.mines.planner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.mines.MineKind;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.planner.PlanningInput.Pair;
import cn.anjian.mines.planner.PlanningInput.PlanCommissioner;
import cn.anjian.mines.planner.PlanningInput.PlanMine;
import cn.anjian.mines.planner.PlanningInput.Staffing;

/**
 * The independent checker: recomputes every hard rule from a plan's assignments and groups (never from the
 * solver's score), for the tests, for a published plan and for an officer's manual move. Rule breaches are
 * {@link Result#violations}; mines short of people (MC-02 numbers, MC-08 group size, specialties, certificates)
 * are {@link Result#shortfalls}, keyed by mine, with the reason.
 */
public final class PlanChecker {

    static final String ART6 = "《山西省矿山安全监管专员制度》第六条";
    static final String ART5_7 = "《山西省矿山安全监管专员制度》第五条、第七条";
    static final String ART8 = "《山西省矿山安全监管专员制度》第八条";
    static final String ART10 = "《山西省矿山安全监管专员制度》第十条";
    static final String ART13 = "《山西省矿山安全监管专员制度》第十三条";

    private PlanChecker() {
    }

    /** The rules a plan breaks and the mines it leaves short. */
    public record Result(List<Violation> violations, Map<Long, String> shortfalls) {
        public boolean clean() {
            return violations.isEmpty();
        }
    }

    public static Result check(PlanningInput in, List<PlanOutcome.Assignment> assignments,
                               List<PlanOutcome.Group> groups) {
        Map<Long, PlanMine> mines = new HashMap<>();
        in.mines().forEach(m -> mines.put(m.id(), m));
        Map<Long, PlanCommissioner> people = new HashMap<>();
        in.commissioners().forEach(c -> people.put(c.id(), c));
        List<Violation> violations = new ArrayList<>();
        Map<Long, Set<Long>> staff = new LinkedHashMap<>();
        for (PlanOutcome.Assignment a : assignments) {
            PlanMine m = mines.get(a.mineId());
            if (m == null || m.attachedPond()) {
                continue; // an attached pond is covered by its parent's commissioners (art. 6 (四))
            }
            Set<Long> ids = staff.computeIfAbsent(m.id(), k -> new LinkedHashSet<>());
            for (Long id : a.commissionerIds()) {
                ids.add(id);
                pair(in, m, people.get(id), id, violations);
            }
        }
        perCommissioner(staff, mines, people, violations);
        Map<Long, String> shortfalls = new LinkedHashMap<>();
        staffing(in, staff, shortfalls);
        CoalGroups.check(in, mines, people, staff, groups, violations, shortfalls);
        return new Result(violations, shortfalls);
    }

    /** MC-04, MC-05, MC-07: may this commissioner be on this mine at all? */
    private static void pair(PlanningInput in, PlanMine m, PlanCommissioner c, long id, List<Violation> out) {
        if (c == null) {
            out.add(new Violation("MC-04", "编号为 " + id + " 的人员不是登记的矿山安全监管专员（" + ART5_7 + "）", m.id(), id));
            return;
        }
        if (!m.active()) {
            out.add(new Violation("MC-02", m.name() + "不是正常生产建设矿山，不派驻监管专员（" + ART6 + "）", m.id(), id));
        }
        if (!c.eligible()) {
            out.add(new Violation("MC-04", c.name() + "不符合监管专员条件（在编或公开招聘、具备第七条条件、通过检查工作表培训、能正常履职）（"
                    + ART5_7 + "）", m.id(), id));
        }
        if (c.level() != m.level() || c.departmentId() != m.departmentId()) {
            out.add(new Violation("MC-04", c.name() + "不属于" + m.name() + "的" + m.level().label()
                    + "矿山安全监管部门，不能派驻该矿（" + ART5_7 + "）", m.id(), id));
        }
        if (c.conflictMineIds().contains(m.id())) {
            out.add(new Violation("MC-05", c.name() + "与" + m.name() + "存在需要回避的情形（" + ART8 + "）", m.id(), id));
        }
        Pair p = new Pair(c.id(), m.id());
        if (in.previous().contains(p) && !in.exceptions().contains(p)) {
            out.add(new Violation("MC-07", c.name() + "上一年度已派驻" + m.name() + "，须轮换；超过一年不轮换须报省级矿山安全监管部门同意（"
                    + ART10 + "）", m.id(), id));
        }
    }

    /** MC-03 and the two-person teams of at most two mines (art. 6). */
    private static void perCommissioner(Map<Long, Set<Long>> staff, Map<Long, PlanMine> mines,
                                        Map<Long, PlanCommissioner> people, List<Violation> out) {
        Map<Long, List<PlanMine>> byPerson = new LinkedHashMap<>();
        staff.forEach((mineId, ids) -> ids.forEach(id -> byPerson.computeIfAbsent(id, k -> new ArrayList<>())
                .add(mines.get(mineId))));
        byPerson.forEach((id, list) -> {
            String name = people.containsKey(id) ? people.get(id).name() : String.valueOf(id);
            List<PlanMine> underground = list.stream().filter(PlanMine::activeUnderground).toList();
            if (underground.size() > 1) {
                out.add(new Violation("MC-03", name + "不得同时担任两座以上正常生产建设地下开采矿山的监管专员（"
                        + underground.get(0).name() + "、" + underground.get(1).name() + "）（" + ART6 + "）",
                        underground.get(1).id(), id));
            }
            long large = list.stream().filter(m -> m.active() && m.largeOpenPit()).count();
            long ponds = list.stream().filter(m -> m.active() && m.kind() == MineKind.TAILINGS_POND).count();
            if (large > Staffing.MINES_PER_TEAM || ponds > Staffing.MINES_PER_TEAM) {
                out.add(new Violation("MC-02", name + "负责的年采剥量50万吨以上露天矿山或独立尾矿库超过两座（按两人两矿、两人两库配备）（"
                        + ART6 + "）", null, id));
            }
        });
    }

    /** MC-02: the minimum number on each active mine (an attached pond counts through its parent). */
    private static void staffing(PlanningInput in, Map<Long, Set<Long>> staff, Map<Long, String> shortfalls) {
        Staffing s = in.staffing();
        for (PlanMine m : in.mines()) {
            if (!m.active() || m.attachedPond()) {
                continue;
            }
            int need = required(m, s);
            int have = staff.getOrDefault(m.id(), Set.of()).size();
            if (have < need) {
                shortfalls.put(m.id(), "监管专员不足（应配备" + need + "人，实配" + have + "人）");
            }
        }
    }

    /** MC-02: how many commissioners a mine must have (a team of two covers up to two mines, counted per mine). */
    public static int required(PlanMine m, Staffing s) {
        return switch (m.kind()) {
            case COAL -> s.coalPerMine();
            case UNDERGROUND_NON_COAL -> s.undergroundPerMine();
            case OPEN_PIT_NON_COAL -> m.largeOpenPit() ? s.largeOpenPitTeam() : s.smallOpenPitPerMine();
            case TAILINGS_POND -> m.attachedPond() ? 0 : s.tailingsTeam();
        };
    }

    /** Whether the members can take the six specialties, one person each (a bipartite matching, Kuhn). */
    static boolean coversSpecialties(List<PlanCommissioner> members) {
        Specialty[] duty = new Specialty[members.size()];
        for (Specialty sp : Specialty.values()) {
            if (!augment(sp, members, duty, new boolean[members.size()])) {
                return false;
            }
        }
        return true;
    }

    private static boolean augment(Specialty sp, List<PlanCommissioner> members, Specialty[] duty, boolean[] seen) {
        for (int i = 0; i < members.size(); i++) {
            if (seen[i] || !members.get(i).specialties().contains(sp)) {
                continue;
            }
            seen[i] = true;
            if (duty[i] == null || augment(duty[i], members, duty, seen)) {
                duty[i] = sp;
                return true;
            }
        }
        return false;
    }
}
