package cn.anjian.mines.planner;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * Solves plans asynchronously (Timefold's SolverManager, its own threads). While a plan runs its current best score
 * and the checker's findings on that best plan are kept here (at most one check a second) for the progress page;
 * the final best plan is stored by {@link PlanStore}.
 */
@Component
@RequiredArgsConstructor
class PlanSolving {

    /** The running plan's best so far: score, hard violations, unstaffed mines. */
    record Live(String score, List<Violation> violations, int unstaffed) {
    }

    private final PlanStore store;
    private final Clock clock;
    private final Map<Long, Live> live = new ConcurrentHashMap<>();
    private final Map<Long, CompletableFuture<Void>> done = new ConcurrentHashMap<>();
    private final Map<Long, Long> lastCheck = new ConcurrentHashMap<>();
    private volatile SolverManager<MinePlanSolution, Long> manager;

    void start(long planId, PlanningInput in, Duration limit, Duration unimproved) {
        live.put(planId, new Live("", List.of(), 0));
        done.put(planId, new CompletableFuture<>());
        manager().solveBuilder().withProblemId(planId).withProblem(MinePlanner.problem(in))
                .withConfigOverride(new SolverConfigOverride<MinePlanSolution>().withTerminationConfig(
                        new TerminationConfig().withSpentLimit(limit).withUnimprovedSpentLimit(unimproved)))
                .withBestSolutionConsumer(s -> progress(planId, in, s))
                .withFinalBestSolutionConsumer(s -> finish(planId, () -> store.solved(planId, in, s)))
                .withExceptionHandler((id, e) -> finish(planId, () -> store.failed(planId)))
                .run();
    }

    Optional<Live> live(long planId) {
        return Optional.ofNullable(live.get(planId));
    }

    /** Blocks until the plan's solving has ended and its result is stored (tests, the benchmark). */
    void await(long planId) {
        CompletableFuture<Void> f = done.get(planId);
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void progress(long planId, PlanningInput in, MinePlanSolution s) {
        long now = clock.millis();
        Long last = lastCheck.get(planId);
        if (last != null && now - last < 1_000) {
            live.computeIfPresent(planId, (k, l) -> new Live(String.valueOf(s.getScore()), l.violations(), l.unstaffed()));
            return;
        }
        lastCheck.put(planId, now);
        PlanOutcome o = MinePlanner.outcome(in, s, false);
        live.put(planId, new Live(o.score(), PlanChecker.check(in, o.assignments(), o.groups()).violations(),
                o.unstaffed().size()));
    }

    private void finish(long planId, Runnable storing) {
        try {
            storing.run();
        } finally {
            live.remove(planId);
            lastCheck.remove(planId);
            CompletableFuture<Void> f = done.remove(planId);
            if (f != null) {
                f.complete(null);
            }
        }
    }

    private SolverManager<MinePlanSolution, Long> manager() {
        if (manager == null) {
            synchronized (this) {
                if (manager == null) {
                    manager = SolverManager.create(MinePlanner.config(Duration.ofSeconds(60), Duration.ofSeconds(10)));
                }
            }
        }
        return manager;
    }

    @PreDestroy
    void close() {
        if (manager != null) {
            manager.close();
        }
    }
}
