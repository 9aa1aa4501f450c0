package cn.anjian.workflow.internal;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agency;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.FlowResubmitted;
import cn.anjian.workflow.FlowReturned;
import cn.anjian.workflow.FlowState;
import cn.anjian.workflow.FlowStepDecided;
import cn.anjian.workflow.FlowView;
import cn.anjian.workflow.FlowSummary;
import cn.anjian.workflow.InboxFilter;
import cn.anjian.workflow.InboxItem;
import cn.anjian.workflow.Outcome;
import cn.anjian.workflow.Workflows;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Workflows} facade: gates first, then the aggregate, the deadlines, the events and the audit entry. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class WorkflowService implements Workflows {

    static final String WHAT = "审批";
    static final String DEADLINE_SUBJECT = "workflow_step";
    private static final int TITLE_MAX = 200;

    private final FlowRepository flows;
    private final StepResolver resolver;
    private final StaffDirectory staff;
    private final Deadlines deadlines;
    private final FlowQueries queries;
    private final FlowOutcomes outcomes;
    private final Clock clock;

    @Override
    @Transactional
    public FlowId start(FlowDefinition def, String subjectType, String subjectId, String title, String subjectUrl,
                        long initiatingAgencyId, Actor initiator) {
        if (def == null || initiator == null) {
            throw new IllegalArgumentException("definition and initiator are required");
        }
        outcomes.requireOwner(def);
        String type = required(subjectType, 60, "业务对象类型");
        String sid = required(subjectId, 100, "业务对象编号");
        String t = required(title, TITLE_MAX, "审批标题");
        String url = subjectUrl == null || subjectUrl.isBlank() ? null : subjectUrl.strip();
        if (url != null && (!url.startsWith("/") || url.startsWith("//") || url.length() > 500)) {
            throw BusinessException.badInput("WF-SUBJECT-URL", "业务对象链接必须是本系统内的路径");
        }
        Agency agency = resolver.initiating(initiatingAgencyId);
        boolean running = queries.hasRunning(def.code(), type, sid);
        if (running) {
            throw alreadyRunning(def);
        }
        List<FlowStep> resolved = resolver.resolve(def, agency);
        Instant now = now();
        Flow flow;
        try {
            flow = flows.save(Flow.start(def.code(), def.name(), type, sid, url, t, agency.id(), agency.name(),
                    initiator.userId(), initiator.displayName(), agency.scopePath(), resolved, now));
        } catch (DuplicateKeyException | DbActionExecutionException e) {
            if (e instanceof DuplicateKeyException || e.getCause() instanceof DuplicateKeyException) {
                throw alreadyRunning(def); // a concurrent start won the unique index
            }
            throw e;
        }
        openDeadline(flow, now);
        flow = flows.save(flow);
        audit(initiator, "workflow.flow.started", flow, null, snapshot(flow));
        return new FlowId(flow.id);
    }

    @Override
    @Transactional
    public void decide(FlowId id, Actor actor, Decision decision, String opinion) {
        Flow flow = load(id, actor);
        String text = opinion(opinion);
        flow.requireRunning();
        requireDecider(flow, actor);
        flow.checkDecision(decision, text);
        claim(flow);
        Map<String, Object> before = snapshot(flow);
        Instant now = now();
        FlowStep decided = flow.decide(decision, text, actor.userId(), actor.displayName(), now);
        meetDeadline(decided, now);
        if (flow.state == FlowState.RUNNING) {
            openDeadline(flow, now);
        }
        save(flow);
        Map<String, Object> after = snapshot(flow);
        after.put("step", decided.stepKey());
        after.put("decision", decision.name());
        after.put("opinion", text);
        audit(actor, "workflow.step.decided", flow, before, after);
        outcomes.publish(new FlowStepDecided(id, flow.definitionCode, flow.subjectType, flow.subjectId,
                decided.stepKey(), decision, actor.username(), text, now));
        switch (flow.state) {
            case RETURNED -> outcomes.returned(new FlowReturned(id, flow.definitionCode, flow.subjectType,
                    flow.subjectId, decided.stepKey(), actor.username(), text, now));
            case APPROVED, REJECTED -> outcomes.completed(new FlowCompleted(id, flow.definitionCode, flow.subjectType,
                    flow.subjectId, flow.state == FlowState.APPROVED ? Outcome.APPROVED : Outcome.REJECTED,
                    actor.username(), text, now));
            default -> {
            }
        }
    }

    @Override
    @Transactional
    public void resubmit(FlowId id, Actor actor, String note) {
        Flow flow = load(id, actor);
        String text = opinion(note);
        Map<String, Object> before = snapshot(flow);
        Instant now = now();
        flow.checkResubmit(actor.userId());
        claim(flow);
        flow.resubmit(actor.userId(), actor.displayName(), text, now);
        openDeadline(flow, now);
        save(flow);
        audit(actor, "workflow.flow.resubmitted", flow, before, snapshot(flow));
        outcomes.publish(new FlowResubmitted(id, flow.definitionCode, flow.subjectType, flow.subjectId,
                actor.username(), text, now));
    }

    @Override
    public Optional<FlowView> find(FlowId id) {
        return id == null ? Optional.empty() : flows.findById(id.value()).map(this::view);
    }

    @Override
    public FlowView get(FlowId id, Actor actor) {
        FlowView v = view(load(id, actor));
        if (!participant(v, actor) && !outcomes.mayRead(v, actor)) {
            throw BusinessException.notFound(WHAT); // issue 12 defect 3: neither a participant nor a reader of the subject
        }
        return v;
    }

    @Override
    public FlowSummary summary(FlowId id, Actor actor) {
        return outcomes.summary(get(id, actor), actor);
    }

    /** The initiator, whoever decided a step, and whoever holds a step's role in its agency (read fresh). */
    private boolean participant(FlowView v, Actor actor) {
        return v.initiatorUserId() == actor.userId()
                || v.entries().stream().anyMatch(e -> e.actorUserId() == actor.userId())
                || v.steps().stream().anyMatch(s -> s.agencyId() == actor.agencyId()
                        && staff.holds(actor.userId(), s.agencyId(), s.roleCode()));
    }

    @Override
    public List<FlowView> forSubject(String subjectType, String subjectId) {
        return queries.idsForSubject(subjectType, subjectId).stream()
                .map(i -> flows.findById(i).map(this::view).orElseThrow()).toList();
    }

    @Override
    public boolean canDecide(FlowId id, Actor actor) {
        Flow flow = load(id, actor);
        return flow.state == FlowState.RUNNING
                && !flow.startedBy(actor.userId())
                && actor.agencyId() == flow.current().agencyId()
                && staff.holds(actor.userId(), flow.current().agencyId(), flow.current().roleCode());
    }

    @Override
    public Page<InboxItem> inbox(Actor actor, InboxFilter filter, Pageable pageable) {
        return inbox(actor, filter, InboxFilter.SORT.defaults(), pageable);
    }

    @Override
    public Page<InboxItem> inbox(Actor actor, InboxFilter filter, cn.anjian.kernel.ListSort.Sort sort, Pageable pageable) {
        return queries.inbox(actor, staff.roles(actor.userId(), actor.agencyId()),
                filter == null ? InboxFilter.all() : filter, sort, pageable, clock.instant());
    }

    @Override
    public void eachInInbox(Actor actor, InboxFilter filter, cn.anjian.kernel.ListSort.Sort sort,
                            java.util.function.Consumer<InboxItem> sink) {
        queries.eachInInbox(actor, staff.roles(actor.userId(), actor.agencyId()),
                filter == null ? InboxFilter.all() : filter, sort, clock.instant(), sink);
    }

    // ---- helpers ----

    /**
     * PostgreSQL keeps microseconds and rounds finer instants, so a deadline opened "now" with
     * nanoseconds could be stored later than the same "now" used to mark it met (refused by the
     * calendar). Acting on the stored precision keeps open/met consistent.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Flow load(FlowId id, Actor actor) {
        if (id == null) {
            throw BusinessException.notFound(WHAT);
        }
        Flow flow = flows.findById(id.value()).orElseThrow(() -> BusinessException.notFound(WHAT));
        if (actor == null || !actor.scope().covers(flow.scopePath)) {
            throw BusinessException.notFound(WHAT); // ORG-03: 404, never 403, outside the scope
        }
        return flow;
    }

    /** Only a user holding the step's role in the step's resolved agency decides (read fresh, not from the login). */
    private void requireDecider(Flow flow, Actor actor) {
        flow.requireOtherThanInitiator(actor.userId());
        FlowStep step = flow.current();
        if (actor.agencyId() != step.agencyId() || !staff.holds(actor.userId(), step.agencyId(), step.roleCode())) {
            String role = staff.roleName(step.roleCode()).orElse(step.roleCode());
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "WF-NOT-DECIDER",
                    "您无权办理此审批：当前步骤“" + step.name() + "”应由" + step.agencyName() + "的" + role + "审批");
        }
    }

    /**
     * Locks the flow row at the version that was read, before anything else is written: a concurrent
     * decision waits here and then finds a newer version, so the loser changes nothing at all (not
     * even a deadline) and gets a clear 409.
     */
    private void claim(Flow flow) {
        if (!queries.claim(flow.id, flow.version)) {
            throw concurrent();
        }
    }

    private void save(Flow flow) {
        try {
            flows.save(flow);
        } catch (OptimisticLockingFailureException e) {
            throw concurrent();
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof OptimisticLockingFailureException) {
                throw concurrent();
            }
            throw e;
        }
    }

    private static BusinessException alreadyRunning(FlowDefinition def) {
        return BusinessException.conflict("WF-ALREADY-RUNNING", "该业务已有一个未办结的“" + def.name() + "”审批");
    }

    private static BusinessException concurrent() {
        return BusinessException.conflict("WF-CONCURRENT", "该审批刚刚已被他人处理，请刷新页面后查看最新状态");
    }

    private void openDeadline(Flow flow, Instant now) {
        FlowStep step = flow.current();
        if (step.period() == null) {
            return;
        }
        DeadlineId d = deadlines.open(new NewDeadline(DEADLINE_SUBJECT, flow.id + "/" + step.stepKey(), step.ruleId(),
                null, null, step.jurisdictionId(), step.agencyScopePath(), step.period(), now,
                flow.title + "：" + step.name()));
        Instant due = deadlines.find(d).map(DeadlineView::dueAt).orElse(null);
        flow.setCurrentDeadline(d.value(), due);
    }

    private void meetDeadline(FlowStep step, Instant now) {
        if (step.deadlineId() == null) {
            return;
        }
        DeadlineId d = new DeadlineId(step.deadlineId());
        // a deadline someone waived stays waived; an overdue one is met late (CAL-06 keeps wasOverdue)
        deadlines.find(d).filter(v -> v.state() == DeadlineState.OPEN || v.state() == DeadlineState.OVERDUE)
                .ifPresent(v -> deadlines.markMet(d, now));
    }

    private static String required(String value, int max, String what) {
        return cn.anjian.kernel.Params.text("WF-INPUT", what, value, max, true);
    }

    private static String opinion(String opinion) {
        String v = opinion == null ? null : opinion.strip().replace("\u0000", "");
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.length() > Flow.OPINION_MAX) {
            throw BusinessException.badInput("WF-OPINION-LENGTH", "审批意见不能超过 " + Flow.OPINION_MAX + " 个字");
        }
        return v;
    }

    private void audit(Actor actor, String action, Flow flow, Map<String, ?> before, Map<String, ?> after) {
        outcomes.publish(new AuditableEvent(action, "workflow_flow", String.valueOf(flow.id), before, after,
                actor.username(), null));
    }

    private static Map<String, Object> snapshot(Flow f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("definition", f.definitionCode);
        m.put("subject", f.subjectType + "/" + f.subjectId);
        m.put("title", f.title);
        m.put("state", f.state.name());
        m.put("round", f.round);
        m.put("currentStep", f.state == FlowState.RUNNING ? f.current().stepKey() : null);
        m.put("currentAgency", f.state == FlowState.RUNNING ? f.current().agencyName() : null);
        return m;
    }

    private FlowView view(Flow f) {
        return FlowViews.of(f, code -> staff.roleName(code).orElse(code));
    }
}
