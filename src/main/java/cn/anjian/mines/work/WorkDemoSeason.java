package cn.anjian.mines.work;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo only: the season's checks written in bulk (three statements, well under a second), so the coverage view has
 * real history — some weeks with 2 remote checks, some without an on-site check, sites left for another week — for
 * the pairs of this year's approved plans (made by the planner and workflow in {@code MinePlanDemoData}, which runs
 * first); without an approved plan there is nothing to check.
 */
@Component
@Transactional
@RequiredArgsConstructor
class WorkDemoSeason {

    static final String BY = "demo-season";
    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 8, 31);

    private final JdbcClient jdbc;
    private final Supervision supervision;
    private final Checklists checklists;
    private final KeyPeriods keyPeriods;
    private final Clock clock;

    boolean loaded() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM mine_check WHERE recorded_by = :by)").param("by", BY).query(Boolean.class).single();
    }

    List<Long> minesOf(Actor actor, LocalDate day) {
        return supervision.commissionerOf(actor).map(c -> supervision.minesOf(c, day)).orElse(List.of()).stream().limit(3).toList();
    }

    void load(Actor zzCommissioner, LocalDate today) {
        Long zz = supervision.commissionerOf(zzCommissioner).orElse(null);
        List<Long> mines = jdbc.sql("SELECT DISTINCT x.mine_id FROM (" + Supervision.PAIRS + ") x").param("year", today.getYear())
                .query(Long.class).list();
        mines.forEach(id -> checklists.mine(id).ifPresent(m -> checklists.table(m, checklists.currentVersion(m.group()), clock.instant())));
        LocalDate lastMonday = today.with(DayOfWeek.MONDAY).minusWeeks(1);
        insertChecks(today.getYear(), lastMonday, zz);
    }

    /**
     * MW-09: 泽州县's key periods (one past, during the season, one ahead, one withdrawn) and 晋城市's ahead (it applies
     * to 泽州县's mines too), through the service; the province's holidays and key periods come with the migrations.
     */
    void keyPeriods(Actor county, Actor city, LocalDate today) {
        int perWeek = keyPeriods.suggestedPerWeek();
        LocalDate past = today.with(DayOfWeek.MONDAY).minusWeeks(8);
        keyPeriods.define(county, "秋季矿山安全生产大检查重点时段", past, past.plusDays(6), perWeek);
        keyPeriods.define(county, "冬季矿山安全生产百日攻坚重点时段", today.plusDays(7), today.plusDays(36), perWeek);
        long draft = keyPeriods.define(county, "防汛关键期重点时段（录入有误）", today.plusDays(40), today.plusDays(45), perWeek);
        keyPeriods.withdraw(county, draft);
        if (city != null) {
            keyPeriods.define(city, "煤矿冬春季防灭火重点时段", today.plusDays(30), today.plusDays(50), perWeek + 1);
        }
    }

    private void insertChecks(int year, LocalDate lastMonday, Long zz) {
        String pairs = "SELECT DISTINCT ON (x.mine_id) x.mine_id, x.commissioner_id FROM (" + Supervision.PAIRS
                + ") x ORDER BY x.mine_id, (x.commissioner_id = :zz) DESC, x.commissioner_id";
        String common = """
                FROM (%s) p JOIN mine_mine m ON m.id = p.mine_id
                CROSS JOIN generate_series(CAST(:first AS DATE), CAST(:last AS DATE), interval '1 week') AS w (monday)
                JOIN mine_checklist_version v ON v.revision = 1 AND v.kind_group = CASE WHEN m.kind = 'COAL' THEN 'COAL' ELSE 'NON_COAL' END
                """.formatted(pairs);
        jdbc.sql("""
                INSERT INTO mine_check (id, version, mine_id, commissioner_id, scope_path, mode, remote_means, unannounced, night,
                    started_at, finished_at, check_day, iso_week, geofence_meters, recorded_offline, status, checklist_version_id,
                    note, missed_mandatory, missed_spot, hazards, request_hash, received_at, recorded_by)
                SELECT gen_random_uuid(), 0, p.mine_id, p.commissioner_id, m.scope_path, 'REMOTE',
                       (ARRAY['VIDEO', 'PHONE', 'SENSOR'])[r.n + 1], FALSE, FALSE,
                       (CAST(w.monday AS DATE) + r.n * 2 + time '10:00') AT TIME ZONE 'Asia/Shanghai',
                       (CAST(w.monday AS DATE) + r.n * 2 + time '10:30') AT TIME ZONE 'Asia/Shanghai',
                       CAST(w.monday AS DATE) + r.n * 2, to_char(w.monday, 'IYYY"-W"IW'), 1000, FALSE, 'ACCEPTED', v.id,
                       '远程巡查', 0, 0, 0, repeat('0', 64), now(), :by
                """ + common + """
                CROSS JOIN generate_series(0, 2) AS r (n)
                WHERE NOT (r.n = 2 AND (p.mine_id + CAST(extract(week FROM w.monday) AS INT)) % 5 = 0)""")
                .param("year", year).param("zz", zz == null ? -1L : zz).param("first", Date.valueOf(FIRST_MONDAY))
                .param("last", Date.valueOf(lastMonday)).param("by", BY).update();
        jdbc.sql("""
                INSERT INTO mine_check (id, version, mine_id, commissioner_id, scope_path, mode, unannounced, night, started_at,
                    finished_at, check_day, iso_week, latitude, longitude, accuracy_meters, captured_at, distance_meters,
                    geofence_meters, recorded_offline, status, checklist_version_id, note, missed_mandatory, missed_spot, hazards,
                    request_hash, received_at, recorded_by)
                SELECT gen_random_uuid(), 0, p.mine_id, p.commissioner_id, m.scope_path, 'ONSITE',
                       CAST(extract(week FROM w.monday) AS INT) % 4 = 0, CAST(extract(week FROM w.monday) AS INT) % 6 = 0,
                       (CAST(w.monday AS DATE) + 3 + time '09:00') AT TIME ZONE 'Asia/Shanghai',
                       (CAST(w.monday AS DATE) + 3 + time '11:30') AT TIME ZONE 'Asia/Shanghai',
                       CAST(w.monday AS DATE) + 3, to_char(w.monday, 'IYYY"-W"IW'), m.latitude, m.longitude, 20,
                       (CAST(w.monday AS DATE) + 3 + time '09:00') AT TIME ZONE 'Asia/Shanghai', 120, 1000, FALSE, 'ACCEPTED', v.id,
                       '现场巡回检查', 0,
                       CASE WHEN (p.mine_id + CAST(extract(week FROM w.monday) AS INT)) % 11 = 0
                            THEN (SELECT count(*) FROM mine_checklist_item i WHERE i.version_id = v.id AND NOT i.mandatory)
                            ELSE 0 END, 0,
                       repeat('0', 64), now(), :by
                """ + common + """
                WHERE (p.mine_id + CAST(extract(week FROM w.monday) AS INT)) % 7 <> 3""")
                .param("year", year).param("zz", zz == null ? -1L : zz).param("first", Date.valueOf(FIRST_MONDAY))
                .param("last", Date.valueOf(lastMonday)).param("by", BY).update();
        jdbc.sql("""
                INSERT INTO mine_check_answer (check_id, item_id, position, section, text, mandatory, site_or_system, outcome, note,
                                               photo_file_ids, major_hazard)
                SELECT c.id, i.id, row_number() OVER (PARTITION BY c.id ORDER BY i.source DESC, i.position) - 1, i.section, i.text,
                       i.mandatory, i.site_or_system, 'COMPLIANT', '', '', FALSE
                FROM mine_check c
                JOIN mine_checklist_item i ON (i.source = 'TEMPLATE' AND i.version_id = c.checklist_version_id
                                               AND (i.mandatory OR c.missed_spot = 0))
                                           OR (i.source = 'SITE' AND i.mine_id = c.mine_id
                                               AND (i.position + CAST(extract(week FROM c.check_day) AS INT)) % 3 <> 0)
                WHERE c.recorded_by = :by AND c.mode = 'ONSITE'""").param("by", BY).update();
    }
}
