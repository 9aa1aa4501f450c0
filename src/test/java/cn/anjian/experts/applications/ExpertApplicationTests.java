package cn.anjian.experts.applications;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** EXP-03..05: the window, the commitments, eligibility exceptions, the review pipeline, the notice and the archive. */
@IntegrationTest
class ExpertApplicationTests {

    static final String PORTAL = "140525";

    @Autowired ApplicationIntake intake;
    @Autowired ApplicationWindows windows;
    @Autowired ApplicationReview review;
    @Autowired ApplicationNotice notice;
    @Autowired ApplicationRepository applications;
    @Autowired Workflows workflows;
    @Autowired ActingUsers users;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    Actor hr;
    Actor head;
    Actor deputy;
    Actor director;
    static int serial;

    @BeforeEach
    void actors() {
        hr = users.actor("zz_hr").orElseThrow();
        head = users.actor("zz_unithead").orElseThrow();
        deputy = users.actor("zz_deputy").orElseThrow();
        director = users.actor("zz_director").orElseThrow();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static NewApplication form(ApplicationLevel level, LocalDate born, boolean commitments) {
        int n = ++serial;
        return new NewApplication(ApplicationSource.SELF, null, level, "申报测试" + n, Gender.MALE, born,
                IdCardNumber.complete("14052519700101" + String.format("%03d", 500 + n)).value(), "13900002222", null,
                Employment.ON_DUTY, "晋城测试研究院", null, null, "高级工程师", TitleGrade.ASSOCIATE_SENIOR, Qualification.NONE,
                null, null, null, 12, 0, false, true, true, "COAL", List.of("COAL_GAS"), "2000 年至今从事煤矿通风安全工作",
                null, null, null, commitments, true, true, true);
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM exp_application").query(Long.class).single();
    }

    ExpertApplication submitted(NewApplication f) {
        return intake.track(intake.submit(PORTAL, f, List.of())).orElseThrow();
    }

    @Test
    @DisplayName("EXP-04 applications are taken in June (Beijing time): May 31 23:59 and July 1 00:00 refused, June 1 00:00 and June 30 23:59 accepted")
    void window() {
        NewApplication f = form(ApplicationLevel.SENIOR, LocalDate.of(1975, 3, 1), true);
        clock.set(LocalDateTime.of(2026, 5, 31, 23, 59));
        long before = count();
        assertThatThrownBy(() -> intake.submit(PORTAL, f, List.of())).isInstanceOf(BusinessException.class)
                .extracting("code").isEqualTo("EXP-04");
        assertThat(count()).isEqualTo(before);
        clock.set(LocalDateTime.of(2026, 6, 1, 0, 0));
        assertThat(intake.submit(PORTAL, f, List.of())).startsWith("ZJ");
        clock.set(LocalDateTime.of(2026, 6, 30, 23, 59));
        assertThat(intake.submit(PORTAL, form(ApplicationLevel.SENIOR, LocalDate.of(1975, 3, 1), true), List.of())).startsWith("ZJ");
        clock.set(LocalDateTime.of(2026, 7, 1, 0, 0));
        NewApplication late = form(ApplicationLevel.SENIOR, LocalDate.of(1975, 3, 1), true);
        assertThatThrownBy(() -> intake.submit(PORTAL, late, List.of())).isInstanceOf(BusinessException.class)
                .extracting("code").isEqualTo("EXP-04");
    }

    @Test
    @DisplayName("EXP-04 an extra window HR opened for the agency takes applications outside June; the four commitments are required")
    void extraWindowAndCommitments() {
        clock.set(LocalDateTime.of(2026, 9, 1, 9, 0));
        NewApplication f = form(ApplicationLevel.SENIOR, LocalDate.of(1975, 3, 1), true);
        assertThatThrownBy(() -> intake.submit(PORTAL, f, List.of())).extracting("code").isEqualTo("EXP-04");
        windows.open(hr, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15), "补充森林防灭火专家");
        assertThat(intake.submit(PORTAL, f, List.of())).startsWith("ZJ");
        assertThatThrownBy(() -> intake.submit(PORTAL, form(ApplicationLevel.SENIOR, LocalDate.of(1975, 3, 1), false), List.of()))
                .extracting("code").isEqualTo("EXP-04-COMMITMENT");
        clock.set(LocalDateTime.of(2026, 9, 16, 0, 0));
        assertThatThrownBy(() -> intake.submit(PORTAL, f, List.of())).extracting("code").isEqualTo("EXP-04");
    }

    @Test
    @DisplayName("EXP-03 an applicant over 65 is not sent to review without an exception, which someone other than its requester approves")
    void exception() {
        clock.set(LocalDateTime.of(2026, 6, 10, 9, 0));
        ExpertApplication x = submitted(form(ApplicationLevel.SENIOR, LocalDate.of(1958, 1, 1), true));
        assertThatThrownBy(() -> review.startReview(hr, x.id)).extracting("code").isEqualTo("EXP-03");
        assertThat(workflows.forSubject(ApplicationReview.SUBJECT, String.valueOf(x.id))).isEmpty();
        review.requestException(hr, x.id, "研究成果获市级应急管理部门认可，年龄放宽");
        assertThatThrownBy(() -> review.startReview(hr, x.id)).extracting("code").isEqualTo("EXP-03");
        assertThatThrownBy(() -> review.approveException(hr, x.id)).extracting("code").isEqualTo("EXP-03-FOUR-EYES");
        review.approveException(head, x.id);
        review.startReview(hr, x.id);
        assertThat(applications.findById(x.id).orElseThrow().status).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    @DisplayName("EXP-05 review in order, 5-day notice, the meeting refused during the notice and while an objection is open, then admission, numbers and a 5-year archive")
    void pipeline() {
        clock.set(LocalDateTime.of(2026, 6, 10, 9, 0));
        ExpertApplication x = submitted(form(ApplicationLevel.SENIOR, LocalDate.of(1975, 3, 1), true));
        FlowId flow = review.startReview(hr, x.id);
        assertThatThrownBy(() -> workflows.decide(flow, hr, Decision.APPROVE, "同意")).isInstanceOf(BusinessException.class);
        for (Actor a : List.of(head, deputy, head, director)) {
            workflows.decide(flow, a, Decision.APPROVE, "同意");
        }
        ExpertApplication n = applications.findById(x.id).orElseThrow();
        assertThat(n.status).isEqualTo(ApplicationStatus.NOTICE);
        assertThat(n.noticeUntil).isAfterOrEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(notice.candidates(intake.portalPool(PORTAL))).extracting(ApplicationNotice.Candidate::name).contains(x.name);

        notice.object(PORTAL, x.id, "该申报人工作年限不实", "13900003333");
        assertThatThrownBy(() -> review.startMeeting(hr, x.id)).extracting("code").isEqualTo("EXP-05");
        clock.set(n.noticeUntil.plusDays(1).atTime(9, 0));
        assertThatThrownBy(() -> notice.object(PORTAL, x.id, "迟到的异议", null)).extracting("code").isEqualTo("EXP-05-NOTICE");
        assertThatThrownBy(() -> review.startMeeting(hr, x.id)).hasMessageContaining("异议");
        long objection = jdbc.sql("SELECT id FROM exp_application_objection WHERE application_id = :a").param("a", x.id)
                .query(Long.class).single();
        review.handleObjection(hr, x.id, objection, false, "经核查工作年限属实，异议不成立");

        FlowId meeting = review.startMeeting(hr, x.id);
        workflows.decide(meeting, director, Decision.APPROVE, "局长办公会审定通过");
        ExpertApplication done = applications.findById(x.id).orElseThrow();
        assertThat(done.status).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(done.jointDocNumber).isNotBlank();
        assertThat(done.certificateNumber).isNotBlank().isNotEqualTo(done.jointDocNumber);
        assertThat(jdbc.sql("SELECT status FROM exp_expert WHERE id = :e").param("e", done.expertId).query(String.class).single())
                .isEqualTo("ACTIVE");

        assertThat(done.retainUntil).isEqualTo(done.decidedOn.plusYears(5));
        clock.set(done.retainUntil.minusDays(1).atTime(12, 0));
        assertThatThrownBy(() -> review.deleteArchive(hr, x.id)).extracting("code").isEqualTo("EXP-05-ARCHIVE");
        clock.set(done.retainUntil.atTime(0, 0).plus(Duration.ofMinutes(1)));
        review.deleteArchive(hr, x.id);
        assertThat(applications.findById(x.id)).isEmpty();
    }

    @Test
    @DisplayName("EXP-05 an application still under review cannot be deleted; the meeting cannot start before the notice")
    void archiveAndOrder() {
        clock.set(LocalDateTime.of(2026, 6, 11, 9, 0));
        ExpertApplication x = submitted(form(ApplicationLevel.SENIOR, LocalDate.of(1976, 3, 1), true));
        assertThatThrownBy(() -> review.deleteArchive(hr, x.id)).extracting("code").isEqualTo("EXP-05-ARCHIVE");
        assertThatThrownBy(() -> review.startMeeting(hr, x.id)).extracting("code").isEqualTo("EXP-APPLICATION-STATE");
    }
}
