package cn.anjian.mines.work;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.MineKind;
import cn.anjian.personnel.PersonAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MW-01..MW-03 as calendar deadlines (issue 17 item 3): each producing mine's weekly obligations (remote checks; the
 * coal group's patrol or the non-coal on-site check) run from Monday 00:00 to the next Monday 00:00 (Asia/Shanghai) and
 * its monthly coverage of every working site and system over the calendar month, as hour-counted deadlines (CAL-05,
 * so the end is exact: no weekend roll-forward). The owner is the mine's first commissioner with an account (for the
 * coal patrol and coverage the group leader), the second is the party; the department reads them in scope. A deadline
 * is met by the checks that satisfy it ({@link #evaluate}), and missed — overdue, by the calendar's own scan — when
 * the period ends unmet. Opening is idempotent: one {@code mine_obligation} row per mine, kind and period.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Obligations {

    static final String SUBJECT = "mine-obligation";

    private record MineRow(long id, String name, MineKind kind, long jurisdictionId, String scopePath, List<String> sites) {
    }

    private record Open(long id, ObligationKind kind, String period, long deadlineId) {
    }

    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final PersonAccounts accounts;
    private final WeekRequirements requirements;
    private final Checklists checklists;
    private final Clock clock;

    /**
     * Opens the obligations of the week and month that contain {@code day} for the producing mines whose scope path
     * matches {@code scopePattern} ("/%" for all); those already open are left alone. Returns how many it opened.
     */
    public int ensure(LocalDate day, String scopePattern) {
        LocalDate monday = CoverageRules.weekStart(CoverageRules.isoWeek(day));
        YearMonth month = YearMonth.from(day);
        String week = CoverageRules.isoWeek(monday);
        List<MineRow> mines = jdbc.sql("""
                SELECT id, name, kind, jurisdiction_id, scope_path, working_sites, systems FROM mine_mine
                WHERE production_status = 'PRODUCING' AND scope_path LIKE :p ORDER BY id""").param("p", scopePattern)
                .query((rs, n) -> new MineRow(rs.getLong("id"), rs.getString("name"), MineKind.valueOf(rs.getString("kind")),
                        rs.getLong("jurisdiction_id"), rs.getString("scope_path"),
                        Checklists.sites(rs.getString("working_sites"), rs.getString("systems")))).list();
        if (mines.isEmpty()) {
            return 0;
        }
        Set<String> existing = new HashSet<>(jdbc.sql("""
                SELECT o.mine_id || ':' || o.kind FROM mine_obligation o JOIN mine_mine mm ON mm.id = o.mine_id
                WHERE o.period IN (:w, :m) AND mm.scope_path LIKE :p""").param("w", week).param("m", month.toString())
                .param("p", scopePattern).query(String.class).list());
        // owners only: the designated commissioners (PAIRS), the coal group's leader first for MW-02; whoever records the
        // check — any member of the group, Supervision.GROUP_PAIRS — meets the mine's obligation (evaluate counts the mine)
        Map<Long, List<Long>> staff = people(Supervision.PAIRS, "commissioner_id", day.getYear());
        Map<Long, List<Long>> leaders = people(CoverageSql.GROUPS, "leader_id", day.getYear());
        Map<Long, Optional<Long>> users = new HashMap<>();
        Instant now = clock.instant();
        Instant weekStart = monday.atStartOfDay(Zones.SHANGHAI).toInstant();
        Instant monthStart = month.atDay(1).atStartOfDay(Zones.SHANGHAI).toInstant();
        String weekLabel = week.replace("-W", "年第") + "周";
        String monthLabel = month.getYear() + "年" + month.getMonthValue() + "月";
        int opened = 0;
        for (MineRow m : mines) {
            KindGroup group = KindGroup.of(m.kind());
            List<Long> all = users(staff.getOrDefault(m.id(), List.of()), users);
            List<Long> patrol = new ArrayList<>(group == KindGroup.COAL ? users(leaders.getOrDefault(m.id(), List.of()), users) : List.of());
            all.stream().filter(u -> !patrol.contains(u)).forEach(patrol::add);
            for (ObligationKind kind : ObligationKind.values()) {
                boolean monthly = kind == ObligationKind.SITES_MONTH;
                if (existing.contains(m.id() + ":" + kind.name()) || (monthly && m.sites().isEmpty())) {
                    continue;
                }
                List<Long> owners = kind == ObligationKind.REMOTE_WEEK ? all : patrol;
                String period = monthly ? month.toString() : week;
                int hours = monthly ? month.lengthOfMonth() * 24 : 7 * 24;
                DeadlineId id = deadlines.open(new NewDeadline(SUBJECT, m.id() + "/" + period + "/" + kind.name(), kind.ruleId(group),
                        owners.isEmpty() ? null : owners.get(0), null, m.jurisdictionId(), m.scopePath(), Period.hours(hours),
                        monthly ? monthStart : weekStart, kind.title(group, m.name(), monthly ? monthLabel : weekLabel),
                        owners.size() > 1 ? owners.get(1) : null));
                jdbc.sql("""
                        INSERT INTO mine_obligation (mine_id, kind, period, deadline_id, opened_at) VALUES (:m, :k, :p, :d, :now)""")
                        .param("m", m.id()).param("k", kind.name()).param("p", period).param("d", id.value())
                        .param("now", java.sql.Timestamp.from(now)).update();
                opened++;
            }
            evaluate(m.id(), day);
        }
        return opened;
    }

    /** mine id → person ids of commissioners (in the query's order), from a (mine_id, column) query over :year's plans. */
    private Map<Long, List<Long>> people(String pairs, String column, int year) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        jdbc.sql("SELECT x.mine_id, mc.person_id FROM (" + pairs + ") x JOIN mine_commissioner mc ON mc.id = x." + column
                        + " ORDER BY x.mine_id, mc.id")
                .param("year", year).query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
                .list();
        return out;
    }

    private List<Long> users(List<Long> persons, Map<Long, Optional<Long>> cache) {
        List<Long> out = new ArrayList<>();
        for (long p : persons) {
            cache.computeIfAbsent(p, k -> accounts.accountOf(k).map(PersonAccounts.Account::userId)).filter(u -> !out.contains(u))
                    .ifPresent(out::add);
        }
        return out;
    }

    /**
     * Marks met the mine's open obligations of the week and month of {@code day} that its counted checks now satisfy
     * (MW-01: remote checks up to the week's requirement, MW-09 included; MW-02/MW-03: an on-site check in the week, every
     * site and system in the month). A deadline someone waived is left as it is.
     */
    public void evaluate(long mineId, LocalDate day) {
        LocalDate monday = CoverageRules.weekStart(CoverageRules.isoWeek(day));
        YearMonth month = YearMonth.from(day);
        List<Open> open = jdbc.sql("""
                SELECT id, kind, period, deadline_id FROM mine_obligation
                WHERE mine_id = :m AND met_at IS NULL AND period IN (:w, :mo)""").param("m", mineId)
                .param("w", CoverageRules.isoWeek(monday)).param("mo", month.toString())
                .query((rs, n) -> new Open(rs.getLong(1), ObligationKind.valueOf(rs.getString(2)), rs.getString(3), rs.getLong(4)))
                .list();
        if (open.isEmpty()) {
            return;
        }
        Checklists.MineFacts mine = checklists.mine(mineId).orElseThrow();
        for (Open o : open) {
            if (owed(mine, o.kind(), monday, month) > 0) {
                continue;
            }
            DeadlineId id = new DeadlineId(o.deadlineId());
            boolean live = deadlines.find(id).map(d -> d.state() == DeadlineState.OPEN || d.state() == DeadlineState.OVERDUE
                    || d.state() == DeadlineState.PENDING).orElse(false);
            Instant now = clock.instant();
            if (live) {
                deadlines.markMet(id, now);
            }
            jdbc.sql("UPDATE mine_obligation SET met_at = :now WHERE id = :id").param("now", java.sql.Timestamp.from(now))
                    .param("id", o.id()).update();
        }
    }

    /** How much of the obligation is still owed: remote checks, on-site checks, or uncovered sites and systems. */
    int owed(Checklists.MineFacts mine, ObligationKind kind, LocalDate monday, YearMonth month) {
        return switch (kind) {
            case REMOTE_WEEK -> Math.max(0, requirements.remoteRequired(mine.scopePath(), monday) - count(mine.id(), monday, "REMOTE"));
            case ONSITE_WEEK -> Math.max(0, CoverageRules.ONSITE_PER_WEEK - count(mine.id(), monday, "ONSITE"));
            case SITES_MONTH -> {
                Set<String> seen = new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT a.site_or_system FROM mine_check c JOIN mine_check_answer a ON a.check_id = c.id
                        WHERE c.mine_id = :m AND c.mode = 'ONSITE' AND c.status IN ('ACCEPTED', 'CLEARED')
                          AND c.check_day BETWEEN :first AND :last AND a.site_or_system IS NOT NULL""").param("m", mine.id())
                        .param("first", Date.valueOf(month.atDay(1))).param("last", Date.valueOf(month.atEndOfMonth()))
                        .query(String.class).list());
                yield (int) mine.sites().stream().filter(s -> !seen.contains(s)).count();
            }
        };
    }

    private int count(long mineId, LocalDate monday, String mode) {
        return jdbc.sql("""
                SELECT count(*) FROM mine_check WHERE mine_id = :m AND check_day BETWEEN :mon AND :sun AND mode = :mode
                  AND status IN ('ACCEPTED', 'CLEARED')""").param("m", mineId).param("mon", Date.valueOf(monday))
                .param("sun", Date.valueOf(monday.plusDays(6))).param("mode", mode).query(Integer.class).single();
    }
}
