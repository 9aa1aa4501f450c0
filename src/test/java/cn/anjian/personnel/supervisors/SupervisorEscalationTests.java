package cn.anjian.personnel.supervisors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.complaints.SupervisorFixture;
import cn.anjian.identity.UserAdministration;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.FlowState;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SupervisorEscalationTests {

    @Autowired
    SupervisorService service;
    @Autowired
    Workflows workflows;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAdministration users;
    @Autowired
    MutableClock clock;
    @Autowired
    cn.anjian.personnel.People people;

    SupervisorFixture fx;
    SupervisorFixture.Agency zezhou;

    @BeforeEach
    void setUp() {
        clock.reset();
        fx = new SupervisorFixture(jdbc, users);
        zezhou = fx.agency("泽州县应急管理局");
    }

    /** A demo user as an actor (the workflow checks the real user's role in the step's agency). */
    TestActors.TestActor demo(String username, String... permissions) {
        return jdbc.sql("""
                        SELECT u.id, u.agency_id, a.name, a.jurisdiction_id, a.scope_path FROM iam_user u
                        JOIN org_agency a ON a.id = u.agency_id WHERE u.username = :u""").param("u", username)
                .query((rs, n) -> new TestActors.TestActor(rs.getLong(1), username, username, rs.getLong(2), rs.getString(3),
                        null, rs.getLong(4), new Scope(rs.getString(5)), Set.of(permissions))).single();
    }

    long proposed(TestActors.TestActor hr, String name) {
        long person = fx.person(zezhou, name, SupervisorFixture.idCard(), "13900000000");
        long id = service.create(hr, new SupervisorService.NewAppointment(person, "RECOMMENDATION", "UNIVERSITY",
                "太原理工大学", null, null));
        LocalDate today = LocalDate.now(clock);
        service.recordPersonConsent(hr, id, today, "书面同意");
        service.recordEmployerConsent(hr, id, "太原理工大学", today, "学校同意函");
        service.propose(hr, id);
        return id;
    }

    @Test
    @DisplayName("SS-03 SS-07 the proposal goes Zezhou → Jincheng → Shanxi level by level; no level skipped; the province issues the certificate")
    void escalation() {
        TestActors.TestActor hr = demo("zz_hr", "personnel:read", "supervisor:manage");
        long id = proposed(hr, "高志刚");
        Supervisor s = service.get(hr, id);
        assertThat(s.status).isEqualTo(SupervisorStatus.PROPOSED);
        FlowId flow = new FlowId(s.flowId);
        assertThat(workflows.find(flow).orElseThrow().state()).isEqualTo(FlowState.RUNNING);

        workflows.decide(flow, demo("zz_director", "workflow:inbox"), Decision.APPROVE, "同意聘任");
        // the province cannot decide before the city (ORG-04)
        TestActors.TestActor province = demo("sx_hr", "workflow:inbox");
        assertThatThrownBy(() -> workflows.decide(flow, province, Decision.APPROVE, "同意"))
                .isInstanceOf(BusinessException.class);
        assertThat(service.get(hr, id).status).isEqualTo(SupervisorStatus.PROPOSED);

        workflows.decide(flow, demo("jc_hr", "workflow:inbox"), Decision.APPROVE, "同意上报");
        assertThat(service.get(hr, id).certificateNo).isNull();
        workflows.decide(flow, province, Decision.APPROVE, "同意，颁发工作证");

        Supervisor appointed = service.get(hr, id);
        assertThat(appointed.status).isEqualTo(SupervisorStatus.APPOINTED);
        assertThat(appointed.certificateNo).startsWith("晋应急社监证〔");
        assertThat(appointed.termStart).isEqualTo(LocalDate.now(clock));
        assertThat(appointed.termEnd).isEqualTo(LocalDate.now(clock).plusYears(3).minusDays(1));
        assertThat(jdbc.sql("select count(*) from per_supervisor_term where supervisor_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);
        // SS-07: unpaid, recorded on the appointment; the person's page lists the role
        assertThat(jdbc.sql("select unpaid from per_supervisor where id = :id").param("id", id).query(Boolean.class).single()).isTrue();
        assertThat(people.roles(appointed.personId)).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo(cn.anjian.personnel.PersonRole.SUPERVISOR);
            assertThat(r.active()).isTrue();
        });

        // a login for the supervisor: SOCIAL_SUPERVISOR in the appointing department, linked to the appointment
        String username = "ss_login" + SupervisorFixture.next();
        long user = service.createLogin(hr, id, username, "Jiandu@2026x");
        assertThat(service.findByUser(user)).get().satisfies(ref -> {
            assertThat(ref.supervisorId()).isEqualTo(id);
            assertThat(ref.active()).isTrue();
            assertThat(ref.agencyId()).isEqualTo(zezhou.id());
        });
        assertThat(jdbc.sql("select role_code from iam_user_role where user_id = :u").param("u", user)
                .query(String.class).list()).containsExactly("SOCIAL_SUPERVISOR");
        assertThatThrownBy(() -> service.createLogin(hr, id, username + "b", "Jiandu@2026x"))
                .hasMessageContaining("已有登录账号");
    }

    @Test
    @DisplayName("SS-03 a rejection at the city ends the proposal without a certificate")
    void rejected() {
        TestActors.TestActor hr = demo("zz_hr", "personnel:read", "supervisor:manage");
        long id = proposed(hr, "罗明");
        FlowId flow = new FlowId(service.get(hr, id).flowId);
        workflows.decide(flow, demo("zz_director", "workflow:inbox"), Decision.APPROVE, "同意");
        workflows.decide(flow, demo("jc_hr", "workflow:inbox"), Decision.REJECT, "推荐材料不全");
        Supervisor s = service.get(hr, id);
        assertThat(s.status).isEqualTo(SupervisorStatus.REJECTED);
        assertThat(s.certificateNo).isNull();
    }

    @Test
    @DisplayName("SS-07 renewal escalates like the appointment and issues a new certificate for the next three-year term")
    void renewal() {
        TestActors.TestActor hr = demo("zz_hr", "personnel:read", "supervisor:manage");
        SupervisorFixture.Appointed a = fx.appointed(zezhou, "段文杰", LocalDate.now(clock).minusYears(3).plusMonths(2));
        service.requestRenewal(hr, a.supervisorId());
        Supervisor s = service.get(hr, a.supervisorId());
        LocalDate oldEnd = s.termEnd;
        FlowId flow = new FlowId(s.renewalFlowId);
        assertThat(s.renewalLate).isTrue(); // under three months before the end
        workflows.decide(flow, demo("zz_director", "workflow:inbox"), Decision.APPROVE, "同意续聘");
        workflows.decide(flow, demo("jc_hr", "workflow:inbox"), Decision.APPROVE, "同意");
        workflows.decide(flow, demo("sx_hr", "workflow:inbox"), Decision.APPROVE, "同意");
        Supervisor renewed = service.get(hr, a.supervisorId());
        assertThat(renewed.termNo).isEqualTo(2);
        assertThat(renewed.termStart).isEqualTo(oldEnd.plusDays(1));
        assertThat(renewed.renewalFlowId).isNull();
        assertThat(jdbc.sql("select late_renewal from per_supervisor_term where supervisor_id = :id and term_no = 2")
                .param("id", a.supervisorId()).query(Boolean.class).single()).isTrue();
    }
}
