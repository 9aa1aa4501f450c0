package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.Optional;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.DemoCasesReady;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hearing case ({@link PenaltyDemoData}) the whole way, in the order of {@link DemoCasesReady}'s steps: once the
 * legal review is passed and discussed (legal review's loader), the decision is issued by the unit head, served and
 * executed in two instalments approved by the unit head and the director (four eyes) and paid; once recording's loader
 * has filed the hearing's and the service's records, the case is closed and archived (its dossier numbered). Each step
 * acts on the stage the case is in, in its own transactions, so a start after a partial load goes on where it stopped;
 * a refusal is logged and never stops the application.
 */
@Component
@RequiredArgsConstructor
class PenaltyPathDemoData {

    private static final Logger log = LoggerFactory.getLogger(PenaltyPathDemoData.class);

    private final Environment environment;
    private final ActingUsers users;
    private final CaseService cases;
    private final PenaltyPathSteps steps;
    private final Workflows workflows;
    private final TransactionTemplate tx;

    @EventListener
    @Order(DemoCasesReady.HEARING_CASE_DECIDED)
    void decided(DemoCasesReady ready) {
        hearingCase(CaseStage.DECISION).ifPresent(c -> run("decided", () -> {
            LocalDate today = cases.today();
            long flow = tx.execute(s -> steps.decidedAndInstalmentsRequested(user("zz_officer"), user("zz_unithead"), c.id(), today));
            tx.executeWithoutResult(s -> workflows.decide(new FlowId(flow), user("zz_unithead"), Decision.APPROVE, "当事人经济困难情况属实"));
            tx.executeWithoutResult(s -> workflows.decide(new FlowId(flow), user("zz_director"), Decision.APPROVE, "同意分两期缴纳"));
            tx.executeWithoutResult(s -> steps.instalmentsPaid(user("zz_officer"), c.id(), today));
        }));
    }

    @EventListener
    @Order(DemoCasesReady.HEARING_CASE_CLOSED)
    void closed(DemoCasesReady ready) {
        hearingCase(CaseStage.EXECUTION).ifPresent(c -> run("closed",
                () -> tx.executeWithoutResult(s -> steps.closedAndArchived(user("zz_officer"), c.id()))));
    }

    private Optional<CaseRef> hearingCase(CaseStage stage) {
        if (!DemoDataSwitch.enabled(environment) || users.actor("zz_director").isEmpty()) {
            return Optional.empty();
        }
        return cases.findByTitle(DemoCasesReady.HEARING_CASE).filter(c -> c.stage() == stage);
    }

    private void run(String step, Runnable work) {
        try {
            work.run();
            log.info("Demo case “{}”: {}", DemoCasesReady.HEARING_CASE, step);
        } catch (RuntimeException e) { // a refusal (BusinessException) or anything else: the demo never stops the start
            log.warn("Demo case “{}” not {}: {}", DemoCasesReady.HEARING_CASE, step, e.getMessage());
        }
    }

    private Actor user(String username) {
        return users.actor(username).orElseThrow(() -> new IllegalStateException("demo user " + username + " missing"));
    }
}
