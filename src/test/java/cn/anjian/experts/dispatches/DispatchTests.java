package cn.anjian.experts.dispatches;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.experts.dispatches.DispatchEnums.Status;
import cn.anjian.experts.pool.ExpertRegistry;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** EXP-09..EXP-16 in the domain: approval, replacement, avoidance by hand, out-of-pool, fixed experts, answers, budgets. */
@IntegrationTest
class DispatchTests {

    @Autowired ActingUsers users;
    @Autowired DispatchRequests requests;
    @Autowired ExpertAnswers answers;
    @Autowired DispatchClosing closing;
    @Autowired DispatchRepository dispatches;
    @Autowired Budgets budgets;
    @Autowired FixedExperts fixed;
    @Autowired UseApplications applications;
    @Autowired DeclineFlags flags;
    @Autowired Dismissals dismissals;
    @Autowired ExpertRegistry registry;
    @Autowired Workflows workflows;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    Actor user(String name) {
        return users.actor(name).orElseThrow();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** An active expert of the Zezhou pool without an account, not used by the demo, the n-th of them. */
    long expert(int n) {
        return jdbc.sql("""
                SELECT id FROM exp_expert e WHERE agency_id = :a AND status = 'ACTIVE' AND user_id IS NULL AND field_code <> 'LAW'
                  AND NOT EXISTS (SELECT 1 FROM exp_dispatch d WHERE d.expert_id = e.id AND d.source <> 'RECORD')
                  AND NOT EXISTS (SELECT 1 FROM exp_conflict c WHERE c.expert_id = e.id)
                ORDER BY id DESC OFFSET :n LIMIT 1""").param("a", user("zz_officer").agencyId()).param("n", n)
                .query(Long.class).single();
    }

    long myExpert() {
        return jdbc.sql("SELECT e.id FROM exp_expert e JOIN iam_user u ON u.id = e.user_id WHERE u.username = 'zz_expert'")
                .query(Long.class).single();
    }

    static NewDispatch manual(long expertId, String task, LocalDate start, String fee) {
        return new NewDispatch("MANUAL", null, expertId, null, null, null, null, null, task, task, "泽州县",
                start.toString(), start.plusDays(1).toString(), null, fee != null, fee);
    }

    long flow(long id) {
        return jdbc.sql("SELECT flow_id FROM exp_dispatch WHERE id = :id").param("id", id).query(Long.class).single();
    }

    Status status(long id) {
        return dispatches.findById(id).orElseThrow().status();
    }

    void approve(long id) {
        workflows.decide(new FlowId(flow(id)), user("zz_deputy"), Decision.APPROVE, "同意");
    }

    @Test
    @DisplayName("EXP-09 a dispatch waits for the deputy director's signature; the requester cannot sign it (four eyes); the expert answers only after it")
    void approval() {
        Actor officer = user("zz_officer");
        long id = requests.request(officer, manual(myExpert(), "测试审签测试", LocalDate.now().plusDays(30), null));
        assertThat(status(id)).isEqualTo(Status.REQUESTED);
        assertThat(jdbc.sql("SELECT dispatched_on FROM exp_dispatch WHERE id = :id").param("id", id).query(java.sql.Date.class).optional()).isEmpty();
        assertThatThrownBy(() -> answers.accept(user("zz_expert"), id)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("EXP-DISPATCH-STATE"));
        assertThatThrownBy(() -> workflows.decide(new FlowId(flow(id)), officer, Decision.APPROVE, "同意"))
                .isInstanceOf(BusinessException.class);
        approve(id);
        assertThat(status(id)).isEqualTo(Status.APPROVED);
        answers.accept(user("zz_expert"), id);
        assertThat(status(id)).isEqualTo(Status.ACCEPTED);
        assertThat(jdbc.sql("SELECT dispatched_on FROM exp_dispatch WHERE id = :id").param("id", id).query(java.sql.Date.class).single()).isNotNull();
    }

    @Test
    @DisplayName("EXP-09 replacing a dispatched expert needs the same approval: the old one stays until the deputy approves, then is replaced")
    void replacement() {
        Actor officer = user("zz_officer");
        long first = expert(0);
        long second = expert(1);
        long id = requests.request(officer, manual(first, "测试更换测试", LocalDate.now().plusDays(20), null));
        approve(id);
        long replacement = requests.replace(officer, id, manual(second, null, LocalDate.now(), null), "原专家临时出差");
        assertThat(status(id)).isEqualTo(Status.APPROVED);
        assertThat(status(replacement)).isEqualTo(Status.REQUESTED);
        assertThatThrownBy(() -> requests.replace(officer, id, manual(first, null, LocalDate.now(), null), "同一人"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("EXP-EXPERT"));
        approve(replacement);
        assertThat(status(id)).isEqualTo(Status.REPLACED);
        assertThat(status(replacement)).isEqualTo(Status.APPROVED);
    }

    @Test
    @DisplayName("EXP-08 an expert in conflict with the target enterprise is refused by hand too, nothing stored")
    void conflictByHand() {
        Actor officer = user("zz_officer");
        long conflicted = jdbc.sql("SELECT expert_id FROM exp_conflict WHERE to_date IS NULL ORDER BY id LIMIT 1").query(Long.class).single();
        long enterprise = jdbc.sql("SELECT enterprise_id FROM exp_conflict WHERE expert_id = :e LIMIT 1").param("e", conflicted).query(Long.class).single();
        long before = jdbc.sql("SELECT count(*) FROM exp_dispatch").query(Long.class).single();
        NewDispatch n = manual(conflicted, "测试回避测试", LocalDate.now().plusDays(5), null);
        NewDispatch target = new NewDispatch(n.source(), null, n.expertId(), null, null, null, null, null, n.task(), n.content(),
                n.place(), n.taskStart(), n.taskEnd(), enterprise, false, null);
        assertThatThrownBy(() -> requests.request(officer, target)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.code()).isEqualTo("EXP-08");
            assertThat(e.kind()).isEqualTo(BusinessException.Kind.RULE);
        });
        assertThat(jdbc.sql("SELECT count(*) FROM exp_dispatch").query(Long.class).single()).isEqualTo(before);
    }

    NewDispatch outside(String grade) {
        return new NewDispatch("OUT_OF_POOL", null, null, "库外专家", "工程师", grade, "某大学", null, "测试库外专家", "论证",
                "泽州县", LocalDate.now().plusDays(3).toString(), LocalDate.now().plusDays(4).toString(), null, false, null);
    }

    @Test
    @DisplayName("EXP-10 an out-of-pool expert needs a senior title or higher: intermediate refused, senior accepted and engaged on approval")
    void outOfPool() {
        Actor officer = user("zz_officer");
        assertThatThrownBy(() -> requests.request(officer, outside("INTERMEDIATE"))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("EXP-10"));
        long id = requests.request(officer, outside("SENIOR"));
        assertThat(status(id)).isEqualTo(Status.REQUESTED);
        approve(id);
        assertThat(status(id)).isEqualTo(Status.ACCEPTED);
    }

    @Test
    @DisplayName("EXP-11 a fixed expert serves at most five years (five years accepted, one day more refused; legal experts exempt); approval opens the reminder deadline")
    void fixedExperts() {
        Actor officer = user("zz_officer");
        LocalDate from = LocalDate.now().plusDays(1);
        long e = expert(2);
        assertThatThrownBy(() -> fixed.propose(officer, e, from.toString(), from.plusYears(5).plusDays(1).toString(), "长期技术支撑"))
                .isInstanceOfSatisfying(BusinessException.class, x -> assertThat(x.code()).isEqualTo("EXP-11"));
        long id = fixed.propose(officer, e, from.toString(), from.plusYears(5).toString(), "长期技术支撑");
        long lawyer = jdbc.sql("SELECT id FROM exp_expert WHERE field_code = 'LAW' AND status = 'ACTIVE' AND agency_id = :a ORDER BY id LIMIT 1")
                .param("a", officer.agencyId()).query(Long.class).single();
        fixed.propose(officer, lawyer, from.toString(), from.plusYears(8).toString(), "法律顾问");
        long flowId = jdbc.sql("SELECT flow_id FROM exp_fixed WHERE id = :id").param("id", id).query(Long.class).single();
        workflows.decide(new FlowId(flowId), user("zz_director"), Decision.APPROVE, "局长办公会审定同意");
        assertThat(jdbc.sql("SELECT status FROM exp_fixed WHERE id = :id").param("id", id).query(String.class).single()).isEqualTo("APPROVED");
        assertThat(jdbc.sql("SELECT deadline_id FROM exp_fixed WHERE id = :id").param("id", id).query(Long.class).single()).isNotNull();
    }

    @Test
    @DisplayName("EXP-12 an outside unit's dispatch needs its approved application; the applicant pays (no budget of the bureau drawn)")
    void outsideUnit() {
        Actor officer = user("zz_officer");
        LocalDate d = LocalDate.now().plusDays(9);
        long app = applications.file(officer, "泽州县交通运输局", "李明", "13912345678", "道路危险货物运输检查", "检查", "泽州县",
                d.toString(), d.plusDays(1).toString(), "HAZCHEM", "1");
        NewDispatch n = manual(expert(3), "测试外单位派遣", LocalDate.of(2037, 3, 1), "500.00");
        NewDispatch viaApp = new NewDispatch(n.source(), null, n.expertId(), null, null, null, null, app, n.task(), n.content(),
                n.place(), n.taskStart(), n.taskEnd(), null, true, "500.00");
        assertThatThrownBy(() -> requests.request(officer, viaApp)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("EXP-12"));
        long flowId = jdbc.sql("SELECT flow_id FROM exp_use_application WHERE id = :id").param("id", app).query(Long.class).single();
        workflows.decide(new FlowId(flowId), user("zz_deputy"), Decision.APPROVE, "同意");
        long id = requests.request(officer, viaApp);   // no 2037 budget exists: the applicant pays
        assertThat(dispatches.findById(id).orElseThrow().budgetId()).isNull();
    }

    @Test
    @DisplayName("EXP-16 a paid dispatch beyond the remaining budget is refused: remaining 1,000.00 vs fee 1,000.01 refused, 1,000.00 accepted; none without a budget")
    void budgetGate() {
        Actor officer = user("zz_officer");
        LocalDate start = LocalDate.of(2036, 5, 10);
        assertThatThrownBy(() -> requests.request(officer, manual(expert(4), "测试无预算", start, "1.00")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("EXP-16"));
        budgets.set(user("zz_office"), officer.unitId(), 2036, new BigDecimal("1000.00"));
        long before = jdbc.sql("SELECT count(*) FROM exp_dispatch").query(Long.class).single();
        assertThatThrownBy(() -> requests.request(officer, manual(expert(4), "测试超预算", start, "1000.01")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("EXP-16");
                    assertThat(e.getMessage()).contains("1,000.00").contains("1,000.01");
                });
        assertThat(jdbc.sql("SELECT count(*) FROM exp_dispatch").query(Long.class).single()).isEqualTo(before);
        long id = requests.request(officer, manual(expert(4), "测试恰好用完", start, "1000.00"));
        Budgets.Line line = budgets.find(officer.unitId(), 2036);
        assertThat(line.committed()).isEqualByComparingTo("1000.00");
        assertThat(line.remaining()).isEqualByComparingTo("0.00");
        workflows.decide(new FlowId(flow(id)), user("zz_deputy"), Decision.REJECT, "不派");
        assertThat(budgets.find(officer.unitId(), 2036).remaining()).isEqualByComparingTo("1000.00");
    }

    @Test
    @DisplayName("EXP-13 / EXP-16 report, then the quality register (copy to HR), then reimbursement through HR, office, leader and finance")
    void closingAndReimbursement() {
        Actor officer = user("zz_officer");
        Actor expert = user("zz_expert");
        LocalDate start = LocalDate.of(2038, 4, 1);
        budgets.set(user("zz_office"), officer.unitId(), 2038, new BigDecimal("5000.00"));
        long id = requests.request(officer, manual(myExpert(), "测试报告与登记", start, "1500.00"));
        approve(id);
        answers.accept(expert, id);
        assertThatThrownBy(() -> closing.register(officer, id, "90", "90", "90", "GOOD", null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("EXP-DISPATCH-STATE"));
        assertThatThrownBy(() -> closing.requestReimbursement(officer, id)).isInstanceOf(BusinessException.class);
        answers.report(expert, id, DispatchDemoSteps.text("报告.txt", "已完成"), "已完成检查");
        closing.register(officer, id, "90", "85", "100", "GOOD", "按时");
        assertThat(jdbc.sql("SELECT hr_copy_at FROM exp_dispatch WHERE id = :id").param("id", id).query(java.sql.Timestamp.class).single()).isNotNull();
        closing.requestReimbursement(officer, id);
        long flow = jdbc.sql("SELECT reimburse_flow_id FROM exp_dispatch WHERE id = :id").param("id", id).query(Long.class).single();
        for (String u : List.of("zz_hr", "zz_unithead", "zz_deputy", "zz_office")) {
            workflows.decide(new FlowId(flow), user(u), Decision.APPROVE, "同意");
        }
        Budgets.Line line = budgets.find(officer.unitId(), 2038);
        assertThat(line.paid()).isEqualByComparingTo("1500.00");
        assertThat(line.committed()).isEqualByComparingTo("0.00");
        assertThat(line.remaining()).isEqualByComparingTo("3500.00");
    }

    @Test
    @DisplayName("EXP-14 / EXP-15 three declines within twelve months flag the expert (two do not, an older one drops out); dismissal on that ground needs the flag")
    void declinesAndDismissal() {
        Actor officer = user("zz_officer");
        Actor hr = user("zz_hr");
        long e = expert(5);
        jdbc.sql("UPDATE exp_expert SET user_id = (SELECT id FROM iam_user WHERE username = 'zz_expert') WHERE id = :e").param("e", e).update();
        try {
            for (int i = 0; i < 3; i++) {
                long id = requests.request(officer, manual(e, "测试拒绝 " + i, LocalDate.now().plusDays(3), null));
                approve(id);
                answers.decline(user("zz_expert"), id, "无法到场");
                if (i == 0) {
                    clock.advance(Duration.ofDays(200));
                } else if (i == 1) {
                    assertThat(flags.flagged(e)).isFalse();
                    assertThatThrownBy(() -> dismissals.dismiss(hr, e, "DECLINED_THREE", "两次拒绝", LocalDate.now(clock).toString()))
                            .isInstanceOfSatisfying(BusinessException.class, x -> assertThat(x.code()).isEqualTo("EXP-14"));
                }
            }
            assertThat(flags.declines(e)).isEqualTo(3);
            assertThat(flags.flagged(hr)).extracting(DeclineFlags.Flagged::expertId).contains(e);
            clock.advance(Duration.ofDays(170));
            assertThat(flags.flagged(e)).isFalse();
            clock.advance(Duration.ofDays(-170));
            assertThatThrownBy(() -> dismissals.dismiss(hr, e, "DECLINED_THREE", "三次拒绝", null))
                    .isInstanceOfSatisfying(BusinessException.class, x -> assertThat(x.code()).isEqualTo("EXP-15"));
            dismissals.dismiss(hr, e, "DECLINED_THREE", "一年内三次不能接受委派", LocalDate.now(clock).toString());
            assertThat(jdbc.sql("SELECT status FROM exp_expert WHERE id = :e").param("e", e).query(String.class).single()).isEqualTo("REMOVED");
            assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'experts.expert.dismissed' AND subject_id = :e")
                    .param("e", String.valueOf(e)).query(Long.class).single()).isEqualTo(1);
        } finally {
            jdbc.sql("UPDATE exp_expert SET user_id = NULL WHERE id = :e").param("e", e).update();
        }
    }
}
