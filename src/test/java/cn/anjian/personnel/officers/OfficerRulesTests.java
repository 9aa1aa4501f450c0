package cn.anjian.personnel.officers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.BusinessException;
import cn.anjian.personnel.CertificateStatus;
import cn.anjian.personnel.PersonRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The officer rules without Spring. */
class OfficerRulesTests {

    static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    static TrainingView training(TrainingKind kind, String hours, boolean central, ExamResult exam, LocalDate start, LocalDate end) {
        return new TrainingView(1, 1, "课程", kind, new BigDecimal(hours), start, end, central, exam, null, null,
                Attendance.PRESENT);
    }

    static CertificateView cert(CertificateKind kind, CertificateStatus status, LocalDate from, LocalDate to) {
        return new CertificateView(1, 1, "晋执001", kind, "山西省人民政府", from, to, status, null, null, null, null, 0, null, null, null);
    }

    @Test
    @DisplayName("OFF-01 79 h refused, 80 h (in two parts) accepted")
    void preJobHours() {
        assertThatThrownBy(() -> OfficerRules.requireCertifiable(List.of(
                training(TrainingKind.PRE_JOB, "79", true, ExamResult.PASSED, DAY, DAY))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("仅 79 学时");
        assertThatCode(() -> OfficerRules.requireCertifiable(List.of(
                training(TrainingKind.PRE_JOB, "40", true, ExamResult.PASSED, DAY, DAY),
                training(TrainingKind.PRE_JOB, "40", true, ExamResult.NONE, DAY, DAY),
                training(TrainingKind.PUBLIC_LAW, "16", true, ExamResult.PASSED, DAY, DAY)))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("OFF-08 hours without a passed exam, or refresher hours, do not certify")
    void examAndKind() {
        assertThatThrownBy(() -> OfficerRules.requireCertifiable(List.of(
                training(TrainingKind.PRE_JOB, "80", true, ExamResult.FAILED, DAY, DAY))))
                .hasMessageContaining("尚未通过");
        assertThatThrownBy(() -> OfficerRules.requireCertifiable(List.of(
                training(TrainingKind.REFRESHER, "80", true, ExamResult.PASSED, DAY, DAY))))
                .hasMessageContaining("仅 0 学时");
    }

    @Test
    @DisplayName("OFF-02 23.5 h is short, 24 h is not; no training is short")
    void yearly() {
        assertThat(OfficerRules.shortfall(new BigDecimal("23.5"), 2)).isTrue();
        assertThat(OfficerRules.shortfall(new BigDecimal("24"), 1)).isFalse();
        assertThat(OfficerRules.shortfall(BigDecimal.ZERO, 0)).isTrue();
        List<TrainingView> ts = List.of(training(TrainingKind.REFRESHER, "20", true, ExamResult.NONE, DAY, DAY),
                training(TrainingKind.PUBLIC_LAW, "10", true, ExamResult.NONE, DAY, DAY),
                training(TrainingKind.REFRESHER, "10", true, ExamResult.NONE, DAY.minusYears(1), DAY.minusYears(1)));
        assertThat(OfficerRules.yearHours(ts, 2025)).isEqualByComparingTo("20");
        assertThat(OfficerRules.trainingsIn(ts, 2025)).isEqualTo(2);
    }

    @Test
    @DisplayName("OFF-03 valid on the last day, not the day after; suspended no; inspector-only gets the TI message")
    void eligibility() {
        CertificateView c = cert(CertificateKind.ENFORCEMENT, CertificateStatus.VALID, DAY.minusYears(1), DAY);
        List<PersonRole> officer = List.of(new PersonRole(PersonRole.OFFICER, "执法人员", "在岗", true));
        assertThat(OfficerRules.eligibility(1, DAY, List.of(c), officer).mayEnforce()).isTrue();
        assertThat(OfficerRules.eligibility(1, DAY.plusDays(1), List.of(c), officer).mayEnforce()).isFalse();
        assertThat(OfficerRules.eligibility(1, DAY.minusYears(1).minusDays(1), List.of(c), officer).mayEnforce()).isFalse();
        assertThat(OfficerRules.eligibility(1, DAY, List.of(cert(CertificateKind.ENFORCEMENT, CertificateStatus.SUSPENDED,
                DAY.minusYears(1), DAY)), officer).mayEnforce()).isFalse();
        var inspector = OfficerRules.eligibility(2, DAY, List.of(),
                List.of(new PersonRole(PersonRole.INSPECTOR, "技术检查员", "在聘", true)));
        assertThat(inspector.mayEnforce()).isFalse();
        assertThat(inspector.reasons().get(0)).startsWith("技术检查员不得独立执法");
    }

    @Test
    @DisplayName("OFF-04/05 certificate transitions: revoke from valid or suspended, no reinstating a revoked one, return once")
    void transitions() {
        assertThat(OfficerRules.next(CertificateStatus.VALID, CertificateAction.SUSPEND)).isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(OfficerRules.next(CertificateStatus.SUSPENDED, CertificateAction.REINSTATE)).isEqualTo(CertificateStatus.VALID);
        assertThat(OfficerRules.next(CertificateStatus.SUSPENDED, CertificateAction.REVOKE)).isEqualTo(CertificateStatus.REVOKED);
        assertThat(OfficerRules.next(CertificateStatus.VALID, CertificateAction.CANCEL)).isEqualTo(CertificateStatus.CANCELLED);
        assertThatThrownBy(() -> OfficerRules.next(CertificateStatus.REVOKED, CertificateAction.REINSTATE)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> OfficerRules.next(CertificateStatus.RETURNED, CertificateAction.CANCEL)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> OfficerRules.requireReturnable(CertificateStatus.RETURNED)).hasMessageContaining("OFF-05".isEmpty() ? "" : "已登记交回");
        assertThat(OfficerRules.OFF_POST_DAYS).isEqualTo(10);
    }

    @Test
    @DisplayName("OFF-07 14-day rotation counts, 13-day does not; due 3 years after the last one or after hiring")
    void rotation() {
        TrainingView thirteen = training(TrainingKind.ROTATION, "60", true, ExamResult.NONE, DAY, DAY.plusDays(12));
        TrainingView fourteen = training(TrainingKind.ROTATION, "60", true, ExamResult.NONE, DAY, DAY.plusDays(13));
        assertThat(OfficerRules.qualifyingRotation(thirteen)).isFalse();
        assertThat(OfficerRules.qualifyingRotation(fourteen)).isTrue();
        assertThat(OfficerRules.rotationDue(OfficerRules.lastRotation(List.of(thirteen, fourteen)), LocalDate.of(2000, 1, 1)))
                .isEqualTo(DAY.plusDays(13).plusYears(3));
        assertThat(OfficerRules.rotationDue(OfficerRules.lastRotation(List.of(thirteen)), LocalDate.of(2020, 5, 1)))
                .isEqualTo(LocalDate.of(2023, 5, 1));
    }
}
