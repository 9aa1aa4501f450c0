package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.personnel.CertificateStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Certificates: OFF-01/OFF-08 gate on issue, status changes (OFF-04 on revoke/cancel), OFF-05 return. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class OfficerCertificates {

    private final OfficerCertificateRepository repository;
    private final OfficerRecords records;
    private final OfficerPosts posts;
    private final CertificateReturns returns;
    private final OfficerSupport support;
    private final JdbcClient jdbc;

    @Transactional
    CertificateView addCertificate(Actor actor, long personId, NewCertificate c) {
        OfficerSupport.requireManage(actor);
        records.officerInScope(actor, personId);
        if (c == null) {
            throw BusinessException.badInput("OFF-INPUT", "请填写证件信息");
        }
        String number = OfficerSupport.text(c.number(), "证件编号", 40, true);
        if (!number.matches("[0-9A-Za-z\\-\\u4e00-\\u9fa5（）()]+")) {
            throw BusinessException.badInput("OFF-CERT-NUMBER", "证件编号只能包含汉字、字母、数字、括号和 -");
        }
        if (c.kind() == null) {
            throw BusinessException.badInput("OFF-CERT-KIND", "请选择证件类别");
        }
        String issuer = OfficerSupport.text(c.issuer(), "发证机关", 100, true);
        LocalDate from = OfficerSupport.date(c.validFrom(), "有效期起", true);
        LocalDate to = OfficerSupport.date(c.validTo(), "有效期止", true);
        checkValidity(from, to);
        // OFF-01 / OFF-08: the gate before anything is written
        OfficerRules.requireCertifiable(records.trainings(personId));
        if (repository.existsByNumber(number)) {
            throw BusinessException.conflict("OFF-CERT-DUPLICATE", "证件编号 " + number + " 已登记");
        }
        long id = repository.save(OfficerCertificate.issued(personId, number, c.kind(), issuer, from, to, support.today(),
                support.now().toInstant())).id;
        refreshCertificateSummary(personId);
        CertificateView view = records.findCertificate(id).orElseThrow();
        support.publish(actor, "personnel.officer.certificate-added", "certificate", id, null, snapshot(view));
        if (c.kind() == CertificateKind.ENFORCEMENT && view.validOn(support.today())) {
            posts.closeOpenCase(personId, "NO_CERTIFICATE", "已取得行政执法证");
        }
        return view;
    }

    private void checkValidity(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw BusinessException.badInput("OFF-CERT-DATES", "有效期止不能早于有效期起");
        }
        if (from.isAfter(support.today())) {
            throw BusinessException.badInput("OFF-CERT-DATES", "有效期起不能晚于今天，请在证件生效后登记");
        }
        if (from.plusYears(20).isBefore(to)) {
            throw BusinessException.badInput("OFF-CERT-DATES", "证件有效期不能超过 20 年");
        }
    }

    @Transactional
    CertificateView changeCertificate(Actor actor, long certificateId, int version, CertificateAction action,
                                      LocalDate on, String reason) {
        OfficerSupport.requireManage(actor);
        CertificateView before = records.certificateInScope(actor, certificateId);
        if (action == null) {
            throw BusinessException.badInput("OFF-CERT-ACTION", "请选择证件操作");
        }
        OfficerCertificate cert = load(certificateId);
        CertificateStatus target = cert.target(action);
        LocalDate day = on == null ? support.today() : support.pastDate(on, "生效日期", true);
        String why = OfficerSupport.text(reason, "原因", 500, action != CertificateAction.REINSTATE);
        cert.change(version, action, day, why);
        repository.save(cert);
        refreshCertificateSummary(before.personId());
        CertificateView after = records.findCertificate(certificateId).orElseThrow();
        support.publish(actor, "personnel.officer.certificate-" + action.name().toLowerCase(), "certificate", certificateId,
                snapshot(before), snapshot(after));
        if (before.kind() == CertificateKind.ENFORCEMENT
                && (target == CertificateStatus.REVOKED || target == CertificateStatus.CANCELLED)) {
            posts.openPostCaseIfUncertified(before.personId(), target.name(), certificateId, day);
        }
        return after;
    }

    @Transactional
    CertificateView returnCertificate(Actor actor, long certificateId, int version, LocalDate on, String receivedBy) {
        OfficerSupport.requireManage(actor);
        CertificateView before = records.certificateInScope(actor, certificateId);
        OfficerCertificate cert = load(certificateId);
        cert.checkReturnable();
        LocalDate day = on == null ? support.today() : support.pastDate(on, "交回日期", true);
        String receiver = OfficerSupport.text(receivedBy, "接收人", 50, true);
        Long deadline = cert.returnDeadlineId;
        cert.returned(version, day, receiver);
        repository.save(cert);
        returns.returned(deadline);
        refreshCertificateSummary(before.personId());
        CertificateView after = records.findCertificate(certificateId).orElseThrow();
        support.publish(actor, "personnel.officer.certificate-returned", "certificate", certificateId, snapshot(before),
                snapshot(after));
        return after;
    }

    private OfficerCertificate load(long id) {
        return repository.findById(id).orElseThrow(() -> BusinessException.notFound(OfficerSupport.CERT));
    }

    /**
     * The officer's current enforcement certificate, copied onto the officer row for the list (a read
     * model, V7_3): the VALID one with the latest end (time-independent, so it never goes stale), else
     * the latest of the others.
     */
    private void refreshCertificateSummary(long personId) {
        jdbc.sql("""
                        UPDATE off_officer o SET (cert_number, cert_status, cert_valid_to) = (
                            SELECT c.number, c.status, c.valid_to FROM off_certificate c
                            WHERE c.person_id = o.person_id AND c.kind = 'ENFORCEMENT'
                            ORDER BY (c.status = 'VALID') DESC, c.valid_to DESC, c.id DESC LIMIT 1)
                        WHERE o.person_id = :p""").param("p", personId).update();
    }

    private static Map<String, Object> snapshot(CertificateView c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("personId", c.personId());
        m.put("number", c.number());
        m.put("kind", c.kind().name());
        m.put("issuer", c.issuer());
        m.put("validFrom", c.validFrom());
        m.put("validTo", c.validTo());
        m.put("status", c.status().name());
        m.put("statusOn", c.statusOn());
        m.put("reason", c.statusReason());
        m.put("returnedOn", c.returnedOn());
        m.put("receivedBy", c.receivedBy());
        return m;
    }
}
