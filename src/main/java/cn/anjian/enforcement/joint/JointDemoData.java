package cn.anjian.enforcement.joint;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseOrigin;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enterprises.EnterpriseFilter;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
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
 * Demo: one joint operation led by 泽州县应急管理局 (zz_unithead) with the county mine-safety bureau and
 * two external departments, and two special-campaign cases linked to it. Runs after the other demo loaders (see PlanDemoData); once only.
 */
@Component
@RequiredArgsConstructor
class JointDemoData {

    private static final Logger log = LoggerFactory.getLogger(JointDemoData.class);

    private final Environment environment;
    private final ActingUsers users;
    private final JointOperations operations;
    private final JointCases cases;
    private final Cases caseFacade;
    private final Enterprises enterprises;
    private final TransactionTemplate tx;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        Actor head = users.actor("zz_unithead").orElse(null);
        if (head == null || operations.anyLedBy(head.agencyId())) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> {
                List<Long> mine = operations.candidateAgencies(head).stream()
                        .filter(a -> a.kind() == AgencyKind.MINE_SAFETY).map(Agency::id).toList();
                long op = operations.create(head, new JointOperations.NewOperation("泽州县危险化学品和加油加气站安全联合执法检查",
                        "泽州县危险化学品安全联合执法检查方案", "泽应急发〔2026〕15号", LocalDate.of(2026, 3, 2),
                        LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 30), mine,
                        List.of("泽州县公安局", "泽州县市场监督管理局")));
                // two cases of the operation: special-campaign inspections resting on the lead's plan document (CASE-04)
                for (String q : List.of("兰花煤化工", "天然气加气站")) {
                    enterprises.search(head, new EnterpriseFilter(q, null, null, null, null), 0, 1).items().stream().findFirst()
                            .ifPresent(e -> {
                                CaseRef c = caseFacade.openFrom(head, new NewCase(CaseKind.INSPECTION, CaseSource.SPECIAL_CAMPAIGN,
                                        "泽州县危险化学品安全联合执法检查方案", "泽应急发〔2026〕15号", LocalDate.of(2026, 3, 2),
                                        e.id(), null, "联合执法检查：" + e.name(), null, null), new CaseOrigin("JOINT_OPERATION", op));
                                cases.link(head, op, c.id());
                            });
                }
            });
            log.info("Demo joint operation loaded");
        } catch (RuntimeException e) {
            log.warn("Demo joint operation not loaded: {}", e.getMessage());
        }
    }
}
