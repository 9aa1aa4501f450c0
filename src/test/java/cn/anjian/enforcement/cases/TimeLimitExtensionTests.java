package cn.anjian.enforcement.cases;

import java.time.Duration;
import java.time.Instant;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors.TestActor;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CASE-13 (行政处罚法第六十条): the case time limit, 90 days by default, extended only with the head's approval. */
@IntegrationTest
class TimeLimitExtensionTests {

    @Autowired CaseFixtures fx;
    @Autowired CaseService service;
    @Autowired TimeLimitExtensions extensions;
    @Autowired Workflows workflows;
    @Autowired Deadlines deadlines;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    Long deadlineId(long caseId) {
        return jdbc.sql("SELECT deadline_id FROM enf_case WHERE id = :c").param("c", caseId).query(Long.class).single();
    }

    @Test
    @DisplayName("CASE-13 four eyes; an extension by 30 days approved by the director moves the deadline through the calendar: 90 + 30 days from opening")
    void approvedExtensionMovesTheDeadline() {
        TestActor zz = fx.zz();
        Actor director = users.actor("zz_director").orElseThrow();
        CaseRef c = fx.open(zz, CaseKind.PENALTY, "延期测试-批准");
        CaseView before = service.get(zz, c.id());
        assertThat(Duration.between(before.openedAt(), before.dueAt())).isEqualTo(Duration.ofDays(90));
        long oldDeadline = deadlineId(c.id());
        TimeLimitExtensions.ExtensionView e = extensions.request(zz, c.id(), 30, "案情复杂，需补充技术鉴定");
        assertThat(e.status()).isEqualTo("PENDING");
        assertThatThrownBy(() -> extensions.request(zz, c.id(), 10, "重复申请"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-13-PENDING"));
        // four eyes: the applicant never approves his own extension
        assertThatThrownBy(() -> workflows.decide(new FlowId(e.flowId()), zz, Decision.APPROVE, "本人批准"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("WF-FOUR-EYES"));
        assertThat(service.get(zz, c.id()).dueAt()).isEqualTo(before.dueAt());
        workflows.decide(new FlowId(e.flowId()), director, Decision.APPROVE, "同意延长 30 日");
        CaseView after = service.get(zz, c.id());
        assertThat(Duration.between(after.openedAt(), after.dueAt())).isEqualTo(Duration.ofDays(120));
        TimeLimitExtensions.ExtensionView done = extensions.list(zz, c.id()).get(0);
        assertThat(done.status()).isEqualTo("APPROVED");
        assertThat(done.newLengthDays()).isEqualTo(120);
        assertThat(done.decidedBy()).isEqualTo("zz_director");
        assertThat(deadlines.find(new DeadlineId(oldDeadline)).map(DeadlineView::waiveReason).orElseThrow()).contains("延长办案期限");
        DeadlineView next = deadlines.find(new DeadlineId(deadlineId(c.id()))).orElseThrow();
        assertThat(next.ruleId()).isEqualTo("CASE-13");
        assertThat(next.dueAt()).isEqualTo(after.dueAt());
        assertThat(next.startAt()).isEqualTo(before.openedAt());
    }

    @Test
    @DisplayName("CASE-13 a rejected extension leaves the deadline; days outside 1..365 and a blank reason are refused before any flow starts")
    void rejectedAndRefused() {
        TestActor zz = fx.zz();
        Actor director = users.actor("zz_director").orElseThrow();
        CaseRef c = fx.open(zz, CaseKind.PENALTY, "延期测试-不批准");
        Instant due = service.get(zz, c.id()).dueAt();
        for (int days : new int[] {0, 366}) {
            assertThatThrownBy(() -> extensions.request(zz, c.id(), days, "理由"))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-13-DAYS"));
        }
        assertThatThrownBy(() -> extensions.request(zz, c.id(), 30, " "))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-13-REASON"));
        assertThat(workflows.forSubject("case-time-limit-extension", Long.toString(c.id()))).isEmpty();
        TimeLimitExtensions.ExtensionView e = extensions.request(zz, c.id(), 365, "等待司法鉴定结论");
        workflows.decide(new FlowId(e.flowId()), director, Decision.REJECT, "理由不充分");
        assertThat(extensions.list(zz, c.id()).get(0).status()).isEqualTo("REJECTED");
        assertThat(service.get(zz, c.id()).dueAt()).isEqualTo(due);
    }
}
