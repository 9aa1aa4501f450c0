package cn.anjian.mines.work;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Zones;
import cn.anjian.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The phone's "today": the signed-in commissioner's mines and what each still owes this week and month (MW-01..03). */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Today {

    public record Count(int done, int required) {
    }

    /** {@code groupPatrol}: a mine of the commissioner's coal group not designated to him (MW-02); counts are the mine's. */
    public record MineToday(long mineId, String name, String kindLabel, BigDecimal latitude, BigDecimal longitude,
                            int geofenceMeters, Count onsiteWeek, Count remoteWeek, List<String> uncoveredThisMonth,
                            boolean groupPatrol) {
    }

    public record View(LocalDate date, String isoWeek, String month, List<MineToday> mines) {
    }

    private final Supervision supervision;
    private final Checklists checklists;
    private final WeekRequirements requirements;
    private final JdbcClient jdbc;
    private final Settings settings;
    private final Clock clock;

    public View of(Actor actor) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        CoveragePeriod.Week week = requirements.week(CoverageRules.weekStart(CoverageRules.isoWeek(today)));
        int radius = settings.value(WorkSettings.CHECKIN_RADIUS, today);
        List<MineToday> out = new ArrayList<>();
        Long me = supervision.commissionerOf(actor).orElse(null);
        for (Supervision.SupervisedMine s : me == null ? List.<Supervision.SupervisedMine>of() : supervision.supervised(me, today)) {
            long mineId = s.mineId();
            Checklists.MineFacts m = checklists.mine(mineId).orElseThrow();
            Map<String, Object> counts = jdbc.sql("""
                    SELECT count(*) FILTER (WHERE mode = 'ONSITE') AS onsite, count(*) FILTER (WHERE mode = 'REMOTE') AS remote
                    FROM mine_check WHERE mine_id = :m AND iso_week = :w AND status IN ('ACCEPTED', 'CLEARED')""")
                    .param("m", mineId).param("w", week.isoWeek()).query().singleRow();
            Set<String> seen = new HashSet<>(jdbc.sql("""
                    SELECT DISTINCT a.site_or_system FROM mine_check c JOIN mine_check_answer a ON a.check_id = c.id
                    WHERE c.mine_id = :m AND c.mode = 'ONSITE' AND c.status IN ('ACCEPTED', 'CLEARED') AND c.check_day >= :first
                      AND a.site_or_system IS NOT NULL""").param("m", mineId).param("first", Date.valueOf(today.withDayOfMonth(1)))
                    .query(String.class).list());
            out.add(new MineToday(mineId, m.name(), m.kind().label(), m.latitude(), m.longitude(), radius,
                    new Count(((Number) counts.get("onsite")).intValue(), CoverageRules.ONSITE_PER_WEEK),
                    new Count(((Number) counts.get("remote")).intValue(), requirements.remoteRequired(m.scopePath(), week.monday())),
                    m.sites().stream().filter(site -> !seen.contains(site)).toList(), s.throughGroup()));
        }
        return new View(today, week.isoWeek(), today.toString().substring(0, 7), out);
    }

    /** The commissioner's own checks of an ISO week ("my records"). */
    public List<MineCheckQueries.Row> myChecks(Actor actor, MineCheckQueries queries, String isoWeek) {
        LocalDate monday = CoverageRules.weekStart(isoWeek == null || isoWeek.isBlank()
                ? CoverageRules.isoWeek(LocalDate.now(clock.withZone(Zones.SHANGHAI))) : isoWeek);
        Long me = supervision.commissionerOf(actor).orElse(null);
        if (me == null) {
            return List.of();
        }
        return queries.list(actor, new MineCheckQueries.Filter(null, monday, monday.plusDays(6), null, me),
                MineCheckQueries.SORT.defaults(), 0, 100).items();
    }
}
