package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.anjian.kernel.Actor;
import cn.anjian.personnel.OfficerOnboarding;
import cn.anjian.personnel.PostStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link OfficerOnboarding}: the officer demo's own sequence (register, pre-job and public-law trainings with their
 * exams, the rotation training of the last three years and this year's refresher hours, the certificate, on post),
 * so the officer lists show no OFF-02/OFF-04/OFF-07 shortfall for a fully qualified officer.
 */
@Service
@RequiredArgsConstructor
class OfficerOnboardingService implements OfficerOnboarding {

    private final OfficerService officers;
    private final OfficerSupport support;

    @Override
    @Transactional
    public void certify(Actor hr, long personId, Certified r) {
        LocalDate hired = r.hiredOn();
        LocalDate trained = r.trainedOn();
        officers.registerOnly(hr, personId, new NewOfficer(null, hired, PostStatus.OFF_POST, hired));
        officers.addTraining(hr, personId, new NewTraining("安全生产监察员岗前培训", TrainingKind.PRE_JOB, new BigDecimal("80"),
                trained, trained.plusDays(13), true, ExamResult.PASSED));
        officers.addTraining(hr, personId, new NewTraining("公共法律知识培训", TrainingKind.PUBLIC_LAW, new BigDecimal("16"),
                trained.plusDays(15), trained.plusDays(17), true, ExamResult.PASSED));
        LocalDate today = support.today();
        LocalDate rotation = today.minusYears(1).minusDays(personId % 90);
        officers.addTraining(hr, personId, new NewTraining("执法骨干轮训班", TrainingKind.ROTATION, new BigDecimal("80"),
                rotation.minusDays(13), rotation, true, ExamResult.PASSED));
        LocalDate refresher = today.minusDays(Math.min(10, today.getDayOfYear() - 1));
        officers.addTraining(hr, personId, new NewTraining(today.getYear() + " 年度安全生产执法轮训", TrainingKind.REFRESHER,
                new BigDecimal("24"), refresher, refresher, true, ExamResult.NONE));
        officers.addCertificate(hr, personId, new NewCertificate(r.certificateNumber(), CertificateKind.ENFORCEMENT,
                r.issuer(), r.validFrom(), r.validFrom().plusYears(5).minusDays(1)));
        officers.changePost(hr, personId, officers.get(hr, personId).version(), PostStatus.ON_POST,
                r.validFrom().isAfter(hired) ? r.validFrom() : hired, "安排到执法岗位");
    }
}
