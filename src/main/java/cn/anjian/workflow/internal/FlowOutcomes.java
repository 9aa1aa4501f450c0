package cn.anjian.workflow.internal;

import lombok.RequiredArgsConstructor;

import java.util.HashMap;
import java.util.Map;

import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowOutcomeHandler;
import cn.anjian.workflow.FlowReturned;
import cn.anjian.workflow.FlowSubjectProvider;
import cn.anjian.workflow.FlowSummary;
import cn.anjian.workflow.FlowView;
import cn.anjian.kernel.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Delivers a flow's outcome to the one {@link FlowOutcomeHandler} that owns its definition, then
 * publishes the event for observers. Handlers are looked up lazily: they depend on {@code Workflows}
 * (to start flows), so taking them in the constructor would be a cycle.
 */
@Component
@RequiredArgsConstructor
public class FlowOutcomes {

    private final ObjectProvider<FlowOutcomeHandler> handlers;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<FlowSubjectProvider> subjectProviders;
    private volatile Map<String, FlowOutcomeHandler> byCode;
    private volatile Map<String, FlowSubjectProvider> subjectsByCode;

    /**
     * Issue 12 defect 3: whether the owning module lets the actor read the flow's subject. A definition without a
     * provider (test flows) keeps the scope rule alone; every production definition has one (FlowSubjectProviderTests).
     */
    boolean mayRead(FlowView flow, Actor actor) {
        FlowSubjectProvider p = subjects().get(flow.definitionCode());
        return p == null || p.mayRead(flow, actor);
    }

    /** What the flow approves, as its owning module describes it; empty without a provider. */
    FlowSummary summary(FlowView flow, Actor actor) {
        FlowSubjectProvider p = subjects().get(flow.definitionCode());
        FlowSummary s = p == null ? null : p.summary(flow, actor);
        return s == null ? FlowSummary.empty() : s;
    }

    /** The definition codes that have a subject provider. */
    public java.util.Set<String> describedCodes() {
        return subjects().keySet();
    }

    private Map<String, FlowSubjectProvider> subjects() {
        Map<String, FlowSubjectProvider> m = subjectsByCode;
        if (m == null) {
            m = new HashMap<>();
            for (FlowSubjectProvider p : subjectProviders.orderedStream().toList()) {
                for (FlowDefinition d : p.definitions()) {
                    FlowSubjectProvider other = m.put(d.code(), p);
                    if (other != null && other != p) {
                        throw new IllegalStateException("flow definition " + d.code() + " has two subject providers");
                    }
                }
            }
            m = Map.copyOf(m);
            subjectsByCode = m;
        }
        return m;
    }

    /** The definition codes that have an outcome handler. */
    public java.util.Set<String> ownedCodes() {
        return registry().keySet();
    }

    /** Refuses to start a flow nobody would hear the end of. */
    void requireOwner(FlowDefinition def) {
        owner(def.code());
    }

    /** Events nobody handles as an owner (step decided, resubmitted, audit entries). */
    void publish(Object event) {
        events.publishEvent(event);
    }

    void completed(FlowCompleted outcome) {
        owner(outcome.definitionCode()).completed(outcome);
        events.publishEvent(outcome);
    }

    void returned(FlowReturned returned) {
        owner(returned.definitionCode()).returned(returned);
        events.publishEvent(returned);
    }

    private FlowOutcomeHandler owner(String code) {
        FlowOutcomeHandler h = registry().get(code);
        if (h == null) {
            throw new IllegalStateException("no FlowOutcomeHandler owns flow definition " + code);
        }
        return h;
    }

    private Map<String, FlowOutcomeHandler> registry() {
        Map<String, FlowOutcomeHandler> m = byCode;
        if (m == null) {
            m = new HashMap<>();
            for (FlowOutcomeHandler h : handlers.orderedStream().toList()) {
                for (FlowDefinition d : h.definitions()) {
                    FlowOutcomeHandler other = m.put(d.code(), h);
                    if (other != null && other != h) {
                        throw new IllegalStateException("flow definition " + d.code() + " has two outcome handlers: "
                                + other.getClass().getName() + " and " + h.getClass().getName());
                    }
                }
            }
            m = Map.copyOf(m);
            byCode = m;
        }
        return m;
    }
}
