package cn.anjian.workflow;

import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The one approval mechanism. A module defines its {@link FlowDefinition} in code, registers the one
 * {@link FlowOutcomeHandler} that owns it, and starts flows for its subjects. Observers may also listen
 * for {@link FlowStepDecided}, {@link FlowReturned}, {@link FlowResubmitted} and {@link FlowCompleted}.
 * Four eyes: the initiator never decides a step of his own flow ({@code WF-FOUR-EYES}).
 *
 * <p><b>Outcomes and listening.</b> The owner's {@link FlowOutcomeHandler} runs inside the deciding
 * transaction, so the subject's state changes together with the decision (a hiring plan becomes
 * APPROVED exactly when the government's approval is recorded) and its refusal (a
 * {@code BusinessException}) rolls the decision back too. The events are published afterwards in the
 * same transaction; observers use {@code @ApplicationModuleListener} (after commit, own transaction,
 * retried from the event publication registry) only for side effects that may lag and must not veto
 * the decision: notifications, statistics, publicity.
 *
 * <p>Every refusal is a {@code BusinessException} thrown before anything changes.
 */
public interface Workflows {

    /**
     * Starts a flow: resolves every step to a concrete agency (stored with the flow), makes the first
     * step current and opens its deadline. Refused when an agency for a target is missing (the
     * message names the level and kind to create).
     *
     * @param subjectUrl the subject's page in this application (a local path such as
     *                   {@code /personnel/hiring-plans/42}); shown as the link in the inbox and timeline; may be null
     * @param initiator  the user starting the flow; they receive it back when a step returns it
     */
    FlowId start(FlowDefinition def, String subjectType, String subjectId, String title, String subjectUrl,
                 long initiatingAgencyId, Actor initiator);

    /** {@link #start(FlowDefinition, String, String, String, String, long, Actor)} without a subject link. */
    default FlowId start(FlowDefinition def, String subjectType, String subjectId, String title,
                         long initiatingAgencyId, Actor initiator) {
        return start(def, subjectType, subjectId, title, null, initiatingAgencyId, initiator);
    }

    /**
     * Records a decision on the current step. Only a user holding the step's role in the step's
     * resolved agency may decide; REJECT and RETURN need an opinion; finished or returned flows take
     * no decisions; a concurrent decision on the same flow is refused (409).
     */
    void decide(FlowId id, Actor actor, Decision decision, String opinion);

    /** The initiator resubmits a RETURNED flow after revising the subject; it starts again at the first step. */
    void resubmit(FlowId id, Actor actor, String note);

    /** Trusted read (no scope check), for the subject's own module. */
    Optional<FlowView> find(FlowId id);

    /**
     * A flow in the actor's scope (ORG-03) that he takes part in or whose subject he may read (the owning module's
     * {@link FlowSubjectProvider} decides), else a 404 refusal.
     */
    FlowView get(FlowId id, Actor actor);

    /** What the flow approves (its owning module's summary and documents), for an actor who may see it, else 404. */
    FlowSummary summary(FlowId id, Actor actor);

    /** Every flow of a subject, newest first (trusted read). */
    List<FlowView> forSubject(String subjectType, String subjectId);

    /** Whether the actor may decide the flow's current step now (for showing the decision form). */
    boolean canDecide(FlowId id, Actor actor);

    /**
     * "我的待办": steps waiting for the actor (their role in their agency), and their own flows
     * returned for revision; oldest first.
     */
    Page<InboxItem> inbox(Actor actor, InboxFilter filter, Pageable pageable);

    /** The inbox in a chosen order ({@link InboxFilter#SORT}). */
    Page<InboxItem> inbox(Actor actor, InboxFilter filter, cn.anjian.kernel.ListSort.Sort sort, Pageable pageable);

    /** Every item of the inbox in {@code sort} order, streamed (the Excel export). */
    void eachInInbox(Actor actor, InboxFilter filter, cn.anjian.kernel.ListSort.Sort sort,
                     java.util.function.Consumer<InboxItem> sink);
}
