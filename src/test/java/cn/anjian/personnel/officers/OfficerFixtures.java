package cn.anjian.personnel.officers;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.anjian.kernel.Actor;
import cn.anjian.personnel.PostStatus;
import org.springframework.stereotype.Component;

/**
 * Officers for other modules' tests (cases, recording): a recorded person registered as an officer, with
 * or without a valid enforcement certificate, or with it revoked, through the same service methods as the pages.
 */
@Component
public class OfficerFixtures {

    private final OfficerService officers;

    OfficerFixtures(OfficerService officers) {
        this.officers = officers;
    }

    /** Registers the person as an officer off post since {@code day} − 30 days, without a certificate. */
    public void register(Actor hr, long personId, LocalDate day) {
        officers.register(hr, personId, new NewOfficer(null, day.minusYears(1), PostStatus.OFF_POST, day.minusDays(30)));
    }

    /**
     * Registers the person and gives a valid enforcement certificate {@code number} (after the 80 h pre-job training with
     * its safety-law exam and the passed 山西省行政执法统一考试, OFF-01).
     */
    public void certify(Actor hr, long personId, LocalDate day, String number) {
        register(hr, personId, day);
        officers.addTraining(hr, personId, preJob("80", true, day.minusDays(20)));
        officers.addTraining(hr, personId, unifiedExam(true, day.minusDays(15)));
        officers.addCertificate(hr, personId, new NewCertificate(number, CertificateKind.ENFORCEMENT, "山西省人民政府",
                day.minusDays(10), day.plusYears(5)));
    }

    /** Revokes the person's enforcement certificate on {@code on} (e.g. obtained by deception). */
    public void revoke(Actor hr, long personId, LocalDate on, String reason) {
        CertificateView c = officers.get(hr, personId).certificates().stream()
                .filter(x -> x.kind() == CertificateKind.ENFORCEMENT).findFirst().orElseThrow();
        officers.changeCertificate(hr, c.id(), c.version(), CertificateAction.REVOKE, on, reason);
    }

    static NewTraining preJob(String hours, boolean passed, LocalDate end) {
        return new NewTraining("安全生产监察员岗前培训", TrainingKind.PRE_JOB, new BigDecimal(hours), end.minusDays(14), end, true,
                passed ? ExamResult.PASSED : ExamResult.NONE);
    }

    /** OFF-01: the public-law training whose exam is the 山西省行政执法统一考试, passed (score 78) or failed (52). */
    static NewTraining unifiedExam(boolean passed, LocalDate end) {
        return new NewTraining("公共法律知识培训", TrainingKind.PUBLIC_LAW, new BigDecimal("16"), end.minusDays(2), end, true,
                passed ? ExamResult.PASSED : ExamResult.FAILED, end, new BigDecimal(passed ? "78" : "52"), null);
    }

    static NewTraining refresher(String hours, LocalDate end) {
        return new NewTraining("年度轮训", TrainingKind.REFRESHER, new BigDecimal(hours), end.minusDays(2), end, true, ExamResult.NONE);
    }
}
