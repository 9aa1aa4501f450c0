package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;

import cn.anjian.enforcement.DemoCasesReady;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CASE-14 / CASE-15 demo data, once the demo cases exist ({@link DemoCasesReady}): a penalty case with instalments
 * approved (unit head, director) and the first payment recorded; a sealing extended once (approved) and released.
 * Each case in its own transactions; loaded once (found by title), a refusal is logged and the case skipped.
 */
@Component
@RequiredArgsConstructor
class CoercionDemoData {

    private static final Logger log = LoggerFactory.getLogger(CoercionDemoData.class);

    private final Environment environment;
    private final ActingUsers users;
    private final CoercionDemoScripts scripts;
    private final CaseService cases;
    private final Workflows workflows;
    private final TransactionTemplate tx;
    private final Clock clock;

    @EventListener
    void onDemoCases(DemoCasesReady ready) {
        if (!DemoDataSwitch.enabled(environment) || ready.cases().isEmpty() || users.actor("zz_officer").isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Actor officer = user("zz_officer");
        if (cases.findByTitle(CoercionDemoScripts.INSTALMENTS).isEmpty()) {
            run(CoercionDemoScripts.INSTALMENTS, () -> {
                long flow = tx.execute(s -> scripts.instalmentsRequested(officer, user("zz_unithead"), today));
                approve(flow, "当事人经济困难情况属实", "同意分两期缴纳");
                tx.executeWithoutResult(s -> scripts.firstInstalmentPaid(officer, today));
            });
        }
        if (cases.findByTitle(CoercionDemoScripts.SEALING).isEmpty()) {
            run(CoercionDemoScripts.SEALING, () -> {
                long flow = tx.execute(s -> scripts.sealingExtensionRequested(officer, today));
                approve(flow, "情况复杂，同意延长", "批准延长查封期限三十日");
                tx.executeWithoutResult(s -> scripts.sealingReleased(officer));
            });
        }
    }

    private void approve(long flow, String unitHeadOpinion, String directorOpinion) {
        tx.executeWithoutResult(s -> workflows.decide(new FlowId(flow), user("zz_unithead"), Decision.APPROVE, unitHeadOpinion));
        tx.executeWithoutResult(s -> workflows.decide(new FlowId(flow), user("zz_director"), Decision.APPROVE, directorOpinion));
    }

    private void run(String title, Runnable work) {
        try {
            work.run();
            log.info("CASE-14/15 demo case loaded: {}", title);
        } catch (BusinessException e) {
            log.warn("CASE-14/15 demo case “{}” not (fully) loaded: {} {}", title, e.code(), e.getMessage());
        } catch (RuntimeException e) { // a demo loader never stops the application from starting
            log.warn("CASE-14/15 demo case “{}” not (fully) loaded", title, e);
        }
    }

    private Actor user(String username) {
        return users.actor(username).orElseThrow(() -> new IllegalStateException("demo user " + username + " missing"));
    }
}
