package cn.anjian.mines.hazards;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.MajorFindings;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MW-06: the hazard register — hazards recorded by hand by a commissioner for a mine they supervise (page and phone
 * alike; checks' hazards arrive through {@link HazardCheckListener}), the enterprise's rectification report, the
 * re-check (pass → closed, fail → rectification again with a new due date) and the assessment's yearly count.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Hazards {

    static final String WHAT = "隐患";
    static final String PERMISSION = "mine:hazard";

    private final HazardRepository hazards;
    private final WorkScope scope;
    private final HazardOpening opening;
    private final MatterPapers papers;
    private final Timeline timeline;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    /** MW-06: a commissioner records a hazard at a mine they supervise; returns its id. */
    public long record(Actor actor, NewHazard n) {
        require(actor);
        WorkScope.CommissionerRef c = scope.requireCommissioner(actor);
        WorkScope.MineRef mine = scope.requireSupervised(c, n.mineId());
        String text = Params.text("MW-06-DESCRIPTION", "隐患描述", n.description(), 2000, true);
        Integer days = n.rectificationDays();
        if (days != null && (days < 1 || days > 180)) {
            throw BusinessException.badInput("MW-06-DAYS", "整改期限须为 1–180 天");
        }
        String photos = scope.photos(actor, n.photoFileIds());
        Hazard.Origin o = new Hazard.Origin(mine.id(), c.id(), c.agencyId(), mine.jurisdictionId(), mine.scopePath(),
                null, null);
        return opening.open(o, mine, c, text, n.major(), photos, days, clock.instant(), actor).id();
    }

    /** MW-06: the enterprise's rectification report, recorded by a commissioner of the mine. */
    public void report(Actor actor, long id, String report, Long fileId) {
        Hazard h = load(actor, id);
        String text = Params.text("MW-06-REPORT", "整改情况", report, 2000, true);
        if (fileId != null) {
            scope.photos(actor, java.util.List.of(fileId));
        }
        Instant now = clock.instant();
        h.reported(text, fileId, now, actor.username());
        hazards.save(h);
        timeline.add(Hazard.SUBJECT, id, now, actor.username(), "企业报送整改报告", text);
    }

    /**
     * MW-06: the re-check by a commissioner of the mine. Passed: closed and the deadline met. Failed: a new round with
     * a new due date ({@code days} null → the setting), the old deadline met late or on time as it stands.
     */
    public void recheck(Actor actor, long id, boolean passed, String note, Integer days) {
        Hazard h = load(actor, id);
        String text = Params.text("MW-06-RECHECK", "复查意见", note, 2000, true);
        if (days != null && (days < 1 || days > 180)) {
            throw BusinessException.badInput("MW-06-DAYS", "整改期限须为 1–180 天");
        }
        Instant now = clock.instant();
        Long old = h.deadlineId();
        h.rechecked(passed, text, now, actor.username());
        papers.met(old, now);
        if (passed) {
            timeline.add(Hazard.SUBJECT, id, now, actor.username(), "复查合格，隐患闭环", text);
        } else {
            WorkScope.MineRef mine = scope.mine(h.mineId()).orElseThrow();
            DeadlineId d = papers.rectificationDeadline(id, mine, actor.userId(), days, now);
            LocalDate due = papers.deadline(d.value()).dueDate();
            h.newDeadline(d.value(), due);
            timeline.add(Hazard.SUBJECT, id, now, actor.username(), "复查不合格，重新整改",
                    text + "；新整改期限 " + Fmt.date(due));
        }
        hazards.save(h);
    }

    /** The mines the signed-in commissioner supervises today, his coal group's included (empty for anyone else). */
    @Transactional(readOnly = true)
    public java.util.List<MineChoice> myMines(Actor actor) {
        return scope.commissionerOf(actor).map(c -> scope.supervisedMines(c.id())).orElse(java.util.List.of());
    }

    /** Whether the actor supervises the mine today, coal group included (pages offer the commissioner's actions only then). */
    @Transactional(readOnly = true)
    public boolean mayAct(Actor actor, long mineId) {
        return actor.hasPermission(PERMISSION)
                && scope.commissionerOf(actor).map(c -> scope.supervises(c.id(), mineId)).orElse(false);
    }

    /** For the assessment: major findings of a commissioner in a (Beijing-time) calendar year, and how they ended. */
    @Transactional(readOnly = true)
    public MajorFindings majorFindingsOf(long commissionerId, int year) {
        Timestamp from = Timestamp.from(ZonedDateTime.of(LocalDate.of(year, 1, 1).atStartOfDay(), Zones.SHANGHAI).toInstant());
        Timestamp to = Timestamp.from(ZonedDateTime.of(LocalDate.of(year + 1, 1, 1).atStartOfDay(), Zones.SHANGHAI).toInstant());
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM mine_hazard WHERE commissioner_id = :c AND major
                                  AND found_at >= :f AND found_at < :t),
                               (SELECT count(*) FROM mine_hazard WHERE commissioner_id = :c AND major AND state = 'CLOSED'
                                  AND found_at >= :f AND found_at < :t),
                               (SELECT count(*) FROM mine_stop_order WHERE commissioner_id = :c
                                  AND ordered_at >= :f AND ordered_at < :t),
                               (SELECT count(*) FROM mine_incident_tip WHERE commissioner_id = :c
                                  AND forwarded_at IS NOT NULL AND received_at >= :f AND received_at < :t)""")
                .param("c", commissionerId).param("f", from).param("t", to)
                .query((rs, n) -> new MajorFindings(commissionerId, year, rs.getInt(1), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4))).single();
    }

    /** A hazard in the actor's scope (else 404) at a mine the signed-in commissioner supervises (else 403). */
    private Hazard load(Actor actor, long id) {
        require(actor);
        Hazard h = ScopeSql.requireInScope(actor, hazards.findById(id), Hazard::scopePath, WHAT);
        scope.requireSupervised(scope.requireCommissioner(actor), h.mineId());
        return h;
    }

    static void require(Actor actor) {
        if (!actor.hasPermission(PERMISSION)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有此项操作的权限");
        }
    }
}
