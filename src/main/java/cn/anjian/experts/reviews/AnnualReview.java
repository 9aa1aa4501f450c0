package cn.anjian.experts.reviews;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.experts.applications.ApplicationWindows;
import cn.anjian.experts.pool.ExpertRegistry;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.OrgUnit;
import cn.anjian.org.ScopeSql;
import cn.anjian.org.UnitKind;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.StepDefinition;
import cn.anjian.workflow.Workflows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EXP-06 (seed 002 art. 7): every June each business unit reviews the experts it recommended or used, within a
 * deadline (calendar) that runs to the end of the month; a not-qualified expert is proposed for removal, and the
 * bureau's approval (the removal flow) removes him through the registry.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class AnnualReview {

    static final String WHAT = "年度复审";
    static final FlowDefinition REMOVAL_FLOW = new FlowDefinition("expert-annual-removal", "专家年度复审清退",
            StepDefinition.of("approve", "局领导批准清退", "DIRECTOR", AgencyTarget.SAME_AGENCY));
    /** Units that recommend or use experts; the office and HR keep the pool, they do not review it. */
    static final List<UnitKind> NOT_REVIEWING = List.of(UnitKind.GENERAL_OFFICE, UnitKind.HR_TRAINING);

    private final AnnualRoundRepository rounds;
    private final AnnualVerdictRepository verdicts;
    private final Agencies agencies;
    private final ApplicationWindows windows;
    private final Deadlines deadlines;
    private final Workflows workflows;
    private final ReviewSupport support;

    /** EXP-06 gate: the year's review opens in the review month (June), one round per business unit, idempotent. */
    public List<Long> open(Actor actor, int year) {
        requireManage(actor);
        LocalDate today = support.today();
        int month = windows.month(today);
        if (year != today.getYear() || today.getMonthValue() != month) {
            throw new BusinessException("EXP-06", "年度复审在每年 " + month + " 月进行，现在不能开启 " + year + " 年度复审");
        }
        Agency pool = agencies.get(actor.agencyId());
        long jurisdiction = pool.jurisdictionId();
        LocalDate end = today.with(TemporalAdjusters.lastDayOfMonth());
        int days = (int) ChronoUnit.DAYS.between(today, end);
        List<Long> ids = new ArrayList<>();
        for (OrgUnit u : agencies.units(pool.id())) {
            if (NOT_REVIEWING.contains(u.kind()) || u.retiredAt() != null || support.roundExists(year, u.id())) {
                continue;
            }
            DeadlineId d = deadlines.open(new NewDeadline("expert_annual_round", year + "-" + u.id(), "EXP-06", null, u.id(),
                    jurisdiction, pool.scopePath(), Period.calendarDays(Math.max(days, 1)), support.now(),
                    year + " 年度专家复审：" + u.name()));
            AnnualRound r = rounds.save(AnnualRound.open(pool.id(), pool.scopePath(), year, u.id(), d.value(),
                    support.now(), actor.username()));
            support.audit(new AuditableEvent("experts.annual-review.opened", "expert_annual_round", String.valueOf(r.id),
                    null, Map.of("year", year, "unitId", u.id()), actor.username(), null));
            ids.add(r.id);
        }
        return ids;
    }

    /** A unit head records the verdict on one expert of the pool; not qualified → the removal goes to the bureau. */
    /** The round is in the actor's scope (else 404): checked before a form's fields are read. */
    @Transactional(readOnly = true)
    public void requireRound(Actor actor, long roundId) {
        ScopeSql.requireInScope(actor, rounds.findById(roundId), x -> x.scopePath, WHAT);
    }

    public long record(Actor actor, long roundId, long expertId, boolean qualified, String reason) {
        AnnualRound r = ownRound(actor, roundId);
        r.requireOpen();
        support.requireActiveExpert(r.agencyId, expertId);
        if (support.verdictExists(roundId, expertId)) {
            throw BusinessException.conflict("EXP-06-DUPLICATE", "本股室已对该专家作出复审结论");
        }
        String why = Params.text("EXP-06-REASON", "不合格理由", reason, 500, false);
        AnnualVerdict v = verdicts.save(AnnualVerdict.record(roundId, expertId, qualified, why, support.now(), actor.username()));
        if (!qualified) {
            FlowId flow = workflows.start(REMOVAL_FLOW, "expert", String.valueOf(expertId),
                    r.year + " 年度复审清退：" + support.expertName(expertId), "/experts/annual-review", r.agencyId, actor);
            v.removalStarted(flow.value());
            v = verdicts.save(v);
        }
        support.audit(new AuditableEvent("experts.annual-review.recorded", "expert", String.valueOf(expertId), null,
                v.audit(), actor.username(), null));
        return v.id;
    }

    /** The unit says its review is done: the deadline is met. */
    public void complete(Actor actor, long roundId) {
        AnnualRound r = ownRound(actor, roundId);
        r.complete(support.now(), actor.username());
        rounds.save(r);
        deadlines.markMet(new DeadlineId(r.deadlineId), support.now());
    }

    /** The bureau decided a proposed removal (called by the flow's outcome handler, inside the decision). */
    void decided(FlowCompleted e, ExpertRegistry registry) {
        AnnualVerdict v = verdicts.findByFlowId(e.flowId().value()).orElseThrow();
        v.decided(e.approved(), e.actor());
        verdicts.save(v);
        if (e.approved()) {
            registry.removeApproved(v.expertId, e.actor());
        }
    }

    private AnnualRound ownRound(Actor actor, long roundId) {
        requireManage(actor);
        AnnualRound r = ScopeSql.requireInScope(actor, rounds.findById(roundId), x -> x.scopePath, WHAT);
        if (actor.unitId() == null || actor.unitId() != r.unitId) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "EXP-06-UNIT", "只能由本股室办理本股室的年度复审");
        }
        return r;
    }

    static void requireManage(Actor actor) {
        if (!actor.hasPermission("expert:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有办理专家年度复审的权限");
        }
    }
}
