package cn.anjian;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Test-only module listener that fails on the first delivery of a marked probe (EventRetryTests). */
@Component
public class FailingOnceListener {

    /** A probe event; serialised into the event publication registry like any event. */
    public record Probe(String id) {
    }

    private final Set<String> failNext = ConcurrentHashMap.newKeySet();
    private final Set<String> handled = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    void failOnce(String id) {
        failNext.add(id);
    }

    int attempts(String id) {
        return attempts.getOrDefault(id, new AtomicInteger()).get();
    }

    boolean handled(String id) {
        return handled.contains(id);
    }

    @ApplicationModuleListener
    void on(Probe p) {
        attempts.computeIfAbsent(p.id(), k -> new AtomicInteger()).incrementAndGet();
        if (failNext.remove(p.id())) {
            throw new IllegalStateException("probe " + p.id() + " fails once");
        }
        handled.add(p.id());
    }
}
