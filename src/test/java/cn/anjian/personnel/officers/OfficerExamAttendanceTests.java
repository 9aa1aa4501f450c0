package cn.anjian.personnel.officers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Jurisdictions;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OFF-01 (山西省行政执法统一考试 before any certificate) and OFF-06 (attendance loses the year's award eligibility). */
@IntegrationTest
class OfficerExamAttendanceTests {

    @Autowired People people;
    @Autowired OfficerService officers;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired MutableClock clock;

    static final LocalDate DAY = LocalDate.of(2025, 3, 4);
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

    private long officer() {
        long id = people.create(zz, NewPerson.basic("测试执法员", IdCards.next(true), "13800001111")).id();
        officers.register(zz, id, new NewOfficer(null, DAY.minusYears(1), PostStatus.OFF_POST, DAY.minusDays(30)));
        return id;
    }

    private static NewCertificate cert(long id) {
        return new NewCertificate("晋执U" + id, CertificateKind.ENFORCEMENT, "山西省人民政府", DAY.minusDays(1), DAY.plusYears(5));
    }

    @Test
    @DisplayName("OFF-01 80 h and the safety-law exam are not enough: without a passed 山西省行政执法统一考试 the certificate is refused, nothing stored; a failed exam still refused, a passed one (date, score) admits")
    void unifiedExam() {
        long id = officer();
        officers.addTraining(zz, id, OfficerFixtures.preJob("80", true, DAY.minusDays(20)));
        assertThatThrownBy(() -> officers.addCertificate(zz, id, cert(id)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("尚未通过山西省行政执法统一考试")
                .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo("OFF-01"));
        officers.addTraining(zz, id, OfficerFixtures.unifiedExam(false, DAY.minusDays(10)));
        assertThatThrownBy(() -> officers.addCertificate(zz, id, cert(id))).hasMessageContaining("山西省行政执法统一考试");
        assertThat(officers.get(zz, id).certificates()).isEmpty();
        TrainingView exam = officers.addTraining(zz, id, OfficerFixtures.unifiedExam(true, DAY.minusDays(5)));
        assertThat(exam.examDate()).isEqualTo(DAY.minusDays(5));
        assertThat(exam.examScore()).isEqualByComparingTo("78");
        assertThat(officers.addCertificate(zz, id, cert(id)).number()).isEqualTo("晋执U" + id);
    }

    @Test
    @DisplayName("OFF-01 the exam's score is 0..100 and needs a result; a refused exam record stores nothing")
    void examInput() {
        long id = officer();
        NewTraining over = new NewTraining("公共法律知识培训", TrainingKind.PUBLIC_LAW, new BigDecimal("16"), DAY.minusDays(3),
                DAY.minusDays(1), true, ExamResult.PASSED, DAY.minusDays(1), new BigDecimal("100.5"), null);
        assertThatThrownBy(() -> officers.addTraining(zz, id, over))
                .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo("OFF-EXAM"));
        NewTraining noResult = new NewTraining("公共法律知识培训", TrainingKind.PUBLIC_LAW, new BigDecimal("16"), DAY.minusDays(3),
                DAY.minusDays(1), true, ExamResult.NONE, null, new BigDecimal("80"), null);
        assertThatThrownBy(() -> officers.addTraining(zz, id, noResult)).hasMessageContaining("未考试时不能填写");
        assertThat(officers.get(zz, id).trainings()).isEmpty();
        NewTraining hundred = new NewTraining("公共法律知识培训", TrainingKind.PUBLIC_LAW, new BigDecimal("16"), DAY.minusDays(3),
                DAY.minusDays(1), true, ExamResult.PASSED, null, new BigDecimal("100"), null);
        assertThat(officers.addTraining(zz, id, hundred).examDate()).isEqualTo(DAY.minusDays(1));
    }

    @Test
    @DisplayName("OFF-06 late at a training of 2025 loses the 2025 award eligibility (not 2024's); 不参加 counts no hours")
    void attendance() {
        long id = officer();
        officers.addTraining(zz, id, new NewTraining("2024 年度轮训", TrainingKind.REFRESHER, new BigDecimal("24"),
                LocalDate.of(2024, 12, 30), LocalDate.of(2024, 12, 31), true, ExamResult.NONE));
        officers.addTraining(zz, id, new NewTraining("2025 年度轮训", TrainingKind.REFRESHER, new BigDecimal("24"),
                DAY.minusDays(2), DAY.minusDays(1), true, ExamResult.NONE, null, null, Attendance.PRESENT));
        assertThat(officers.awardEligibility(zz, id, 2025).eligible()).isTrue();
        officers.addTraining(zz, id, new NewTraining("法治专题讲座", TrainingKind.REFRESHER, new BigDecimal("4"),
                LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 2), true, ExamResult.NONE, null, null, Attendance.LATE));
        AwardEligibility a = officers.awardEligibility(zz, id, 2025);
        assertThat(a.eligible()).isFalse();
        assertThat(a.reasons()).anyMatch(r -> r.startsWith("培训学习时迟到：法治专题讲座"));
        assertThat(officers.awardEligibility(zz, id, 2024).eligible()).isTrue();

        long other = officer();
        officers.addTraining(zz, other, new NewTraining("2025 年度轮训", TrainingKind.REFRESHER, new BigDecimal("24"),
                DAY.minusDays(2), DAY.minusDays(1), true, ExamResult.NONE, null, null, Attendance.NOT_ATTENDED));
        AwardEligibility b = officers.awardEligibility(zz, other, 2025);
        assertThat(b.reasons()).anyMatch(r -> r.startsWith("培训学习时不参加"));
        assertThat(b.reasons()).anyMatch(r -> r.contains("轮训 0 学时，0 次培训"));
        assertThat(officers.get(zz, other).yearHours()).isEqualByComparingTo("0");
    }
}
