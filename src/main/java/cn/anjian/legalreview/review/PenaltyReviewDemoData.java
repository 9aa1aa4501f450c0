package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.DemoCasesReady;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * LR demo, step of the hearing case ({@link DemoCasesReady#HEARING_CASE}): the 20,000-yuan fine on an individual
 * business carries hearing rights, so it is a major decision (LR-02). After the hearing report it is submitted with
 * its materials, reviewed on every checkpoint, approved by the deputy director through the flow (the numbered
 * opinion letter is filed with the case) and discussed by the heads; the decision may then be issued. Only a case
 * awaiting its decision without any review is taken ({@link PenaltyReviewSteps}); a refusal is logged, never stops
 * the application.
 */
@Component
@RequiredArgsConstructor
class PenaltyReviewDemoData {

    private static final Logger log = LoggerFactory.getLogger(PenaltyReviewDemoData.class);

    private final ActingUsers users;
    private final Cases cases;
    private final LegalReviewRepository reviews;
    private final PenaltyReviewSteps steps;
    private final Clock clock;

    @EventListener
    @Order(DemoCasesReady.HEARING_CASE_REVIEWED)
    void onDemoCases(DemoCasesReady ready) {
        Optional<CaseRef> c = cases.findByTitle(DemoCasesReady.HEARING_CASE);
        if (ready.cases().isEmpty() || c.isEmpty() || c.get().stage() != CaseStage.DECISION || users.actor("zz_deputy").isEmpty()
                || !reviews.findByCaseIdOrderByIdDesc(c.get().id()).isEmpty()) {
            return;
        }
        try {
            steps.review(c.get(), user("zz_officer"), user("zz_legal"), user("zz_deputy"), user("zz_director"),
                    LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI));
            log.info("Demo case “{}”: legal review passed and discussed", DemoCasesReady.HEARING_CASE);
        } catch (RuntimeException e) { // a demo loader never stops the application from starting
            log.warn("Demo legal review of the hearing case not (fully) loaded: {}", e.getMessage());
        }
    }

    private Actor user(String name) {
        return users.actor(name).orElseThrow(() -> new IllegalStateException("demo user missing: " + name));
    }
}
