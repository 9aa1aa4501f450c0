package cn.anjian.mines.hazards;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.anjian.files.Files;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.work.Supervision;
import cn.anjian.personnel.PersonAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who the signed-in commissioner is and which mines they supervise today: the work package's {@link Supervision} (the
 * approved plan in force, MC-06, and the coal group's mines, MW-02), the one answer for checks and hazards alike. A
 * commissioner acts only on those mines (a refusal names no other mine).
 */
@Component
@RequiredArgsConstructor
class WorkScope {

    static final String MINE = "矿山";

    private final JdbcClient jdbc;
    private final PersonAccounts accounts;
    private final Files files;
    private final Supervision supervision;
    private final Clock clock;

    /** A mine as hazards need it: where it is and which department supervises it. */
    record MineRef(long id, String name, long jurisdictionId, long departmentJurisdictionId, String scopePath) {
    }

    /** The commissioner record of a login account. */
    record CommissionerRef(long id, String name, long agencyId, Long userId, String username) {
    }

    Optional<CommissionerRef> commissionerOf(Actor actor) {
        return accounts.personOf(actor.userId()).flatMap(p -> jdbc.sql(
                        "SELECT id, name, agency_id FROM mine_commissioner WHERE person_id = :p").param("p", p)
                .query((rs, n) -> new CommissionerRef(rs.getLong(1), rs.getString(2), rs.getLong(3), actor.userId(),
                        actor.username())).optional());
    }

    /** The commissioner, or 403 for an account that is no commissioner. */
    CommissionerRef requireCommissioner(Actor actor) {
        return commissionerOf(actor).orElseThrow(() -> new BusinessException(BusinessException.Kind.FORBIDDEN,
                "MW-COMMISSIONER", "您的账号未登记为矿山安全监管专员"));
    }

    /** The commissioner by id with the account linked to their person (the one who acts for a check's hazard). */
    Optional<CommissionerRef> commissioner(long id) {
        record Row(long id, String name, long agencyId, long personId) {
        }
        return jdbc.sql("SELECT id, name, agency_id, person_id FROM mine_commissioner WHERE id = :id").param("id", id)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).optional()
                .map(r -> {
                    Long user = accounts.accountOf(r.personId()).map(PersonAccounts.Account::userId).orElse(null);
                    String username = user == null ? "system" : jdbc.sql("SELECT username FROM iam_user_view WHERE id = :u")
                            .param("u", user).query(String.class).optional().orElse("system");
                    return new CommissionerRef(r.id(), r.name(), r.agencyId(), user, username);
                });
    }

    Optional<MineRef> mine(long mineId) {
        return jdbc.sql("""
                        SELECT id, name, jurisdiction_id, department_jurisdiction_id, scope_path
                        FROM mine_mine WHERE id = :id""")
                .param("id", mineId)
                .query((rs, n) -> new MineRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5))).optional();
    }

    boolean supervises(long commissionerId, long mineId) {
        return supervision.supervises(commissionerId, mineId, LocalDate.now(clock.withZone(Zones.SHANGHAI)));
    }

    /**
     * MW-06/MW-08/MW-12: the mine a commissioner may act on — one they supervise under the approved plan in force;
     * any other mine is refused without telling whether it exists.
     */
    MineRef requireSupervised(CommissionerRef c, Long mineId) {
        if (mineId == null) {
            throw BusinessException.badInput("MW-MINE", "请选择矿山");
        }
        MineRef m = mine(mineId).orElseThrow(() -> BusinessException.notFound(MINE));
        if (!supervises(c.id(), m.id())) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "MW-NOT-SUPERVISED",
                    "您不是该矿山的监管专员（含所在煤矿监管组），不能记录该矿山的隐患、线索或指令");
        }
        return m;
    }

    /** Photos already uploaded through the files API, each in the actor's scope (else 404); stored as "1,2,3". */
    String photos(Actor actor, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        if (ids.size() > 20) {
            throw BusinessException.badInput("MW-PHOTOS", "照片最多 20 张");
        }
        ids.forEach(id -> files.find(id, actor));
        return ids.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
    }

    List<MineChoice> supervisedMines(long commissionerId) {
        List<Long> ids = supervision.minesOf(commissionerId, LocalDate.now(clock.withZone(Zones.SHANGHAI)));
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, name FROM mine_mine WHERE id IN (:ids) ORDER BY name, id").param("ids", ids)
                .query((rs, n) -> new MineChoice(rs.getLong(1), rs.getString(2))).list();
    }
}
