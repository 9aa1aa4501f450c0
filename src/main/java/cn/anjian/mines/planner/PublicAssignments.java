package cn.anjian.mines.planner;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MC-06 (art. 9, 27–28): the public notice of an approved assignment — per mine the commissioners' names and work
 * phones (never the private phone of the person record), the plan's supervision phone and the 12345 hotline. Only the
 * latest approved plan of a division, addressed by its public division code.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PublicAssignments {

    public static final String HOTLINE = "12345";

    public record Person(String name, String workPhone) {
    }

    public record Entry(String mineName, String kindLabel, List<Person> commissioners) {
    }

    public record Notice(String jurisdictionName, int year, String supervisionPhone, List<Entry> entries) {
    }

    private final JdbcClient jdbc;

    public Optional<Notice> of(String code) {
        record Plan(long id, String name, int year, String phone) {
        }
        Optional<Plan> plan = jdbc.sql("""
                SELECT p.id, j.name, p.plan_year, p.supervision_phone FROM mine_plan p
                  JOIN org_jurisdiction_view j ON j.id = p.jurisdiction_id
                 WHERE j.code = :code AND p.status = 'APPROVED' ORDER BY p.plan_year DESC, p.id DESC LIMIT 1""")
                .param("code", code).query((rs, n) -> new Plan(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getString(4))).optional();
        return plan.map(p -> {
            Map<String, Entry> entries = new LinkedHashMap<>();
            jdbc.sql("""
                    SELECT m.name AS mine, m.kind, c.name, c.work_phone FROM mine_plan_assignment a
                      JOIN mine_mine m ON m.id = a.mine_id JOIN mine_commissioner c ON c.id = a.commissioner_id
                     WHERE a.plan_id = :id ORDER BY m.name, c.name""").param("id", p.id())
                    .query((rs, n) -> entries.computeIfAbsent(rs.getString("mine"), k -> {
                        try {
                            return new Entry(k, cn.anjian.mines.MineKind.valueOf(rs.getString("kind")).label(), new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }).commissioners().add(new Person(rs.getString("name"), rs.getString("work_phone")))).list();
            return new Notice(p.name(), p.year(), p.phone(), List.copyOf(entries.values()));
        });
    }
}
