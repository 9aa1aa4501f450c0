package cn.anjian.mines.assessment;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.PersonAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MA-10: serious failures (art. 37) open a responsibility investigation at the same or a higher level (experts join
 * from the pool through {@link InvestigationExperts}). MA-11: an accountability decision, its
 * 30-day appeal deadline from receipt (calendar, kept for the commissioner), the appeal and its decision; the
 * decision is executed meanwhile. Every action is on a commissioner's assessment page (scope checked first).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Accountability {

    private final CommissionerAssessments assessments;
    private final DecisionRepository decisions;
    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final PersonAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Opens the investigation, about one of the commissioner's mines (optional; its enterprise is what experts joining it
     * must not be in conflict with). Experts join afterwards from the pool ({@link InvestigationExperts}).
     */
    public long openInvestigation(Actor actor, long assessmentId, SeriousFailure ground, String facts, boolean higherLevel,
                                  Long mineId) {
        AssessmentFacts.require(actor);
        Assessment a = assessments.find(actor, assessmentId);
        if (ground == null) {
            throw BusinessException.badInput("MA-10-GROUND", "请选择第三十七条所列的履职失职情形");
        }
        String text = Params.text("MA-10-FACTS", "调查事由", facts, 2000, true);
        if (mineId != null && ScopeSql.bind(jdbc.sql("SELECT count(*) FROM mine_mine WHERE id = :m AND"
                + ScopeSql.condition("scope_path")).param("m", mineId), actor).query(Long.class).single() == 0) {
            throw BusinessException.badInput("MA-10-MINE", "请选择该监管专员所监管的矿山");
        }
        long id = jdbc.sql("""
                        INSERT INTO mine_investigation (commissioner_id, scope_path, ground, facts, higher_level, mine_id, opened_on,
                                                        created_at, created_by)
                        VALUES (:c, :p, :g, :f, :h, :m, :on, :now, :by) RETURNING id""")
                .param("c", a.commissionerId()).param("p", a.scopePath()).param("g", ground.name()).param("f", text)
                .param("h", higherLevel).param("m", mineId).param("on", Date.valueOf(today()))
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("failure", ground.name());
        after.put("investigationFacts", text);
        after.put("higherLevel", higherLevel);
        events.publishEvent(AuditableEvent.change("mines.investigation.opened", "mine_investigation", id, null, after));
        return id;
    }

    public long issueDecision(Actor actor, long assessmentId, Measure measure, String reason, LocalDate issuedOn,
                              LocalDate receivedOn) {
        return issueDecision(actor, assessmentId, null, measure, reason, issuedOn, receivedOn);
    }

    /** MA-10/MA-11: the decision that concludes an investigation of the same commissioner (null: a decision of its own). */
    public long issueDecision(Actor actor, long assessmentId, Long investigationId, Measure measure, String reason,
                              LocalDate issuedOn, LocalDate receivedOn) {
        AssessmentFacts.require(actor);
        Assessment a = assessments.find(actor, assessmentId);
        CommissionerRef c = CommissionerRef.find(jdbc, a.commissionerId()).orElseThrow();
        if (investigationId != null && jdbc.sql("SELECT count(*) FROM mine_investigation WHERE id = :i AND commissioner_id = :c")
                .param("i", investigationId).param("c", c.id()).query(Long.class).single() == 0) {
            throw BusinessException.badInput("MA-11-INVESTIGATION", "请选择该监管专员的责任倒查调查");
        }
        String why = Params.text("MA-11-REASON", "问责事实和依据", reason, 2000, true);
        Decision d = decisions.save(Decision.issue(c, investigationId, measure, why, issuedOn, receivedOn, today(), clock.instant(),
                actor.username()));
        Long party = accounts.accountOf(c.personId()).map(PersonAccounts.Account::userId).orElse(null);
        DeadlineId deadline = deadlines.open(new NewDeadline(Decision.SUBJECT, String.valueOf(d.id()), "MA-11", null, null,
                c.jurisdictionId(), c.scopePath(), Period.calendarDays(Decision.APPEAL_DAYS),
                receivedOn.atTime(LocalTime.NOON).atZone(Zones.SHANGHAI).toInstant(), "问责决定申诉期限：" + c.name(), party));
        d.deadlineOpened(deadline.value());
        decisions.save(d);
        return d.id();
    }

    public void fileAppeal(Actor actor, long assessmentId, long decisionId, LocalDate filedOn, String text) {
        AssessmentFacts.require(actor);
        Decision d = decision(actor, assessmentId, decisionId);
        DeadlineView due = d.deadlineId() == null ? null : deadlines.find(new DeadlineId(d.deadlineId())).orElse(null);
        d.appeal(filedOn, Params.text("MA-11-APPEAL-TEXT", "申诉内容", text, 2000, false), due == null ? null : due.dueDate());
        decisions.save(d);
        if (due != null) {
            deadlines.markMet(due.id(), clock.instant());
        }
    }

    public void decideAppeal(Actor actor, long assessmentId, long decisionId, boolean upheld, String text) {
        AssessmentFacts.require(actor);
        Decision d = decision(actor, assessmentId, decisionId);
        d.decideAppeal(upheld, Params.text("MA-11-APPEAL-DECISION", "审查意见", text, 2000, false));
        decisions.save(d);
    }

    /** The decision of the assessment's commissioner, else 404 (another commissioner's id is not probed). */
    private Decision decision(Actor actor, long assessmentId, long decisionId) {
        Assessment a = assessments.find(actor, assessmentId);
        return decisions.findById(decisionId).filter(d -> d.commissionerId() == a.commissionerId())
                .orElseThrow(() -> BusinessException.notFound("问责决定"));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
    }
}
