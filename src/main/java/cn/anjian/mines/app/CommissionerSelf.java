package cn.anjian.mines.app;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.personnel.PersonAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a signed-in user is among the commissioners (through personnel's person ↔ account link), their fellow
 * commissioners (substitutes) and the mines they supervise under the latest approved assignment plan (MC-09).
 */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class CommissionerSelf {

    static final String NOT_COMMISSIONER = "MINE-NOT-COMMISSIONER";

    private final PersonAccounts accounts;
    private final JdbcClient jdbc;

    public record Colleague(long id, String name) {
    }

    public record MyMine(long id, String name, String kind) {
    }

    /** The actor's commissioner record, or empty when the account is not linked to a commissioner. */
    public Optional<Me> find(Actor actor) {
        return accounts.personOf(actor.userId()).flatMap(person -> jdbc.sql("""
                        SELECT c.id, c.name, c.agency_id, c.department_jurisdiction_id, c.scope_path
                        FROM mine_commissioner c WHERE c.person_id = :p AND c.availability <> 'WITHDRAWN'""")
                .param("p", person)
                .query((rs, n) -> new Me(rs.getLong("id"), rs.getString("name"), actor.userId(), rs.getLong("agency_id"),
                        rs.getLong("department_jurisdiction_id"), rs.getString("scope_path"))).optional());
    }

    /** The actor's commissioner record; refused when the account is not a commissioner's. */
    public Me require(Actor actor) {
        return find(actor).orElseThrow(() -> new BusinessException(NOT_COMMISSIONER,
                "您的账号尚未关联矿山安全监管专员，请联系人事部门在人员信息中关联账号"));
    }

    /** The other commissioners of the same department, who may stand in during a leave. */
    public List<Colleague> colleagues(Me me) {
        return jdbc.sql("""
                        SELECT id, name FROM mine_commissioner
                        WHERE department_jurisdiction_id = :j AND id <> :me AND availability <> 'WITHDRAWN'
                        ORDER BY name, id""")
                .param("j", me.jurisdictionId()).param("me", me.commissionerId())
                .query((rs, n) -> new Colleague(rs.getLong("id"), rs.getString("name"))).list();
    }

    Optional<Colleague> colleague(Me me, long id) {
        return colleagues(me).stream().filter(c -> c.id() == id).findFirst();
    }

    /** The mines assigned to the commissioner by the latest approved plan of a year up to {@code on}'s. */
    public List<MyMine> mines(long commissionerId, LocalDate on) {
        return jdbc.sql("""
                        SELECT m.id, m.name, m.kind FROM mine_plan_assignment a
                        JOIN mine_plan p ON p.id = a.plan_id
                        JOIN mine_mine m ON m.id = a.mine_id
                        WHERE a.commissioner_id = :c AND p.status = 'APPROVED' AND p.plan_year = (
                            SELECT max(p2.plan_year) FROM mine_plan p2 JOIN mine_plan_assignment a2 ON a2.plan_id = p2.id
                            WHERE a2.commissioner_id = :c AND p2.status = 'APPROVED' AND p2.plan_year <= :y)
                        ORDER BY m.name, m.id""")
                .param("c", commissionerId).param("y", on.getYear())
                .query((rs, n) -> new MyMine(rs.getLong("id"), rs.getString("name"), rs.getString("kind"))).list();
    }

    /** The commissioners of a mine under the latest approved plan, by name. */
    public List<String> commissionersOf(long mineId, LocalDate on) {
        return jdbc.sql("""
                        SELECT DISTINCT c.name FROM mine_plan_assignment a
                        JOIN mine_plan p ON p.id = a.plan_id
                        JOIN mine_commissioner c ON c.id = a.commissioner_id
                        WHERE a.mine_id = :m AND p.status = 'APPROVED' AND p.plan_year = (
                            SELECT max(p2.plan_year) FROM mine_plan p2 JOIN mine_plan_assignment a2 ON a2.plan_id = p2.id
                            WHERE a2.mine_id = :m AND p2.status = 'APPROVED' AND p2.plan_year <= :y)
                        ORDER BY c.name""")
                .param("m", mineId).param("y", on.getYear()).query(String.class).list();
    }

    /** A commissioner's name (trusted read for records already scoped). */
    String nameOf(long commissionerId) {
        return jdbc.sql("SELECT name FROM mine_commissioner WHERE id = :id").param("id", commissionerId).query(String.class)
                .optional().orElse("—");
    }
}
