package cn.anjian.reporting.briefings;

import java.time.LocalDate;
import java.util.UUID;

import cn.anjian.IntegrationTest;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.PageSize;
import cn.anjian.org.Agencies;
import cn.anjian.org.AgencyKind;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SS-06: the half-yearly briefing — deadline, prefilled draft, four-eyes approval, delivery to each supervisor, read receipts. */
@IntegrationTest
class BriefingTests {

    @Autowired ActingUsers users;
    @Autowired Briefings briefings;
    @Autowired BriefingQueries queries;
    @Autowired BriefingRepository repository;
    @Autowired Workflows workflows;
    @Autowired Deadlines deadlines;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;

    Actor user(String name) {
        return users.actor(name).orElseThrow();
    }

    LocalDate due(long briefingId) {
        return deadlines.find(new DeadlineId(repository.findById(briefingId).orElseThrow().deadlineId())).orElseThrow().dueDate();
    }

    @Test
    @DisplayName("SS-06 a briefing is due the 31st day after its half year: 31 July 2026 (a Friday) for the first half; for the second half of 2025, 31 January 2026 is a Saturday, so the calendar's rule moves it to 2 February; one per department and half")
    void deadlines() {
        long agency = agencies.create(user("zz_office").jurisdictionId(), AgencyKind.OTHER, "通报测试单位" + UUID.randomUUID().toString().substring(0, 8)).id();
        long h1 = briefings.ensure(agency, 2026, 1);
        assertThat(briefings.ensure(agency, 2026, 1)).isEqualTo(h1);
        assertThat(due(h1)).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(due(briefings.ensure(agency, 2025, 2))).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(deadlines.find(new DeadlineId(repository.findById(h1).orElseThrow().deadlineId())).orElseThrow().ruleId()).isEqualTo("SS-06");
        assertThat(Briefings.lastEndedHalf(LocalDate.of(2026, 6, 30))).containsExactly(2025, 2);
        assertThat(Briefings.lastEndedHalf(LocalDate.of(2026, 7, 1))).containsExactly(2026, 1);
    }

    @Test
    @DisplayName("SS-06 the office prefills and sends the briefing, the office cannot approve it (four eyes), the director approves: a .docx is generated, each serving supervisor gets it on his own page and reading it is recorded; other counties see nothing")
    void draftedApprovedDelivered() {
        Actor office = user("zz_office");
        long id = briefings.ensure(office.agencyId(), 2020, 1);
        Briefing b = repository.findById(id).orElseThrow();
        if (b.status() == Briefing.Status.DELIVERED) {
            return; // delivered by an earlier run against this database
        }
        assertThatThrownBy(() -> briefings.submit(office, id)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("SS-06"));
        briefings.prefill(office, id);
        assertThat(repository.findById(id).orElseThrow().body()).contains("行政处罚：立案").contains("普法宣传");
        assertThatThrownBy(() -> briefings.edit(user("jc_office"), id, "越级修改", "内容")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("SS-06-AGENCY"));
        assertThatThrownBy(() -> briefings.view(user("sc_office"), id)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        briefings.edit(office, id, "泽州县应急管理局关于2020年上半年行政执法情况的通报", repository.findById(id).orElseThrow().body() + "\n（经核对）");
        briefings.submit(office, id);
        assertThatThrownBy(() -> briefings.edit(office, id, "审核中修改", "内容")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("SS-06-STATE"));
        FlowId flow = new FlowId(repository.findById(id).orElseThrow().flowId());
        assertThatThrownBy(() -> workflows.decide(flow, office, Decision.APPROVE, "自审")).isInstanceOf(BusinessException.class);
        workflows.decide(flow, user("zz_director"), Decision.APPROVE, "同意通报");

        Briefing done = repository.findById(id).orElseThrow();
        assertThat(done.status()).isEqualTo(Briefing.Status.DELIVERED);
        assertThat(done.fileId()).isNotNull();
        assertThat(deadlines.find(new DeadlineId(done.deadlineId())).orElseThrow().state()).isEqualTo(DeadlineState.MET);
        long serving = jdbc.sql("SELECT count(*) FROM per_supervisor_view WHERE agency_id = :a AND status = 'APPOINTED'")
                .param("a", office.agencyId()).query(Long.class).single();
        assertThat(queries.deliveries(id)).hasSize((int) serving);

        Actor supervisor = user("zz_supervisor");
        boolean delivered = queries.mine(supervisor, BriefingQueries.MINE_SORT.defaults(), 0, 100).items().stream()
                .anyMatch(d -> d.briefingId() == id);
        if (delivered) {
            assertThat(queries.open(supervisor, id).get("body").toString()).contains("经核对");
            assertThat(queries.deliveries(id)).anyMatch(d -> d.readAt() != null);
        }
        assertThatThrownBy(() -> queries.open(user("sc_supervisor"), id)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
    }

    @Test
    @DisplayName("SS-06 a briefing the director rejects goes back to drafting and may be sent again")
    void rejectedBackToDraft() {
        Actor office = user("zz_office");
        long id = briefings.ensure(office.agencyId(), 2020, 2);
        if (repository.findById(id).orElseThrow().status() != Briefing.Status.DRAFT) {
            return;
        }
        briefings.prefill(office, id);
        briefings.submit(office, id);
        workflows.decide(new FlowId(repository.findById(id).orElseThrow().flowId()), user("zz_director"), Decision.REJECT, "数据需复核");
        assertThat(repository.findById(id).orElseThrow().status()).isEqualTo(Briefing.Status.DRAFT);
        assertThat(queries.deliveries(id)).isEmpty();
    }
}
