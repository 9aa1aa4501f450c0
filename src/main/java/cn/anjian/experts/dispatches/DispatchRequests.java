package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.time.Clock;

import cn.anjian.experts.dispatches.DispatchEnums.Source;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.org.ScopeSql;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The using unit's side of a dispatch (EXP-09, EXP-10, EXP-12, EXP-16): the dispatch approval form, started through
 * workflow for the deputy director; a replacement through the same approval. A paid dispatch reserves its fee on the
 * unit's budget of the task's year, refused when the remaining budget is less (EXP-16). Nothing is stored on a refusal.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class DispatchRequests {

    static final String WHAT = "专家派遣";

    private final DispatchRepository dispatches;
    private final DispatchChecks checks;
    private final Budgets budgets;
    private final UseApplications applications;
    private final Workflows workflows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Files the dispatch approval form; returns the dispatch id (its approval flow is under way). */
    long request(Actor actor, NewDispatch n) {
        requireDispatch(actor);
        Params.requireBody(n, "请填写专家服务派遣审批单");
        Dispatch.Form form = checks.form(n);
        DispatchChecks.Chosen chosen = checks.choose(actor, n, form.enterpriseId());
        Long application = n.applicationId();
        if (application != null) {
            applications.requireApproved(actor, application);
        }
        boolean bureauPays = form.paid() && application == null;
        Long budget = bureauPays ? budgets.reserve(actor.unitId(), form.taskStart().getYear(), form.fee()) : null;
        Dispatch.Form f = application == null ? withTarget(form, chosen.enterpriseId())
                : new Dispatch.Form(form.task(), form.content(), form.place(), form.taskStart(), form.taskEnd(),
                chosen.enterpriseId(), false, null);
        Dispatch d = Dispatch.request(actor.agencyId(), actor.scope().path(), actor.unitId(), chosen.source(), chosen.expertId(),
                chosen.outside(), f, chosen.drawId(), application, budget, clock.instant(), actor.username());
        return start(actor, d, DispatchFlows.DISPATCH, "专家服务派遣审批：" + f.task() + "（" + chosen.name() + "）");
    }

    /** EXP-09: replaces the expert of an approved dispatch; the new expert passes the same checks and approval. */
    long replace(Actor actor, long oldId, NewDispatch n, String reason) {
        requireDispatch(actor);
        Params.requireBody(n, "请选择更换后的专家");
        Dispatch old = load(actor, oldId);
        String why = Params.text("EXP-REASON", "更换原因", reason, 500, true);
        DispatchChecks.Chosen chosen = checks.choose(actor, n, old.enterpriseId());
        if (chosen.source() != Source.OUT_OF_POOL && chosen.expertId().equals(old.expertId())) {
            throw BusinessException.badInput("EXP-EXPERT", "更换后的专家不能与原派遣专家相同");
        }
        Dispatch d = Dispatch.request(old.agencyId(), old.scopePath(), old.unitId(), chosen.source(), chosen.expertId(),
                chosen.outside(), old.form(), chosen.drawId(), null, old.budgetId(), clock.instant(), actor.username())
                .replacing(old, why);
        return start(actor, d, DispatchFlows.REPLACE, "更换派遣专家：" + old.task() + "（改派 " + chosen.name() + "）");
    }

    private long start(Actor actor, Dispatch d, FlowDefinition def, String title) {
        Dispatch saved = dispatches.save(d);
        events.publishEvent(AuditableEvent.change("experts.dispatch.requested", "expert-dispatch", saved.id(), null, saved.audit()));
        long flow = workflows.start(def, "expert-dispatch", String.valueOf(saved.id()), title,
                "/experts/dispatches/" + saved.id(), actor.agencyId(), actor).value();
        saved.started(flow);
        dispatches.save(saved);
        return saved.id();
    }

    Dispatch load(Actor actor, long id) {
        return ScopeSql.requireInScope(actor, dispatches.findById(id).filter(d -> d.scopePath() != null), Dispatch::scopePath, WHAT);
    }

    private static Dispatch.Form withTarget(Dispatch.Form f, Long target) {
        return new Dispatch.Form(f.task(), f.content(), f.place(), f.taskStart(), f.taskEnd(), target, f.paid(), f.fee());
    }

    static void requireDispatch(Actor actor) {
        if (!actor.hasPermission("expert:dispatch")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有派遣使用专家的权限");
        }
    }
}
