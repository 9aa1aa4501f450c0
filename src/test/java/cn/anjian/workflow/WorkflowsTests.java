package cn.anjian.workflow;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors.TestActor;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.Period;
import cn.anjian.identity.UserAdministration;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class WorkflowsTests {

    /** TI-01 shape: department head → same-level justice department's consent → same-level government's approval. */
    static final FlowDefinition CHAIN = new FlowDefinition("test-chain", "测试三级审批",
            StepDefinition.of("dept", "本部门负责人审核", "DIRECTOR", AgencyTarget.SAME_AGENCY)
                    .withDeadline(Period.workingDays(5), "TEST-DL"),
            StepDefinition.of("justice", "同级司法行政部门审核同意", "DIRECTOR", AgencyTarget.SAME_LEVEL_JUSTICE),
            new StepDefinition("gov", "同级人民政府批准", "DIRECTOR", AgencyTarget.SAME_LEVEL_GOVERNMENT,
                    EnumSet.of(Decision.APPROVE, Decision.REJECT), null));

    static final FlowDefinition VETO = new FlowDefinition("test-veto", "测试否决",
            StepDefinition.of("dept", "本部门审核", "DIRECTOR", AgencyTarget.SAME_AGENCY).withDeadline(Period.workingDays(3), "TEST-DL"));

    static final FlowDefinition ESCALATE = new FlowDefinition("test-escalate", "测试逐级上报",
            StepDefinition.of("unit", "本局局长审核", "DIRECTOR", AgencyTarget.SAME_AGENCY),
            StepDefinition.of("review", "上级应急管理部门审核", "DIRECTOR", AgencyTarget.ESCALATE_TO_PROVINCE));

    @Autowired
    Workflows workflows;
    @Autowired
    UserAdministration users;
    @Autowired
    Agencies agencies;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Deadlines deadlines;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    WorkflowTestListener listener;

    WorkflowFixtures fx;
    TestActor zzHr;
    TestActor zzDirector;
    TestActor zzJustice;
    TestActor zzGov;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.parse("2024-09-23T10:00"));
        fx = new WorkflowFixtures(users, agencies, jurisdictions);
        zzHr = fx.user("140525", AgencyKind.EMERGENCY_MANAGEMENT, "HR");
        zzDirector = fx.user("140525", AgencyKind.EMERGENCY_MANAGEMENT, "DIRECTOR");
        zzJustice = fx.user("140525", AgencyKind.JUSTICE, "DIRECTOR");
        zzGov = fx.user("140525", AgencyKind.GOVERNMENT, "DIRECTOR");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    FlowId startChain() {
        return workflows.start(CHAIN, "test_plan", UUID.randomUUID().toString(), "2024 年技术检查员招聘计划",
                "/personnel/hiring-plans/1", zzHr.agencyId(), zzHr);
    }

    FlowView view(FlowId id) {
        return workflows.find(id).orElseThrow();
    }

    @Test
    @DisplayName("four eyes: the director who starts a flow cannot decide its steps (refused, not in his inbox, no form); another director can")
    void fourEyes() {
        FlowId id = workflows.start(CHAIN, "test_plan", UUID.randomUUID().toString(), "本人发起的计划",
                "/personnel/hiring-plans/1", zzDirector.agencyId(), zzDirector);

        assertThatThrownBy(() -> workflows.decide(id, zzDirector, Decision.APPROVE, null))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo("WF-FOUR-EYES"))
                .hasMessageContaining("本人发起");
        assertThat(view(id).entries()).isEmpty();
        assertThat(view(id).current()).get().extracting(FlowStepView::key).isEqualTo("dept");
        assertThat(workflows.canDecide(id, zzDirector)).isFalse();
        assertThat(workflows.inbox(zzDirector, InboxFilter.all(), PageRequest.of(0, 500)).getContent())
                .noneMatch(i -> i.flowId().equals(id));

        TestActor otherDirector = fx.user("140525", AgencyKind.EMERGENCY_MANAGEMENT, "DIRECTOR");
        assertThat(workflows.canDecide(id, otherDirector)).isTrue();
        assertThat(workflows.inbox(otherDirector, InboxFilter.all(), PageRequest.of(0, 500)).getContent())
                .anyMatch(i -> i.flowId().equals(id));
        workflows.decide(id, otherDirector, Decision.APPROVE, null);
        assertThat(view(id).current()).get().extracting(FlowStepView::key).isEqualTo("justice");
    }

    @Test
    @DisplayName("a flow whose definition no outcome handler owns cannot start (its outcome would go unheard)")
    void unownedDefinition() {
        FlowDefinition orphan = new FlowDefinition("test-orphan", "无人接收结果",
                StepDefinition.of("dept", "本部门审核", "DIRECTOR", AgencyTarget.SAME_AGENCY));
        String subject = UUID.randomUUID().toString();
        assertThatThrownBy(() -> workflows.start(orphan, "test_plan", subject, "t", zzHr.agencyId(), zzHr))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test-orphan");
        assertThat(workflows.forSubject("test_plan", subject)).isEmpty();
    }

    @Test
    @DisplayName("TI-01 a 3-step same-level chain: department → same-level justice → same-level government, each decision recorded")
    void sameLevelChain() {
        FlowId id = startChain();
        FlowView v = view(id);
        assertThat(v.steps()).extracting(FlowStepView::agencyName)
                .containsExactly("泽州县应急管理局", "泽州县司法局", "泽州县人民政府");
        assertThat(v.current()).get().extracting(FlowStepView::key).isEqualTo("dept");

        workflows.decide(id, zzDirector, Decision.APPROVE, null);
        workflows.decide(id, zzJustice, Decision.APPROVE, "同意");
        assertThat(events.stream(FlowCompleted.class).filter(e -> e.flowId().equals(id))).isEmpty();
        workflows.decide(id, zzGov, Decision.APPROVE, "批准");

        v = view(id);
        assertThat(v.state()).isEqualTo(FlowState.APPROVED);
        assertThat(v.finishedAt()).isNotNull();
        assertThat(v.entries()).extracting(FlowEntry::actorName, FlowEntry::decision, FlowEntry::opinion)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("测试DIRECTOR", Decision.APPROVE, null),
                        org.assertj.core.groups.Tuple.tuple("测试DIRECTOR", Decision.APPROVE, "同意"),
                        org.assertj.core.groups.Tuple.tuple("测试DIRECTOR", Decision.APPROVE, "批准"));
        assertThat(events.stream(FlowStepDecided.class).filter(e -> e.flowId().equals(id)))
                .extracting(FlowStepDecided::stepKey).containsExactly("dept", "justice", "gov");
        assertThat(events.stream(FlowCompleted.class).filter(e -> e.flowId().equals(id)))
                .singleElement().extracting(FlowCompleted::outcome).isEqualTo(Outcome.APPROVED);
        assertThat(events.stream(AuditableEvent.class).filter(e -> e.subjectId().equals(id.toString())))
                .extracting(AuditableEvent::action)
                .containsExactly("workflow.flow.started", "workflow.step.decided", "workflow.step.decided", "workflow.step.decided");
        assertThatThrownBy(() -> workflows.decide(id, zzGov, Decision.APPROVE, null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("已办结");
    }

    @Test
    @DisplayName("ORG-04 ESCALATE_TO_PROVINCE from Zezhou county gives county → city → province; the province cannot decide while the city is pending")
    void escalation() {
        TestActor jcDirector = fx.user("140500", AgencyKind.EMERGENCY_MANAGEMENT, "DIRECTOR");
        TestActor sxDirector = fx.user("140000", AgencyKind.EMERGENCY_MANAGEMENT, "DIRECTOR");
        FlowId id = workflows.start(ESCALATE, "test_proposal", UUID.randomUUID().toString(), "社会监督员推荐",
                zzHr.agencyId(), zzHr);
        assertThat(view(id).steps()).extracting(FlowStepView::key, FlowStepView::agencyName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("unit", "泽州县应急管理局"),
                org.assertj.core.groups.Tuple.tuple("review-2", "晋城市应急管理局"),
                org.assertj.core.groups.Tuple.tuple("review-1", "山西省应急管理厅"));

        workflows.decide(id, zzDirector, Decision.APPROVE, null);
        assertThatThrownBy(() -> workflows.decide(id, sxDirector, Decision.APPROVE, "越级"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("晋城市应急管理局");
        assertThat(view(id).entries()).hasSize(1);
        assertThat(workflows.inbox(sxDirector, InboxFilter.all(), PageRequest.of(0, 50)).getContent())
                .noneMatch(i -> i.flowId().equals(id));
        assertThat(workflows.inbox(jcDirector, InboxFilter.all(), PageRequest.of(0, 50)).getContent())
                .anyMatch(i -> i.flowId().equals(id));

        workflows.decide(id, jcDirector, Decision.APPROVE, null);
        workflows.decide(id, sxDirector, Decision.APPROVE, "同意发证");
        assertThat(view(id).state()).isEqualTo(FlowState.APPROVED);
    }

    @Test
    @DisplayName("ORG-04 a level missing on the route refuses start with a message naming the level and kind; nothing stored")
    void missingAgency() {
        // Zezhou's townships have no agencies: the justice step cannot be resolved
        Jurisdiction county = fx.jurisdiction("140525");
        Jurisdiction town = jurisdictions.children(county.id()).get(0);
        Agency em = agencies.findAgency(town.id(), AgencyKind.EMERGENCY_MANAGEMENT)
                .orElseGet(() -> agencies.create(town.id(), AgencyKind.EMERGENCY_MANAGEMENT, town.name() + "应急管理办"));
        TestActor townHr = fx.user(em, "HR");
        long before = jdbc.sql("SELECT count(*) FROM wf_flow").query(Long.class).single();
        assertThatThrownBy(() -> workflows.start(CHAIN, "test_plan", "x-missing", "缺机构", em.id(), townHr))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining(town.name()).hasMessageContaining("乡级").hasMessageContaining("司法行政部门");
        assertThat(jdbc.sql("SELECT count(*) FROM wf_flow").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    @DisplayName("a user without the step's role in the step's agency is refused and never sees the item; nothing changes")
    void wrongUserRefused() {
        FlowId id = startChain();
        TestActor zzOfficer = fx.user("140525", AgencyKind.EMERGENCY_MANAGEMENT, "OFFICER");
        assertThatThrownBy(() -> workflows.decide(id, zzOfficer, Decision.APPROVE, null))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo("WF-NOT-DECIDER"))
                .hasMessageContaining("泽州县应急管理局").hasMessageContaining("局长");
        // the justice director holds the role, but not in the step's agency
        assertThatThrownBy(() -> workflows.decide(id, zzJustice, Decision.APPROVE, null))
                .isInstanceOf(BusinessException.class);
        assertThat(workflows.inbox(zzOfficer, InboxFilter.all(), PageRequest.of(0, 50)).getContent())
                .noneMatch(i -> i.flowId().equals(id));
        assertThat(workflows.inbox(zzDirector, InboxFilter.all(), PageRequest.of(0, 50)).getContent())
                .anyMatch(i -> i.flowId().equals(id));
        assertThat(workflows.canDecide(id, zzOfficer)).isFalse();
        assertThat(workflows.canDecide(id, zzDirector)).isTrue();
        assertThat(view(id).entries()).isEmpty();
        assertThat(view(id).currentStep()).isZero();
    }

    @Test
    @DisplayName("a flow outside the actor's jurisdiction answers 404 (ORG-03)")
    void outOfScope() {
        FlowId id = startChain();
        TestActor scDirector = fx.user("140927", AgencyKind.EMERGENCY_MANAGEMENT, "DIRECTOR");
        assertThatThrownBy(() -> workflows.get(id, scDirector))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> workflows.decide(id, scDirector, Decision.APPROVE, null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("不存在");
    }

    @Test
    @DisplayName("reject and return need an opinion; a decision not allowed at the step is refused; reject ends the flow")
    void rejectNeedsOpinion() {
        FlowId id = startChain();
        assertThatThrownBy(() -> workflows.decide(id, zzDirector, Decision.REJECT, "  "))
                .isInstanceOf(BusinessException.class).hasMessageContaining("必须填写审批意见");
        assertThatThrownBy(() -> workflows.decide(id, zzDirector, Decision.RETURN, null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("必须填写审批意见");
        assertThatThrownBy(() -> workflows.decide(id, zzDirector, Decision.APPROVE, "意".repeat(2001)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("2000");
        assertThat(view(id).entries()).isEmpty();
        workflows.decide(id, zzDirector, Decision.APPROVE, null);
        workflows.decide(id, zzJustice, Decision.APPROVE, null);
        assertThatThrownBy(() -> workflows.decide(id, zzGov, Decision.RETURN, "请修改"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("不能作出“退回修改”");
        workflows.decide(id, zzGov, Decision.REJECT, "编制不足");
        FlowView v = view(id);
        assertThat(v.state()).isEqualTo(FlowState.REJECTED);
        assertThat(events.stream(FlowCompleted.class).filter(e -> e.flowId().equals(id)))
                .singleElement().extracting(FlowCompleted::outcome).isEqualTo(Outcome.REJECTED);
        assertThatThrownBy(() -> workflows.resubmit(id, zzHr, null)).isInstanceOf(BusinessException.class);
    }

    @Test
    @DisplayName("return goes back to the initiator, who resubmits; the flow starts again at the first step with the history kept")
    void returnAndResubmit() {
        FlowId id = startChain();
        workflows.decide(id, zzDirector, Decision.APPROVE, null);
        workflows.decide(id, zzJustice, Decision.RETURN, "岗位数量依据不足，请补充");
        FlowView v = view(id);
        assertThat(v.state()).isEqualTo(FlowState.RETURNED);
        assertThat(events.stream(FlowReturned.class).filter(e -> e.flowId().equals(id)))
                .singleElement().extracting(FlowReturned::stepKey).isEqualTo("justice");
        assertThat(workflows.inbox(zzHr, InboxFilter.all(), PageRequest.of(0, 50)).getContent())
                .anyMatch(i -> i.flowId().equals(id) && i.returned());
        assertThatThrownBy(() -> workflows.decide(id, zzGov, Decision.APPROVE, null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("退回");
        assertThatThrownBy(() -> workflows.resubmit(id, zzDirector, "我来提交"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("发起人");

        workflows.resubmit(id, zzHr, "已补充依据");
        v = view(id);
        assertThat(v.state()).isEqualTo(FlowState.RUNNING);
        assertThat(v.round()).isEqualTo(2);
        assertThat(v.currentStep()).isZero();
        assertThat(v.entries()).extracting(FlowEntry::label).containsExactly("同意", "退回修改", "修改后重新提交");
        assertThat(events.stream(FlowResubmitted.class).filter(e -> e.flowId().equals(id))).hasSize(1);
        workflows.decide(id, zzDirector, Decision.APPROVE, null);
        workflows.decide(id, zzJustice, Decision.APPROVE, "同意");
        workflows.decide(id, zzGov, Decision.APPROVE, null);
        assertThat(view(id).state()).isEqualTo(FlowState.APPROVED);
    }

    @Test
    @DisplayName("two concurrent decisions on the same step: exactly one succeeds, the other is refused")
    void concurrentDecisions() throws Exception {
        TestActor otherDirector = fx.user("140525", AgencyKind.EMERGENCY_MANAGEMENT, "DIRECTOR");
        for (int round = 0; round < 3; round++) {
            FlowId id = startChain();
            CyclicBarrier barrier = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<String>> tasks = List.of(
                        () -> decideAfter(barrier, id, zzDirector, "甲"),
                        () -> decideAfter(barrier, id, otherDirector, "乙"));
                List<String> results = new ArrayList<>();
                for (Future<String> f : pool.invokeAll(tasks)) {
                    results.add(f.get());
                }
                assertThat(results).containsOnlyOnce("ok");
                assertThat(view(id).entries()).hasSize(1);
                assertThat(view(id).currentStep()).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private String decideAfter(CyclicBarrier barrier, FlowId id, TestActor actor, String opinion) throws Exception {
        barrier.await();
        try {
            workflows.decide(id, actor, Decision.APPROVE, opinion);
            return "ok";
        } catch (BusinessException e) {
            return e.code();
        }
    }

    @Test
    @DisplayName("CAL-06 a step with a deadline opens a calendar deadline owned by the step's agency and marks it met on decision")
    void deadlineOpenedAndMet() {
        FlowId id = startChain();
        FlowStepView step = view(id).steps().get(0);
        assertThat(step.deadlineId()).isNotNull();
        var d = deadlines.find(new DeadlineId(step.deadlineId())).orElseThrow();
        assertThat(d.ruleId()).isEqualTo("TEST-DL");
        assertThat(d.state()).isEqualTo(DeadlineState.OPEN);
        assertThat(d.scopePath()).isEqualTo(fx.jurisdiction("140525").path());
        assertThat(d.dueAt()).isEqualTo(step.dueAt());
        assertThat(view(id).steps().get(1).deadlineId()).isNull();

        clock.set(LocalDateTime.parse("2024-10-30T10:00")); // past 5 working days: the inbox can show it overdue
        assertThat(workflows.inbox(zzDirector, new InboxFilter("test-chain", true), PageRequest.of(0, 50)).getContent())
                .anyMatch(i -> i.flowId().equals(id) && i.overdue());
        workflows.decide(id, zzDirector, Decision.APPROVE, null);
        assertThat(deadlines.find(new DeadlineId(step.deadlineId())).orElseThrow().state()).isEqualTo(DeadlineState.MET);
    }

    @Test
    @DisplayName("bad start input is refused before anything is stored; a second running flow for the same subject is refused")
    void startInput() {
        assertThatThrownBy(() -> workflows.start(CHAIN, "test_plan", " ", "t", zzHr.agencyId(), zzHr))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> workflows.start(CHAIN, "test_plan", "a", "t", "https://evil.example/", zzHr.agencyId(), zzHr))
                .isInstanceOf(BusinessException.class);
        String subject = UUID.randomUUID().toString();
        workflows.start(CHAIN, "test_plan", subject, "t", zzHr.agencyId(), zzHr);
        assertThatThrownBy(() -> workflows.start(CHAIN, "test_plan", subject, "t", zzHr.agencyId(), zzHr))
                .isInstanceOf(BusinessException.class).hasMessageContaining("未办结");
        assertThat(workflows.forSubject("test_plan", subject)).hasSize(1);
    }

    @Test
    @DisplayName("a subject module's @EventListener hears each decision and the completion in the same transaction; its refusal rolls the decision back")
    void listener() {
        FlowId id = startChain();
        workflows.decide(id, zzDirector, Decision.APPROVE, null);
        workflows.decide(id, zzJustice, Decision.APPROVE, null);
        workflows.decide(id, zzGov, Decision.APPROVE, null);
        assertThat(listener.heard).filteredOn(e -> e instanceof FlowStepDecided d && d.flowId().equals(id)).hasSize(3);
        assertThat(listener.heard).filteredOn(e -> e instanceof FlowCompleted c && c.flowId().equals(id)).hasSize(1);

        FlowId v = workflows.start(VETO, "test_plan", UUID.randomUUID().toString(), "会被否决", zzHr.agencyId(), zzHr);
        assertThatThrownBy(() -> workflows.decide(v, zzDirector, Decision.APPROVE, null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("已作废");
        FlowView after = view(v);
        assertThat(after.state()).isEqualTo(FlowState.RUNNING);
        assertThat(after.entries()).isEmpty();
        assertThat(deadlines.find(new DeadlineId(after.steps().get(0).deadlineId())).orElseThrow().state())
                .isEqualTo(DeadlineState.OPEN);
    }

    @Test
    @DisplayName("two concurrent starts for the same subject: exactly one flow is created, the other is refused (409)")
    void concurrentStarts() throws Exception {
        String subject = UUID.randomUUID().toString();
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<String> start = () -> {
                barrier.await();
                try {
                    workflows.start(CHAIN, "test_plan", subject, "并发发起", zzHr.agencyId(), zzHr);
                    return "ok";
                } catch (BusinessException e) {
                    return e.code();
                }
            };
            List<String> results = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(List.of(start, start))) {
                results.add(f.get());
            }
            assertThat(results).containsExactlyInAnyOrder("ok", "WF-ALREADY-RUNNING");
            assertThat(workflows.forSubject("test_plan", subject)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
