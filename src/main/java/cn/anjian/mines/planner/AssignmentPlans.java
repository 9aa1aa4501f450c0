package cn.anjian.mines.planner;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.settings.Settings;
import org.springframework.stereotype.Service;

/**
 * MC-09: the yearly assignment plans of a jurisdiction — computed asynchronously by the planner, read with the
 * live progress while running, adjusted by officers under the checker ({@link PlanMoves}).
 */
@Service
@RequiredArgsConstructor
public class AssignmentPlans {

    static final String WHAT = "派驻方案";

    private final PlanStore store;
    private final PlanSolving solving;
    private final PlanInputs inputs;
    private final AssignmentPlanRepository plans;
    private final Jurisdictions jurisdictions;
    private final Settings settings;
    private final Clock clock;

    /** Starts computing the plan of the jurisdiction (by its public code) for {@code year}; returns its id. */
    public long create(Actor actor, String jurisdictionCode, Integer year) {
        return create(actor, jurisdictionCode, year, null, null);
    }

    /**
     * As {@link #create(Actor, String, Integer)}; a given limit replaces the settings' (the demo solves its small
     * instances in a few seconds so that start-up stays short).
     */
    long create(Actor actor, String jurisdictionCode, Integer year, Duration limit, Duration unimproved) {
        require(actor, "mine:plan");
        if (jurisdictionCode == null || jurisdictionCode.isBlank() || jurisdictionCode.length() > 12) {
            throw BusinessException.badInput("MC-09-JURISDICTION", "请填写行政区划代码");
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (year == null || year < thisYear - 1 || year > thisYear + 2) {
            throw BusinessException.badInput("MC-09-YEAR", "方案年度须在 " + (thisYear - 1) + "–" + (thisYear + 2) + " 之间");
        }
        Jurisdiction j = jurisdictions.findByCode(jurisdictionCode.strip())
                .filter(x -> actor.scope().covers(x.path()))
                .orElseThrow(() -> BusinessException.notFound("行政区划"));
        if (plans.solvingIn(j.id())) {
            throw BusinessException.conflict("MC-09-RUNNING", j.name() + "已有正在计算的派驻方案，请等待其完成");
        }
        PlanInputs.Loaded loaded = inputs.load(j.path(), j.id(), year);
        AssignmentPlan p = store.create(AssignmentPlan.start(j.id(), j.path(), year, loaded.previousPlanId(),
                clock.instant(), actor.username()));
        LocalDate day = loaded.input().day();
        solving.start(p.id(), loaded.input(), limit != null ? limit : MineSettings.limit(settings, day),
                unimproved != null ? unimproved : MineSettings.unimproved(settings, day));
        return p.id();
    }

    /**
     * MC-09: computes the plan's jurisdiction and year again with the longer limit (setting
     * {@code mines.planner-retry-seconds}), when the solver stopped before staffing what the data allows; returns the
     * new plan's id. The draft stays as it was (the history keeps both).
     */
    public long recompute(Actor actor, long planId) {
        require(actor, "mine:plan");
        AssignmentPlan p = find(actor, planId);
        if (p.status() != PlanStatus.SOLVED && p.status() != PlanStatus.RETURNED && p.status() != PlanStatus.FAILED) {
            throw BusinessException.conflict("MC-09-STATE", "只有计算完成、计算失败或已退回的方案可以重新计算");
        }
        Duration[] retry = MineSettings.retry(settings, LocalDate.of(p.planYear(), 1, 1));
        return create(actor, jurisdictions.get(p.jurisdictionId()).code(), p.planYear(), retry[0], retry[1]);
    }

    /** The longer limit a re-run of a plan of {@code year} searches for, in seconds (what the page offers). */
    public long retrySeconds(int year) {
        return MineSettings.retry(settings, LocalDate.of(year, 1, 1))[0].toSeconds();
    }

    /** The plan in the actor's scope (else 404), with the live best while it is being computed. */
    public PlanView get(Actor actor, long id) {
        AssignmentPlan p = find(actor, id);
        if (p.status() == PlanStatus.SOLVING) {
            return solving.live(p.id()).map(l -> new PlanView(p.id(), p.jurisdictionId(), p.planYear(), p.status(),
                    l.score(), l.violations(), null, p.previousPlanId())).orElseGet(() -> view(plans.findById(id).orElseThrow()));
        }
        return view(p);
    }

    /** Blocks until the plan's computation has ended (tests and the benchmark; never a page). */
    public void awaitSolved(long id) {
        solving.await(id);
    }

    /** The plans of the actor's scope, latest first. */
    public List<PlanView> list(Actor actor) {
        return plans.latestIds(actor.scope().pattern()).stream()
                .map(id -> view(plans.findById(id).orElseThrow())).toList();
    }

    AssignmentPlan find(Actor actor, long id) {
        return plans.findById(id).filter(p -> actor.scope().covers(p.scopePath()))
                .orElseThrow(() -> BusinessException.notFound(WHAT));
    }

    static PlanView view(AssignmentPlan p) {
        return new PlanView(p.id(), p.jurisdictionId(), p.planYear(), p.status(), p.score(), PlanStore.violations(p),
                PlanStore.outcome(p), p.previousPlanId());
    }

    static void require(Actor actor, String permission) {
        if (!actor.hasPermission(permission)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有此项操作的权限");
        }
    }
}
