package cn.anjian.enforcement.plans;

import lombok.RequiredArgsConstructor;

import cn.anjian.enterprises.EnterpriseFilter;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: the 2026 plan of 泽州县应急管理局, drafted by zz_unithead, approved by zz_director through the
 * workflow and published — the same gates as a user meets. It runs when the application accepts
 * traffic, which Spring Boot announces right after every {@code ApplicationReadyEvent} listener
 * (the enterprise and officer demo loaders) has finished. Once only: nothing happens if the plan exists.
 */
@Component
@RequiredArgsConstructor
class PlanDemoData {

    private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);
    static final int YEAR = 2026;
    static final String UNIT = "安全生产执法监督股";

    private final Environment environment;
    private final ActingUsers users;
    private final InspectionPlans plans;
    private final Workflows workflows;
    private final Enterprises enterprises;
    private final TransactionTemplate tx;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE - 3)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        Actor head = users.actor("zz_unithead").orElse(null);
        Actor director = users.actor("zz_director").orElse(null);
        if (head == null || director == null || plans.anyOf(head.agencyId(), YEAR)) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> load(head, director));
            log.info("Demo inspection plan {} of {} approved and published", YEAR, head.agencyName());
        } catch (RuntimeException e) {
            log.warn("Demo inspection plan not loaded: {}", e.getMessage());
        }
    }

    private void load(Actor head, Actor director) {
        long id = plans.create(head, YEAR, YEAR + " 年度安全生产监督检查计划");
        Long coalMine = enterprises.search(head, new EnterpriseFilter("巴公煤业", null, null, null, null), 0, 1).items()
                .stream().findFirst().map(e -> e.id()).orElse(null);
        if (coalMine != null) {
            plans.addItem(head, id, new InspectionPlans.NewItem(TargetKind.ENTERPRISE, coalMine, null, null,
                    "重大灾害防治、“一通三防”、安全生产标准化动态达标情况全面检查", "Q1", UNIT, 4));
        }
        plans.addItem(head, id, new InspectionPlans.NewItem(TargetKind.INDUSTRY, null, Industry.HAZARDOUS_CHEMICALS, null,
                "重大危险源包保责任落实、特殊作业审批、自动化控制系统投用情况", "Q2", UNIT, 12));
        plans.addItem(head, id, new InspectionPlans.NewItem(TargetKind.INDUSTRY, null, Industry.NON_COAL_MINE, null,
                "边坡稳定、爆破作业、安全设施“三同时”落实情况", "Q3", UNIT, 8));
        plans.addItem(head, id, new InspectionPlans.NewItem(TargetKind.AREA, null, null, "巴公工业园区",
                "园区企业有限空间作业、粉尘防爆、动火作业专项检查", "M9", UNIT, 15));
        plans.addItem(head, id, new InspectionPlans.NewItem(TargetKind.INDUSTRY, null, Industry.METALLURGY_INDUSTRY_TRADE, null,
                "冶金工贸企业煤气区域、高温熔融金属作业检查（双随机抽查方式）", "Q4", UNIT, 10));
        plans.submit(head, id);
        long flow = plans.find(id).orElseThrow().flowId();
        workflows.decide(new FlowId(flow), director, Decision.APPROVE, "同意，按计划组织实施并向社会公布。");
        plans.publish(head, id);
    }
}
