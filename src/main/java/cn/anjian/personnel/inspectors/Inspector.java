package cn.anjian.personnel.inspectors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Masking;
import cn.anjian.personnel.InspectorCertificateCancelled;
import cn.anjian.personnel.InspectorDismissed;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A technical inspector's appointment (TI-07..TI-17): contract, term, work certificate and dismissal.
 * Every transition checks the current state and refuses with a {@link BusinessException} before
 * changing anything; the cancellation and the dismissal register the events the public notices
 * listen to, published when the repository saves the inspector.
 */
@Table("ti_inspector")
class Inspector extends AbstractAggregateRoot<Inspector> {

    @Id
    Long id;
    @Version
    Integer version;
    long personId;
    long agencyId;
    long jurisdictionId;
    String scopePath;
    InspectorKind kind;
    Long planId;
    Long applicantId;
    String recommendingBody;
    Specialty specialty;
    InspectorStatus status;
    LocalDate termStart;
    LocalDate termEnd;
    Long termDeadlineId;
    ContractKind contractKind;
    String contractDuties;
    String contractRights;
    String contractPay;
    String contractTermination;
    LocalDate assessmentPassedOn;
    String certificateNo;
    String certificateIssuer;
    LocalDate certificateIssuedOn;
    LocalDate certificateExpiresOn;
    WorkCertificateStatus certificateStatus;
    LocalDate certificateDestroyedOn;
    String certificateCancelReason;
    DismissalGround dismissalGround;
    String dismissalReason;
    LocalDate dismissedOn;
    String notifiedUnits;
    Instant createdAt;
    /** Display data for the registered events, not persisted. */
    @Transient
    String displayName;
    @Transient
    String agencyName;

    Inspector() {
    }

    /** The contract as checked by the caller (TI-08), with the term (TI-14). */
    record Contract(ContractKind kind, String duties, String rights, String pay, String termination) {
    }

    static Inspector appoint(long personId, long agencyId, long jurisdictionId, String scopePath, boolean partTime,
                             Long planId, Long applicantId, String body, Specialty specialty, LocalDate start,
                             LocalDate end, Contract contract, Instant at) {
        Inspector i = new Inspector();
        i.personId = personId;
        i.agencyId = agencyId;
        i.jurisdictionId = jurisdictionId;
        i.scopePath = scopePath;
        i.kind = partTime ? InspectorKind.PART_TIME : InspectorKind.FULL_TIME;
        i.planId = planId;
        i.applicantId = applicantId;
        i.recommendingBody = body;
        i.specialty = specialty;
        i.status = InspectorStatus.ACTIVE;
        i.termStart = start;
        i.termEnd = end;
        i.contractKind = contract.kind();
        i.contractDuties = contract.duties();
        i.contractRights = contract.rights();
        i.contractPay = contract.pay();
        i.contractTermination = contract.termination();
        i.certificateStatus = WorkCertificateStatus.NONE;
        i.createdAt = at;
        return i;
    }

    /** Display data for the events this inspector may register. */
    Inspector describedAs(String name, String agency) {
        this.displayName = name;
        this.agencyName = agency;
        return this;
    }

    void requireActive() {
        if (status != InspectorStatus.ACTIVE) {
            throw new BusinessException("TI-17", "该技术检查员" + status.label() + "，不能再办理此事项");
        }
    }

    boolean certificateValid() {
        return certificateStatus == WorkCertificateStatus.VALID;
    }

    /** TI-14: the calendar deadline tracking the term's end (none while its year has no holiday data). */
    void trackTerm(Long deadlineId) {
        this.termDeadlineId = deadlineId;
    }

    /** TI-14: a part-time term is renewed for another three years; returns the new term's start. */
    LocalDate renewTerm() {
        requireActive();
        if (kind != InspectorKind.PART_TIME) {
            throw new BusinessException("TI-14", "专职技术检查员的聘期按合同约定，由聘用部门另行确定");
        }
        LocalDate start = termEnd.plusDays(1);
        this.termEnd = InspectorRules.partTimeTermEnd(start);
        this.termDeadlineId = null;
        return start;
    }

    /** TI-11: the provincial department records the passed assessment. */
    void assessmentPassed(LocalDate passedOn, LocalDate today) {
        requireActive();
        if (passedOn == null || passedOn.isAfter(today)) {
            throw BusinessException.badInput("TI-11", "请填写考核合格日期（不能晚于今天）");
        }
        this.assessmentPassedOn = passedOn;
    }

    /** TI-11: 32 pre-job hours and the provincial assessment, then the province issues the certificate. */
    void issueCertificate(int preJobHours, String issuer, LocalDate expiresOn, LocalDate today) {
        requireActive();
        if (certificateValid()) {
            throw BusinessException.conflict("TI-11", "该技术检查员已持有有效工作证");
        }
        InspectorRules.checkCertificate(preJobHours, assessmentPassedOn != null);
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusYears(10))) {
            throw BusinessException.badInput("TI-11", "请填写工作证有效期至（晚于今天，不超过 10 年）");
        }
        if (today.isAfter(termEnd)) {
            throw new BusinessException("TI-14-TERM-ENDED", "聘期已于 " + termEnd + " 届满，不能再颁发工作证");
        }
        if (expiresOn.isAfter(termEnd)) {
            throw new BusinessException("TI-14-CERT-BEYOND-TERM", "工作证有效期不能超过聘期：聘期至 " + termEnd
                    + "，有效期至最晚填写该日");
        }
        this.certificateNo = "晋技检" + today.getYear() + String.format("%05d", id);
        this.certificateIssuer = issuer;
        this.certificateIssuedOn = today;
        this.certificateExpiresOn = expiresOn;
        this.certificateStatus = WorkCertificateStatus.VALID;
        this.certificateDestroyedOn = null;
        this.certificateCancelReason = null;
    }

    /** TI-15: renewal needs an active inspector holding a valid certificate. */
    void checkRenewable() {
        requireActive();
        if (!certificateValid()) {
            throw new BusinessException("TI-15", "没有有效工作证，不能申请换证");
        }
    }

    /**
     * TI-15: the province approved the renewal; the certificate runs on by the same validity, never
     * beyond the term (TI-14: a renewed term extends it at the next renewal).
     */
    void certificateRenewed(LocalDate today) {
        long validity = ChronoUnit.DAYS.between(certificateIssuedOn, certificateExpiresOn);
        LocalDate renewed = certificateExpiresOn.plusDays(Math.max(365, validity));
        this.certificateExpiresOn = renewed.isAfter(termEnd) ? termEnd : renewed;
        this.certificateIssuedOn = today;
    }

    /** TI-16: the hiring department destroys the certificate and reports it. */
    void certificateDestroyed(LocalDate destroyedOn, LocalDate today) {
        if (!certificateValid()) {
            throw new BusinessException("TI-16", "没有需要销毁的有效工作证");
        }
        if (destroyedOn == null || destroyedOn.isAfter(today)) {
            throw BusinessException.badInput("TI-16", "请填写销毁日期（不能晚于今天）");
        }
        this.certificateDestroyedOn = destroyedOn;
    }

    /** TI-16: the province cancels a certificate the hiring department destroyed; published. */
    void cancelCertificate(String reason, LocalDate today) {
        if (!certificateValid()) {
            throw new BusinessException("TI-16", "该工作证不是有效状态，无需注销");
        }
        if (certificateDestroyedOn == null) {
            throw new BusinessException("TI-16", "聘用部门尚未销毁原证并上报，不能注销");
        }
        String r = InspectorRules.text(reason, "注销原因", 500);
        this.certificateStatus = WorkCertificateStatus.CANCELLED;
        this.certificateCancelReason = r;
        registerEvent(new InspectorCertificateCancelled(id, Masking.name(displayName), certificateNo, agencyId, agencyName,
                jurisdictionId, scopePath, r, today));
    }

    /** TI-17: dismissal on a listed ground, notified to the relevant units and published. */
    void dismiss(DismissalGround ground, String reason, String notified, LocalDate today) {
        requireActive();
        if (ground == null) {
            throw new BusinessException("TI-17", "解聘须符合法定情形：无法胜任工作、无正当理由不履行职责、受到党纪政务处分或刑事处罚");
        }
        String r = InspectorRules.text(reason, "解聘原因", 2000);
        String units = InspectorRules.text(notified, "通报的有关部门和单位", 500);
        this.status = InspectorStatus.DISMISSED;
        this.dismissalGround = ground;
        this.dismissalReason = r;
        this.dismissedOn = today;
        this.notifiedUnits = units;
        registerEvent(new InspectorDismissed(id, Masking.name(displayName), certificateNo, agencyId, agencyName,
                jurisdictionId, scopePath, ground.getLabel(), r, today));
    }
}
