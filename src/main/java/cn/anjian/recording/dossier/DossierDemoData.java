package cn.anjian.recording.dossier;

import lombok.RequiredArgsConstructor;

import java.time.Clock;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.DemoCasesReady;
import cn.anjian.kernel.DemoDataSwitch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * CASE-16 demo: the archived demo case (金鼎煤业, archived by the cases module's demo loader through the REC-02 gate)
 * gets its archive number when it is archived ({@link DossierNumbers}); a demo database archived before CASE-16 existed
 * is brought up to date here, once, so its dossier shows the number too.
 */
@Component
@RequiredArgsConstructor
class DossierDemoData {

    private static final Logger log = LoggerFactory.getLogger(DossierDemoData.class);

    private final Environment environment;
    private final DossierNumbers numbers;
    private final Clock clock;

    @EventListener
    void onDemoCases(DemoCasesReady ready) {
        if (!DemoDataSwitch.enabled(environment)) {
            return;
        }
        for (CaseRef c : ready.cases()) {
            if (c.stage() == CaseStage.ARCHIVED && numbers.find(c.id()).isEmpty()) {
                numbers.number(c, "system", clock.instant());
                log.info("Demo case “{}”: archive number backfilled", c.title());
            }
        }
    }
}
