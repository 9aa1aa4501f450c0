package cn.anjian.workflow;

import java.util.List;

/**
 * The owning module's handler for the outcome of its flows, registered as a bean. {@link Workflows}
 * calls exactly one handler per flow definition, synchronously inside the deciding transaction: the
 * subject's state changes together with the decision, and a {@code BusinessException} thrown here
 * vetoes (rolls back) the decision. Starting a flow whose definition no handler owns is a programming
 * error and fails at once, so an outcome can never go unheard.
 *
 * <p>Downstream modules that only observe (publicity, statistics) listen to {@link FlowCompleted}
 * with {@code @ApplicationModuleListener} instead.
 */
public interface FlowOutcomeHandler {

    /** The definitions this handler owns; a definition code belongs to one handler only. */
    List<FlowDefinition> definitions();

    /** The last step approved ({@link Outcome#APPROVED}) or a step rejected ({@link Outcome#REJECTED}). */
    void completed(FlowCompleted outcome);

    /** A step returned the flow to its initiator for revision; the subject usually goes back to draft. */
    default void returned(FlowReturned returned) {
    }
}
