package cn.anjian.publicity.notices;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Fmt;

import cn.anjian.personnel.InspectorCertificateCancelled;
import cn.anjian.personnel.InspectorDismissed;
import cn.anjian.personnel.SupervisorCertificateCancelled;
import cn.anjian.personnel.SupervisorDismissed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * SS-07 (as TI-16/TI-17): cancellations and dismissals are published on the portal. A module listener
 * (after commit, own transaction, recorded in the event publication registry): a failing notice never
 * rolls back the decision, there is never a notice for a change that rolled back, and a failed notice
 * is retried ({@code EventPublicationResubmission}) until it is published. {@link Publications#publish}
 * is idempotent per source, so a redelivery changes nothing.
 */
@Component
@RequiredArgsConstructor
class PersonnelNoticeListener {

    private final Publications publications;

    @ApplicationModuleListener
    void on(SupervisorCertificateCancelled e) {
        String name = cn.anjian.kernel.Masking.name(e.personName());
        String content = e.agencyName() + "聘任的社会监督员" + name + "，其社会监督员工作证"
                + (e.certificateNo() == null ? "" : "（证号 " + e.certificateNo() + "）")
                + "自" + Fmt.chineseDate(e.effectiveOn()) + "起注销，不得再以社会监督员名义开展活动。特此公告。";
        publications.publish(new Publications.NewPublication(e.agencyId(), e.agencyName(), e.jurisdictionId(),
                e.scopePath(), PublicationKind.SUPERVISOR_CERTIFICATE_CANCELLED,
                "关于注销社会监督员" + name + "工作证的公告", content, "personnel", "supervisor",
                String.valueOf(e.supervisorId())));
    }

    @ApplicationModuleListener
    void on(SupervisorDismissed e) {
        String name = cn.anjian.kernel.Masking.name(e.personName());
        String content = "经研究，" + e.agencyName() + "决定自" + Fmt.chineseDate(e.effectiveOn()) + "起解聘社会监督员" + name
                + (e.certificateNo() == null ? "" : "（工作证号 " + e.certificateNo() + "，同时收回）")
                + "。解聘理由：" + e.groundLabel() + "。特此公告。";
        publications.publish(new Publications.NewPublication(e.agencyId(), e.agencyName(), e.jurisdictionId(),
                e.scopePath(), PublicationKind.SUPERVISOR_DISMISSED, "关于解聘社会监督员" + name + "的公告", content,
                "personnel", "supervisor", String.valueOf(e.supervisorId())));
    }

    // TI-16: the free-text reason stays internal (it may name people); the notice says what the public needs.
    @ApplicationModuleListener
    void on(InspectorCertificateCancelled e) {
        String content = e.agencyName() + "聘用的技术检查员" + e.maskedName() + "，其技术检查员工作证"
                + (e.certificateNo() == null ? "" : "（证号 " + e.certificateNo() + "）")
                + "自" + Fmt.chineseDate(e.date()) + "起注销，不得再以技术检查员名义开展活动。特此公告。";
        publications.publish(new Publications.NewPublication(e.agencyId(), e.agencyName(), e.jurisdictionId(),
                e.scopePath(), PublicationKind.INSPECTOR_CERTIFICATE_CANCELLED,
                "关于注销技术检查员" + e.maskedName() + "工作证的公告", content, "personnel", "inspector",
                String.valueOf(e.inspectorId())));
    }

    // TI-17: the dismissal and its reason are published; the reason is the statutory ground (an enumerated label).
    @ApplicationModuleListener
    void on(InspectorDismissed e) {
        String content = "经研究，" + e.agencyName() + "决定自" + Fmt.chineseDate(e.date()) + "起解聘技术检查员" + e.maskedName()
                + (e.certificateNo() == null ? "" : "（工作证号 " + e.certificateNo() + "，同时收回）")
                + "。解聘理由：" + e.ground() + "。特此公告。";
        publications.publish(new Publications.NewPublication(e.agencyId(), e.agencyName(), e.jurisdictionId(),
                e.scopePath(), PublicationKind.INSPECTOR_DISMISSED, "关于解聘技术检查员" + e.maskedName() + "的公告",
                content, "personnel", "inspector", String.valueOf(e.inspectorId())));
    }
}
