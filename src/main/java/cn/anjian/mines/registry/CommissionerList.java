package cn.anjian.mines.registry;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.anjian.enterprises.Conflicts;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.Availability;
import cn.anjian.mines.Employment;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.SupervisingLevel;
import cn.anjian.mines.planner.MineSettings;
import cn.anjian.settings.Settings;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.Eligibility;
import cn.anjian.personnel.EnforcerEligibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MC-04/MC-05: the commissioners of the actor's scope — list and export, and a commissioner's detail with the
 * conditions, specialties, enforcement certificate (from personnel), conflicts (from the register) and the mines of
 * the approved plans.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CommissionerList {

    public record Filter(String q, Availability availability, Specialty specialty) {
    }

    public record Row(long id, String name, String agencyName, SupervisingLevel level, Employment employment,
                      boolean conditionsMet, LocalDate trainingPassedOn, Set<Specialty> specialties,
                      Availability availability, String workPhone, long personId) {
        public String specialtyLabels() {
            return specialties.isEmpty() ? "—" : specialties.stream().map(Specialty::label).collect(Collectors.joining("、"));
        }
    }

    public record Result(List<Row> items, long total, int page, int size) {
    }

    public record Served(int year, String mineName, long mineId) {
    }

    public record Detail(Row row, BigDecimal homeLatitude, BigDecimal homeLongitude, Eligibility certificate,
                         List<String> conflicts, List<Served> served) {
    }

    public static final ListSort SORT = ListSort.by("c.id")
            .keyNotNull("name", "姓名", "c.name").keyNotNull("availability", "可派驻状态", "c.availability")
            .keyNotNull("selected", "选派顺序", "c.id").byDefault("selected", false);

    private static final String SELECT = """
            SELECT c.id, c.person_id, c.name, a.name AS agency_name, c.level, c.employment, c.conditions_met,
                   c.training_passed_on, c.specialties, c.availability, c.work_phone, c.home_latitude, c.home_longitude,
                   c.scope_path
              FROM mine_commissioner c JOIN org_agency_view a ON a.id = c.agency_id""";

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final EnforcerEligibility eligibility;
    private final Conflicts conflicts;
    private final Settings settings;
    private final Clock clock;

    public Result list(Actor actor, Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, f, params);
        long total = jdbc.sql("SELECT count(*) FROM mine_commissioner c" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params)
                .query(CommissionerList::map).list(), total, slice.page(), size);
    }

    public void each(Actor actor, Filter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<Row> rows = export.sql(SELECT + where(actor, f, params) + sort.orderBy()).params(params)
                .query(CommissionerList::map).stream()) {
            rows.forEach(sink);
        }
    }

    public Detail detail(Actor actor, long id) {
        record Found(Row row, BigDecimal lat, BigDecimal lon) {
        }
        Found f = jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id)
                .query((rs, n) -> actor.scope().covers(rs.getString("scope_path"))
                        ? new Found(map(rs, n), rs.getBigDecimal("home_latitude"), rs.getBigDecimal("home_longitude")) : null)
                .optional().orElseThrow(() -> BusinessException.notFound(MineRegistry.COMMISSIONER));
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        Set<Long> enterprises = conflicts.conflictedEnterprises(List.of(f.row().personId()), today,
                        settings.value(MineSettings.CONFLICT_LOOK_BACK_YEARS, today))
                .getOrDefault(f.row().personId(), Set.of());
        List<String> names = enterprises.isEmpty() ? List.of() : jdbc.sql(
                "SELECT name FROM mine_mine WHERE enterprise_id IN (:ids) ORDER BY name").param("ids", enterprises)
                .query(String.class).list();
        List<Served> served = jdbc.sql("""
                SELECT p.plan_year, m.name, m.id FROM mine_plan_assignment a JOIN mine_plan p ON p.id = a.plan_id
                  JOIN mine_mine m ON m.id = a.mine_id WHERE a.commissioner_id = :c AND p.status = 'APPROVED'
                 ORDER BY p.plan_year DESC, m.name""").param("c", id)
                .query((rs, n) -> new Served(rs.getInt(1), rs.getString(2), rs.getLong(3))).list();
        return new Detail(f.row(), f.lat(), f.lon(), eligibility.check(f.row().personId(), today), names, served);
    }

    private static String where(Actor actor, Filter f, Map<String, Object> params) {
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        StringBuilder w = new StringBuilder(" WHERE").append(ScopeSql.condition("c.scope_path"));
        if (f.q() != null && !f.q().isBlank()) {
            w.append(" AND c.name LIKE :q");
            params.put("q", Like.contains(f.q()));
        }
        if (f.availability() != null) {
            w.append(" AND c.availability = :availability");
            params.put("availability", f.availability().name());
        }
        if (f.specialty() != null) {
            w.append(" AND (',' || c.specialties || ',') LIKE :specialty");
            params.put("specialty", "%," + f.specialty().name() + ",%");
        }
        return w.toString();
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        Set<Specialty> sp = Arrays.stream(rs.getString("specialties").split(",")).filter(s -> !s.isBlank())
                .map(s -> Specialty.valueOf(s.strip())).collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Specialty.class)));
        return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("agency_name"),
                SupervisingLevel.valueOf(rs.getString("level")), Employment.valueOf(rs.getString("employment")),
                rs.getBoolean("conditions_met"), rs.getObject("training_passed_on", LocalDate.class), sp,
                Availability.valueOf(rs.getString("availability")), rs.getString("work_phone"), rs.getLong("person_id"));
    }
}
