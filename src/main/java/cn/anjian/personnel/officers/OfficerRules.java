package cn.anjian.personnel.officers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.BusinessException;
import cn.anjian.personnel.CertificateStatus;
import cn.anjian.personnel.Eligibility;
import cn.anjian.personnel.PersonRole;

/**
 * The officer rules as plain functions (tested without Spring). The thresholds are fixed by the regulations'
 * text (001 art. 2–5, 003 §7) and RULES.md calls none of them configurable, so they are constants, not settings.
 */
final class OfficerRules {

    /** OFF-01: centralised pre-job class hours required before certification. */
    static final BigDecimal PRE_JOB_HOURS = new BigDecimal("80");
    /** OFF-02: yearly class hours. */
    static final BigDecimal YEARLY_HOURS = new BigDecimal("24");
    /** OFF-04: calendar days to move an officer without a certificate off post. */
    static final int OFF_POST_DAYS = 10;
    /** OFF-07: rotation training of at least two weeks, once every 3 years. */
    static final int ROTATION_MIN_DAYS = 14;
    static final int ROTATION_YEARS = 3;

    private OfficerRules() {
    }

    /**
     * OFF-01 / OFF-08 (凡进必考必训): refuses unless ≥ 80 centralised pre-job hours, a passed safety-law exam and a passed
     * 山西省行政执法统一考试 (001 art. 4(二); every officer, 003 §7). Trainings the officer did not take part in count for nothing.
     */
    static void requireCertifiable(List<TrainingView> trainings) {
        BigDecimal hours = trainings.stream()
                .filter(t -> t.kind() == TrainingKind.PRE_JOB && t.centralised() && t.attendance().tookPart())
                .map(TrainingView::classHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean passed = trainings.stream().anyMatch(t -> t.passed(TrainingKind.PRE_JOB));
        boolean unified = trainings.stream().anyMatch(t -> t.passed(TrainingKind.PUBLIC_LAW));
        List<String> missing = new ArrayList<>();
        if (hours.compareTo(PRE_JOB_HOURS) < 0) {
            missing.add("集中脱产岗前培训仅 " + hours.stripTrailingZeros().toPlainString() + " 学时，不足 80 学时");
        }
        if (!passed) {
            missing.add("尚未通过岗前安全生产法律知识考核");
        }
        if (!unified) {
            missing.add("尚未通过山西省行政执法统一考试");
        }
        if (!missing.isEmpty()) {
            throw new BusinessException("OFF-01", "不能登记执法证件：" + String.join("；", missing) + "（凡进必考必训）");
        }
    }

    /** The status a certificate moves to, or a refusal when the transition is not allowed from {@code current}. */
    static CertificateStatus next(CertificateStatus current, CertificateAction action) {
        CertificateStatus target = switch (action) {
            case SUSPEND -> current == CertificateStatus.VALID ? CertificateStatus.SUSPENDED : null;
            case REINSTATE -> current == CertificateStatus.SUSPENDED ? CertificateStatus.VALID : null;
            case REVOKE -> current == CertificateStatus.VALID || current == CertificateStatus.SUSPENDED ? CertificateStatus.REVOKED : null;
            case CANCEL -> current == CertificateStatus.VALID || current == CertificateStatus.SUSPENDED ? CertificateStatus.CANCELLED : null;
        };
        if (target == null) {
            throw new BusinessException("OFF-CERT-STATE", "证件当前状态为“" + current.label() + "”，不能" + action.label());
        }
        return target;
    }

    /** OFF-05: any certificate not yet returned can be handed back. */
    static void requireReturnable(CertificateStatus current) {
        if (current == CertificateStatus.RETURNED) {
            throw new BusinessException("OFF-05", "该证件已登记交回，不能重复登记");
        }
    }

    /** OFF-02: short of the year when under 24 class hours or without any training in the year. */
    static boolean shortfall(BigDecimal yearHours, int trainingsInYear) {
        return trainingsInYear == 0 || yearHours.compareTo(YEARLY_HOURS) < 0;
    }

    static BigDecimal yearHours(List<TrainingView> trainings, int year) {
        return trainings.stream().filter(t -> t.endDate().getYear() == year && t.kind().countsForYear() && t.attendance().tookPart())
                .map(TrainingView::classHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static int trainingsIn(List<TrainingView> trainings, int year) {
        return (int) trainings.stream().filter(t -> t.endDate().getYear() == year && t.attendance().tookPart()).count();
    }

    /** OFF-07: a rotation training counts when it lasted at least two weeks (14 calendar days, both ends counted). */
    static boolean qualifyingRotation(TrainingView t) {
        return t.kind() == TrainingKind.ROTATION && ChronoUnit.DAYS.between(t.startDate(), t.endDate()) + 1 >= ROTATION_MIN_DAYS;
    }

    /** OFF-07: the next rotation is due 3 years after the last qualifying one, or after {@code since} if none. */
    static LocalDate rotationDue(Optional<LocalDate> lastRotation, LocalDate since) {
        return lastRotation.orElse(since).plusYears(ROTATION_YEARS);
    }

    static Optional<LocalDate> lastRotation(List<TrainingView> trainings) {
        return trainings.stream().filter(OfficerRules::qualifyingRotation).map(TrainingView::endDate)
                .max(Comparator.naturalOrder());
    }

    /** OFF-03: the enforcer question, from the person's certificates and roles (no post history: never left a post). */
    static Eligibility eligibility(long personId, LocalDate day, List<CertificateView> certificates, List<PersonRole> roles) {
        return eligibility(personId, day, certificates, roles, null);
    }

    /**
     * OFF-03 / OFF-05 / OFF-10: may the person enforce on {@code day}? Never an auxiliary staff member (OFF-10); never an
     * officer who left the enforcement post on or before the day ({@code leftPostOn}, OFF-05); otherwise only with an
     * enforcement certificate valid on that very day (OFF-03: invalid from the day it was revoked, cancelled, returned
     * or suspended, valid before).
     */
    static Eligibility eligibility(long personId, LocalDate day, List<CertificateView> certificates, List<PersonRole> roles,
                                   LocalDate leftPostOn) {
        boolean officer = has(roles, PersonRole.OFFICER);
        if (roles.stream().anyMatch(r -> PersonRole.AUXILIARY.equals(r.code()) && r.active())) {
            return refused(personId, day, List.of(AUXILIARY_REASON));
        }
        if (leftPostOn != null && !day.isBefore(leftPostOn)) {
            return refused(personId, day, List.of(LEFT_POST_REASON + "（自 " + leftPostOn + " 起不得从事行政执法）"));
        }
        Optional<CertificateView> valid = certificates.stream()
                .filter(c -> c.kind() == CertificateKind.ENFORCEMENT && c.validOn(day))
                .max(Comparator.comparing(CertificateView::validTo));
        if (valid.isPresent()) {
            CertificateView c = valid.get();
            return new Eligibility(personId, day, true, c.number(),
                    List.of("持有有效的山西省行政执法证（" + c.number() + "，有效期至 " + c.validTo() + "）"));
        }
        List<String> reasons = new ArrayList<>();
        if (has(roles, PersonRole.INSPECTOR) && !officer) {
            reasons.add("技术检查员不得独立执法，只能作为执法辅助人员参加检查，不能担任执法组组长或签署执法文书");
        } else if (!officer) {
            reasons.add("不是登记的执法人员");
        }
        List<CertificateView> enforcement = certificates.stream().filter(c -> c.kind() == CertificateKind.ENFORCEMENT).toList();
        if (officer && enforcement.isEmpty()) {
            reasons.add("未取得山西省行政执法证");
        }
        for (CertificateView c : enforcement) {
            reasons.add(invalidReason(c, day));
        }
        return refused(personId, day, reasons);
    }

    /** OFF-05: the reason an officer who left the enforcement post may no longer enforce. */
    static final String LEFT_POST_REASON = "已调离执法岗位";
    /** OFF-10: auxiliary staff are never enforcers. */
    static final String AUXILIARY_REASON = "执法辅助人员不是行政执法人员，不得从事行政执法，不能作为执法人员出示、公示或签署执法文书";

    /** Why an enforcement certificate does not hold on {@code day} (the caller knows it does not). */
    static String invalidReason(CertificateView c, LocalDate day) {
        String name = "行政执法证 " + c.number();
        if (day.isAfter(c.validTo())) {
            return name + " 已于 " + c.validTo() + " 过期";
        }
        if (day.isBefore(c.validFrom())) {
            return name + " 自 " + c.validFrom() + " 起生效";
        }
        if (c.endedOn(day)) {
            return name + " 自 " + c.invalidFrom() + " 起失效（状态为“" + c.status().label() + "”）";
        }
        if (c.suspendedOn(day)) {
            return name + " 自 " + c.suspendedFrom() + " 起暂扣" + (c.suspendedTo() == null ? "" : "，" + c.suspendedTo() + " 恢复");
        }
        return name + " 状态为“" + c.status().label() + "”";
    }

    private static boolean has(List<PersonRole> roles, String code) {
        return roles.stream().anyMatch(r -> code.equals(r.code()));
    }

    private static Eligibility refused(long personId, LocalDate day, List<String> reasons) {
        return new Eligibility(personId, day, false, null, List.copyOf(reasons));
    }
}
