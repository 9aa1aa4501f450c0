package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agency;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TI-11 assessment and certificate, TI-15 renewal through the province, TI-16 destruction and cancellation. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class InspectorCertificates {

    private final InspectorSupport support;
    private final InspectorQueries queries;
    private final RenewalRepository renewals;
    private final EquipmentRepository equipment;
    private final PlanApproval approval;

    /** TI-11: the provincial department records the passed assessment. */
    @Transactional
    InspectorView recordAssessment(Actor actor, long id, LocalDate passedOn) {
        support.requireProvince(actor, "技术检查员考核由省级应急管理部门组织");
        InspectorView before = support.requireActive(actor, id);
        Inspector i = support.load(before);
        i.assessmentPassed(passedOn, support.today());
        return support.save("ti.assessment.passed", before, i);
    }

    /** TI-11: 32 pre-job hours and the provincial assessment, then the province issues the work certificate. */
    @Transactional
    InspectorView issueCertificate(Actor actor, long id, LocalDate expiresOn) {
        Agency province = support.requireProvince(actor, "技术检查员工作证由省级应急管理部门统一颁发");
        InspectorView before = support.requireActive(actor, id);
        Inspector i = support.load(before);
        LocalDate today = support.today();
        i.issueCertificate(queries.preJobHours(id), province.name(), expiresOn, today);
        equipment.save(Equipment.issue(id, EquipmentKind.CERTIFICATE, "技术检查员工作证 " + i.certificateNo, today));
        return support.save("ti.certificate.issued", before, i);
    }

    // ---- TI-15: certificate renewal ----

    @Transactional
    RenewalView applyRenewal(Actor actor, long id) {
        InspectorView i = support.requireActive(actor, id);
        InspectorSupport.requireHiringAgency(actor, i);
        support.load(i).checkRenewable();
        if (renewals.existsByInspectorIdAndStatus(id, RenewalStatus.PENDING)) {
            throw BusinessException.conflict("TI-15", "已有换证申请正在逐级申报中");
        }
        Renewal renewal = renewals.save(Renewal.apply(id, support.today(), i.certificateExpiresOn()));
        long rid = renewal.id;
        renewal.escalated(approval.startRenewal(rid, id, i.name() + " 技术检查员工作证换证申请", i.agencyId(), actor));
        renewals.save(renewal);
        support.publish(AuditableEvent.change("ti.renewal.applied", "ti-inspector", id, null,
                Map.of("renewalId", rid, "late", renewal.late, "expiresOn", i.certificateExpiresOn().toString())));
        return queries.renewals(id).stream().filter(r -> r.id() == rid).findFirst().orElseThrow();
    }

    /** The province decided the escalated renewal: approved extends the certificate by the same validity. */
    @Transactional
    void renewalCompleted(long renewalId, boolean approved) {
        Renewal r = renewals.findById(renewalId).orElse(null);
        if (r == null || !r.decided(approved, support.now())) {
            return;
        }
        renewals.save(r);
        if (approved) {
            InspectorView before = support.find(r.inspectorId);
            Inspector i = support.load(before);
            i.certificateRenewed(support.today());
            support.saveAsSystem("ti.certificate.renewed", before, i);
        }
    }

    // ---- TI-16: destruction and cancellation ----

    /** The hiring department destroys the certificate and reports it. */
    @Transactional
    InspectorView recordDestruction(Actor actor, long id, LocalDate destroyedOn) {
        InspectorView before = support.get(actor, id);
        InspectorSupport.requireHiringAgency(actor, before);
        Inspector i = support.load(before);
        i.certificateDestroyed(destroyedOn, support.today());
        InspectorView after = support.save("ti.certificate.destroyed", before, i);
        var items = equipment.findByInspectorId(id);
        items.forEach(e -> e.destroyed(destroyedOn));
        equipment.saveAll(items);
        return after;
    }

    /** The province cancels a certificate no longer held or expired, and publishes it (TI-16). */
    @Transactional
    InspectorView cancelCertificate(Actor actor, long id, String reason) {
        support.requireProvince(actor, "工作证由省级应急管理部门注销");
        InspectorView before = support.get(actor, id);
        Inspector i = support.load(before);
        i.cancelCertificate(reason, support.today());
        return support.save("ti.certificate.cancelled", before, i);
    }
}
