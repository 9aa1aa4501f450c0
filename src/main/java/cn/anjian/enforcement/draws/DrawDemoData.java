package cn.anjian.enforcement.draws;

import lombok.RequiredArgsConstructor;

import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: one double-random draw of 泽州县应急管理局 by zz_unithead over the demo enterprises and officers,
 * published, with its inspection cases opened. Runs after the enterprise and officer demo loaders (see PlanDemoData); once only.
 */
@Component
@RequiredArgsConstructor
class DrawDemoData {

    private static final Logger log = LoggerFactory.getLogger(DrawDemoData.class);

    private final Environment environment;
    private final ActingUsers users;
    private final RandomDraws draws;
    private final TransactionTemplate tx;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE - 2)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        Actor head = users.actor("zz_unithead").orElse(null);
        if (head == null || draws.anyOf(head.agencyId())) {
            return;
        }
        try {
            long id = tx.execute(s -> {
                long drawId = draws.draw(head, new RandomDraws.NewDraw("2026 年第四季度生产经营单位“双随机”抽查", null, null,
                        EnterpriseStatus.OPERATING, 3, null, 2));
                draws.publish(head, drawId);
                draws.generateCases(head, drawId);
                return drawId;
            });
            log.info("Demo random draw {} loaded and published", id);
        } catch (RuntimeException e) {
            log.warn("Demo random draw not loaded: {}", e.getMessage());
        }
    }
}
