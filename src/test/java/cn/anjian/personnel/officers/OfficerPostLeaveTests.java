package cn.anjian.personnel.officers;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors.TestActor;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.Eligibility;
import cn.anjian.personnel.EnforcerEligibility;
import cn.anjian.personnel.IdCards;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonnelFixtures;
import cn.anjian.personnel.PostStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OFF-05: leaving the enforcement post ends enforcement from that day; the certificate return is a deadline. */
@IntegrationTest
class OfficerPostLeaveTests {

    @Autowired People people;
    @Autowired OfficerService officers;
    @Autowired OfficerFixtures fixtures;
    @Autowired EnforcerEligibility eligibility;
    @Autowired Deadlines deadlines;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    // a Tuesday; the ten working days after 2025-03-03 end on 2025-03-17
    static final LocalDate TODAY = LocalDate.of(2025, 3, 4);
    TestActor zz;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2025, 3, 4, 10, 0));
        zz = PersonnelFixtures.hr(jurisdictions, agencies, "140525");
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    private long onPost() {
        long id = people.create(zz, NewPerson.basic("测试执法员", IdCards.next(true), "13800001111")).id();
        fixtures.certify(zz, id, TODAY.minusDays(30), "晋执L" + id);
        officers.changePost(zz, id, officers.get(zz, id).version(), PostStatus.ON_POST, TODAY.minusDays(20), null);
        return id;
    }

    private Long returnDeadline(long certificateId) {
        return jdbc.sql("SELECT return_deadline_id FROM off_certificate WHERE id = :id").param("id", certificateId)
                .query(Long.class).optional().orElse(null);
    }

    @Test
    @DisplayName("OFF-05 moved off post on D: may enforce on D-1, not on D (已调离执法岗位) though the certificate is valid")
    void leftPostEndsEnforcement() {
        long id = onPost();
        LocalDate d = TODAY.minusDays(1);
        officers.changePost(zz, id, officers.get(zz, id).version(), PostStatus.OFF_POST, d, "调任综合办公室");
        assertThat(eligibility.check(id, d.minusDays(1)).mayEnforce()).isTrue();
        Eligibility onD = eligibility.check(id, d);
        assertThat(onD.mayEnforce()).isFalse();
        assertThat(onD.reasons()).anyMatch(r -> r.startsWith("已调离执法岗位"));
        assertThat(officers.get(zz, id).certificates().get(0).validOn(d)).isTrue();
    }

    @Test
    @DisplayName("OFF-05 leaving the post opens a 10-working-day return deadline, met when the return is recorded; a second return is refused")
    void returnDeadline() {
        long id = onPost();
        LocalDate d = LocalDate.of(2025, 3, 3);
        officers.changePost(zz, id, officers.get(zz, id).version(), PostStatus.OFF_POST, d, "调任综合办公室");
        CertificateView c = officers.get(zz, id).certificates().get(0);
        Long deadlineId = returnDeadline(c.id());
        assertThat(deadlineId).isNotNull();
        DeadlineView dl = deadlines.find(new DeadlineId(deadlineId)).orElseThrow();
        assertThat(dl.ruleId()).isEqualTo("OFF-05");
        assertThat(dl.dueDate()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(dl.state()).isEqualTo(DeadlineState.OPEN);
        CertificateView returned = officers.returnCertificate(zz, c.id(), c.version(), TODAY, "县司法局 王科长");
        assertThat(deadlines.find(new DeadlineId(deadlineId)).orElseThrow().state()).isEqualTo(DeadlineState.MET);
        assertThatThrownBy(() -> officers.returnCertificate(zz, c.id(), returned.version(), TODAY, "县司法局"))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo("OFF-05"));
    }

    @Test
    @DisplayName("OFF-05 back on post before handing the certificate back: the return deadline is waived and enforcement resumes")
    void backOnPost() {
        long id = onPost();
        officers.changePost(zz, id, officers.get(zz, id).version(), PostStatus.OFF_POST, TODAY.minusDays(3), null);
        Long deadlineId = returnDeadline(officers.get(zz, id).certificates().get(0).id());
        officers.changePost(zz, id, officers.get(zz, id).version(), PostStatus.ON_POST, TODAY, null);
        assertThat(deadlines.find(new DeadlineId(deadlineId)).orElseThrow().state()).isEqualTo(DeadlineState.WAIVED);
        assertThat(eligibility.check(id, TODAY.minusDays(1)).mayEnforce()).isFalse();
        assertThat(eligibility.check(id, TODAY).mayEnforce()).isTrue();
    }
}
