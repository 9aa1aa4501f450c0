package cn.anjian.mines.planner;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Zones;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.FlowView;
import cn.anjian.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's plans (see {@link MinePlanDemoData}), step by step through the services, each step in its own transaction
 * (the solver's thread must see the plan it stores into). The small instance is solved with a short limit; whatever
 * plan the solver finds, the steps adapt: a plan with a rule breach is left unsubmitted, a missing pair skips its step.
 */
@Component
@RequiredArgsConstructor
class MinePlanDemoSteps {

    static final String ZEZHOU = "140525";
    static final String XINZHOU = "140900";
    private static final Logger log = LoggerFactory.getLogger(MinePlanDemoSteps.class);
    // a ceiling for a loaded machine (the construction must finish, or places stay empty); the unimproved limit
    // ends the search after a second or two on an idle one
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final Duration UNIMPROVED = Duration.ofMillis(800);

    private final AssignmentPlans plans;
    private final MinePlanApproval approval;
    private final Workflows workflows;
    private final Handovers handovers;
    private final RotationExceptions exceptions;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** Whether 泽州县 has a plan already (the demo loads once). */
    boolean loaded() {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM mine_plan p JOIN org_jurisdiction_view j ON j.id = p.jurisdiction_id
                                WHERE j.code = :c)""").param("c", ZEZHOU).query(Boolean.class).single();
    }

    /** 泽州县: last year's and this year's plans approved, next year's a draft, a rotation exception under way. */
    void zezhou(Actor officer, Actor head, Actor director, Actor commissioner) {
        int year = LocalDate.now(clock.withZone(Zones.SHANGHAI)).getYear();
        if (!approve(officer, head, director, solved(officer, ZEZHOU, year - 1), "0356-3021234")) {
            return;
        }
        long current = solved(officer, ZEZHOU, year);
        if (!approve(officer, head, director, current, "0356-3021234")) {
            return;
        }
        handOver(commissioner, current);
        exception(officer, head, current, year + 1);
        solved(officer, ZEZHOU, year + 1);
    }

    /** 忻州市: this year's plan of its city-level non-coal mines, approved. */
    void xinzhou(Actor officer, Actor head, Actor director) {
        int year = LocalDate.now(clock.withZone(Zones.SHANGHAI)).getYear();
        approve(officer, head, director, solved(officer, XINZHOU, year), "0350-3031234");
    }

    private long solved(Actor officer, String jurisdiction, int year) {
        long id = plans.create(officer, jurisdiction, year, LIMIT, UNIMPROVED);
        plans.awaitSolved(id);
        return id;
    }

    /** MC-06: the supervision phone, submitted by the officer, reviewed by the unit head, approved by the director. */
    private boolean approve(Actor officer, Actor head, Actor director, long planId, String phone) {
        PlanView v = plans.get(officer, planId);
        if (v.status() != PlanStatus.SOLVED || !v.hardViolations().isEmpty()) {
            log.warn("Mine plan demo: the {} plan is {} with {} rule breaches, left unsubmitted", v.year(), v.status(),
                    v.hardViolations().size());
            return false;
        }
        approval.contact(officer, planId, phone);
        approval.submit(officer, planId);
        FlowId flow = flow(MinePlanApproval.SUBJECT, planId);
        workflows.decide(flow, head, Decision.APPROVE, "派驻方案符合选派条件和轮换要求，同意。");
        workflows.decide(flow, director, Decision.APPROVE, "同意，报省级矿山安全监管部门并向社会公布。");
        return true;
    }

    /** MC-07: zz_commissioner hands over a mine he leaves at this year's rotation (his side only: the other is pending). */
    private void handOver(Actor commissioner, long planId) {
        Long me = handovers.commissionerOf(commissioner).orElse(null);
        List<Long> mine = me == null ? List.of() : jdbc.sql(
                "SELECT id FROM mine_handover WHERE plan_id = :p AND outgoing_id = :c ORDER BY id LIMIT 1")
                .param("p", planId).param("c", me).query(Long.class).list();
        if (mine.isEmpty()) {
            log.warn("Mine plan demo: zz_commissioner has no handover in this year's rotation");
            return;
        }
        handovers.confirmOutgoing(commissioner, mine.get(0), "矿井正常生产，一采区回采、二采区掘进，主要通风机运行正常，瓦斯抽采达标。",
                "本年度现场检查 48 次，发现一般隐患 12 项已全部整改闭环，无重大隐患；下一步重点关注二采区顶板管理。");
    }

    /** MC-07: one pair of this year's plan asks to stay next year: the unit head agrees, the province has yet to decide. */
    private void exception(Actor officer, Actor head, long planId, int year) {
        List<long[]> pair = jdbc.sql("""
                SELECT a.commissioner_id, a.mine_id FROM mine_plan_assignment a JOIN mine_mine m ON m.id = a.mine_id
                 WHERE a.plan_id = :p ORDER BY (m.kind = 'COAL') DESC, a.mine_id, a.commissioner_id LIMIT 1""")
                .param("p", planId).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        if (pair.isEmpty()) {
            return;
        }
        long id = exceptions.request(officer, pair.get(0)[0], pair.get(0)[1], year,
                "该矿正在实施智能化综采改造，现任监管专员全程参与改造方案审查，申请延期轮换一年。");
        workflows.decide(flow(RotationExceptions.SUBJECT, id), head, Decision.APPROVE, "情况属实，同意逐级上报省级部门审批。");
    }

    private FlowId flow(String subject, long id) {
        List<FlowView> flows = workflows.forSubject(subject, String.valueOf(id));
        return flows.get(flows.size() - 1).id();
    }
}
