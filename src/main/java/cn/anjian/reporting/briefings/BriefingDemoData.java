package cn.anjian.reporting.briefings;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;

import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.kernel.Zones;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo (SS-06): 泽州县's briefing on the half year that ended last — prefilled and sent by {@code zz_office}, approved by
 * {@code zz_director} — delivered to Zezhou's serving supervisors, so {@code zz_supervisor} finds it on the home page;
 * 晋城市's briefing stays a draft. Runs after the registers' demo (same event, later order); once.
 */
@Component
@RequiredArgsConstructor
class BriefingDemoData {

    private static final Logger log = LoggerFactory.getLogger(BriefingDemoData.class);

    private final Environment environment;
    private final ActingUsers users;
    private final Briefings briefings;
    private final BriefingRepository repository;
    private final Workflows workflows;
    private final Clock clock;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        Actor office = users.actor("zz_office").orElse(null);
        Actor director = users.actor("zz_director").orElse(null);
        Actor jc = users.actor("jc_office").orElse(null);
        if (office == null || director == null || jc == null) {
            return;
        }
        int[] half = Briefings.lastEndedHalf(LocalDate.now(clock.withZone(Zones.SHANGHAI)));
        if (repository.findByAgencyIdAndYearAndHalf(office.agencyId(), half[0], half[1]).isPresent()) {
            return;
        }
        try {
            long id = briefings.ensure(office.agencyId(), half[0], half[1]);
            briefings.prefill(office, id);
            briefings.submit(office, id);
            long flow = repository.findById(id).orElseThrow().flowId();
            workflows.decide(new FlowId(flow), director, Decision.APPROVE, "同意通报");
            long draft = briefings.ensure(jc.agencyId(), half[0], half[1]);
            briefings.prefill(jc, draft);
            log.info("Briefing demo loaded: 泽州县's briefing {} delivered", id);
        } catch (RuntimeException e) {
            log.warn("Briefing demo not loaded: {}", e.toString());
        }
    }
}
