package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EXP-11: a unit proposes a fixed expert; the director's office meeting approves through workflow; on approval a
 * calendar deadline reminds the unit {@value #REMIND_DAYS} days before the five years end that he must be replaced.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class FixedExperts {

    static final int REMIND_DAYS = 30;

    record Row(long id, String expertName, String fieldName, String unitName, LocalDate from, LocalDate to,
               FixedExpert.Status status) {
    }

    private final FixedExpertRepository fixed;
    private final DispatchChecks checks;
    private final Workflows workflows;
    private final Deadlines deadlines;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    long propose(Actor actor, Long expertId, String from, String to, String reason) {
        DispatchRequests.requireDispatch(actor);
        if (actor.unitId() == null) {
            throw new BusinessException("EXP-11", "相对固定专家由业务股室使用，您的账号未归属内设机构");
        }
        if (expertId == null) {
            throw BusinessException.badInput("EXP-EXPERT", "请选择专家");
        }
        String name = checks.expert(actor, expertId);
        LocalDate start = Params.requiredDate("开始日期", from);
        LocalDate end = Params.requiredDate("结束日期", to);
        String why = Params.text("EXP-REASON", "使用理由", reason, 500, true);
        boolean legal = "LAW".equals(jdbc.sql("SELECT field_code FROM exp_expert WHERE id = :id").param("id", expertId)
                .query(String.class).single());
        LocalDate first = jdbc.sql("""
                SELECT min(from_date) FROM exp_fixed WHERE unit_id = :u AND expert_id = :e AND status IN ('PENDING', 'APPROVED', 'ENDED')""")
                .param("u", actor.unitId()).param("e", expertId).query(java.sql.Date.class).optional()
                .map(java.sql.Date::toLocalDate).filter(d -> d.isBefore(start)).orElse(start);
        FixedExpert f = fixed.save(FixedExpert.propose(actor.agencyId(), actor.scope().path(), actor.unitId(), expertId, legal,
                start, end, first, why, clock.instant(), actor.username()));
        events.publishEvent(AuditableEvent.change("experts.fixed.proposed", "expert-fixed", f.id(), null, f.audit()));
        long flow = workflows.start(DispatchFlows.FIXED, "expert-fixed", String.valueOf(f.id()), "相对固定专家审定：" + name,
                "/experts/fixed", actor.agencyId(), actor).value();
        f.started(flow);
        fixed.save(f);
        return f.id();
    }

    /** Approved: the reminder deadline opens, due {@value #REMIND_DAYS} days before the term ends (at least tomorrow). */
    void decided(FlowCompleted e, Instant at) {
        fixed.findByFlowId(e.flowId().value()).ifPresent(f -> {
            Long deadline = null;
            if (e.approved()) {
                LocalDate today = LocalDate.ofInstant(at, Zones.SHANGHAI);
                int days = (int) Math.max(1, ChronoUnit.DAYS.between(today, f.toDate().minusDays(REMIND_DAYS)));
                String expert = jdbc.sql("SELECT name FROM exp_expert WHERE id = :id").param("id", f.expertId()).query(String.class).single();
                long jurisdiction = jdbc.sql("SELECT jurisdiction_id FROM org_agency_view WHERE id = :a")
                        .param("a", f.agencyId()).query(Long.class).single();
                DeadlineId id = deadlines.open(new NewDeadline("expert-fixed", String.valueOf(f.id()), "EXP-11", null, f.unitId(),
                        jurisdiction, f.scopePath(), Period.calendarDays(Math.min(days, Period.MAX_DAYS)), at,
                        "相对固定专家届满前更换：" + expert + "（使用至 " + f.toDate() + "）"));
                deadline = id.value();
            }
            f.decided(e.approved(), deadline, e.actor());
            fixed.save(f);
        });
    }
}
