package cn.anjian.workflow;

import java.util.List;

import cn.anjian.kernel.Actor;

/**
 * The owning module's description of the subjects of its flows (issue 12 defect 3), registered as a bean next to
 * its {@link FlowOutcomeHandler}: what is approved (the summary and documents shown on the approval page) and who
 * may read it. A flow is visible to its participants (the initiator, whoever decided a step, whoever holds a step's
 * role in its agency) and to those this provider lets read the subject; anyone else gets 404 — page and API alike.
 * Every flow definition has exactly one provider ({@code FlowSubjectProviderTests}).
 */
public interface FlowSubjectProvider {

    /** The definitions this provider describes (those of its module's outcome handlers). */
    List<FlowDefinition> definitions();

    /**
     * Whether the actor may read the flow's subject (e.g. has {@code case:read} and the case is in his scope);
     * called only for actors whose scope covers the flow and who take no part in it.
     */
    boolean mayRead(FlowView flow, Actor actor);

    /** What is approved; called only for an actor allowed to see the flow. Empty when the subject is gone. */
    FlowSummary summary(FlowView flow, Actor actor);
}
