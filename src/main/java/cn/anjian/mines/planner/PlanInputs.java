package cn.anjian.mines.planner;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.anjian.enterprises.Conflicts;
import cn.anjian.mines.Availability;
import cn.anjian.mines.Employment;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.SupervisingLevel;
import cn.anjian.mines.planner.PlanningInput.Pair;
import cn.anjian.mines.planner.PlanningInput.PlanCommissioner;
import cn.anjian.mines.planner.PlanningInput.PlanMine;
import cn.anjian.personnel.EnforcerEligibility;
import cn.anjian.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a jurisdiction's planning input: its mines and commissioners (the subtree of its path), avoidance conflicts
 * from the enterprises' register, enforcement certificates from personnel on the plan's first day, the previous
 * approved plan's pairs and the approved rotation exceptions of the year.
 */
@Component
@RequiredArgsConstructor
class PlanInputs {

    record Loaded(PlanningInput input, Long previousPlanId) {
    }

    private final JdbcClient jdbc;
    private final Conflicts conflicts;
    private final EnforcerEligibility eligibility;
    private final Settings settings;

    Loaded load(String path, long jurisdictionId, int year) {
        LocalDate day = LocalDate.of(year, 1, 1);
        String like = path + "%";
        Map<Long, Long> mineOfEnterprise = new HashMap<>();
        List<PlanMine> mines = jdbc.sql("""
                SELECT id, enterprise_id, name, kind, production_status, annual_stripping_tonnes, parent_mine_id,
                       supervising_level, department_jurisdiction_id, latitude, longitude
                  FROM mine_mine WHERE scope_path LIKE :p ORDER BY id""").param("p", like)
                .query((rs, n) -> {
                    mineOfEnterprise.put(rs.getLong("enterprise_id"), rs.getLong("id"));
                    return new PlanMine(rs.getLong("id"), rs.getString("name"), MineKind.valueOf(rs.getString("kind")),
                            ProductionStatus.valueOf(rs.getString("production_status")),
                            rs.getLong("annual_stripping_tonnes"), (Long) rs.getObject("parent_mine_id"),
                            SupervisingLevel.valueOf(rs.getString("supervising_level")),
                            rs.getLong("department_jurisdiction_id"), rs.getDouble("latitude"), rs.getDouble("longitude"));
                }).list();
        record Row(long id, long personId, String name, SupervisingLevel level, long department, Employment employment,
                   boolean conditions, LocalDate trained, Availability availability, String specialties, double lat,
                   double lon) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT id, person_id, name, level, department_jurisdiction_id, employment, conditions_met,
                       training_passed_on, availability, specialties, home_latitude, home_longitude
                  FROM mine_commissioner WHERE scope_path LIKE :p ORDER BY id""").param("p", like)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        SupervisingLevel.valueOf(rs.getString(4)), rs.getLong(5), Employment.valueOf(rs.getString(6)),
                        rs.getBoolean(7), rs.getObject(8, LocalDate.class), Availability.valueOf(rs.getString(9)),
                        rs.getString(10), rs.getDouble(11), rs.getDouble(12))).list();
        Map<Long, Set<Long>> conflicted = conflicts.conflictedEnterprises(rows.stream().map(Row::personId).toList(), day,
                settings.value(MineSettings.CONFLICT_LOOK_BACK_YEARS, day));
        List<PlanCommissioner> people = rows.stream().map(r -> new PlanCommissioner(r.id(), r.name(), r.level(),
                r.department(), r.employment(), r.conditions(), r.trained() != null && !r.trained().isAfter(day),
                r.availability(), specialties(r.specialties()), eligibility.check(r.personId(), day).mayEnforce(),
                r.lat(), r.lon(), conflicted.getOrDefault(r.personId(), Set.of()).stream()
                        .map(mineOfEnterprise::get).filter(x -> x != null).collect(Collectors.toSet()))).toList();
        Long previous = jdbc.sql("""
                SELECT id FROM mine_plan WHERE jurisdiction_id = :j AND status = 'APPROVED' AND plan_year < :y
                 ORDER BY plan_year DESC, id DESC LIMIT 1""").param("j", jurisdictionId).param("y", year)
                .query(Long.class).optional().orElse(null);
        Set<Pair> pairs = previous == null ? Set.of() : new HashSet<>(jdbc.sql(
                "SELECT commissioner_id, mine_id FROM mine_plan_assignment WHERE plan_id = :id").param("id", previous)
                .query((rs, n) -> new Pair(rs.getLong(1), rs.getLong(2))).list());
        Set<Pair> exceptions = new HashSet<>(jdbc.sql("""
                SELECT commissioner_id, mine_id FROM mine_rotation_exception
                 WHERE status = 'APPROVED' AND plan_year = :y AND scope_path LIKE :p""").param("y", year).param("p", like)
                .query((rs, n) -> new Pair(rs.getLong(1), rs.getLong(2))).list());
        return new Loaded(new PlanningInput(year, day, mines, people, pairs, exceptions,
                MineSettings.staffing(settings, day)), previous);
    }

    static Set<Specialty> specialties(String codes) {
        Set<Specialty> out = EnumSet.noneOf(Specialty.class);
        Arrays.stream(codes.split(",")).filter(s -> !s.isBlank()).forEach(s -> out.add(Specialty.valueOf(s.strip())));
        return out;
    }
}
