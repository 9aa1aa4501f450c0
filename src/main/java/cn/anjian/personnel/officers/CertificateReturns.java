package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.Zones;
import cn.anjian.personnel.CertificateStatus;
import cn.anjian.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * OFF-05: an officer leaving the enforcement post hands his certificates back to the issuing authority; each one not
 * yet returned gets a calendar deadline (working days, a setting read on the day he left) until the return is recorded.
 */
@Component
@RequiredArgsConstructor
class CertificateReturns {

    private final OfficerCertificateRepository certificates;
    private final OfficerRecords records;
    private final Deadlines deadlines;
    private final Settings settings;
    private final OfficerSupport support;

    /** The officer left the post on {@code day}: a deadline for every certificate still held and not yet tracked. */
    void leftPost(long personId, String name, LocalDate day) {
        OfficerRecords.OfficerRecord o = records.officer(personId).orElseThrow();
        int days = settings.value(OfficerSettings.CERTIFICATE_RETURN_WORKING_DAYS, day);
        Instant start = day.atTime(LocalTime.NOON).atZone(Zones.SHANGHAI).toInstant();
        for (CertificateView c : records.certificates(personId)) {
            if (c.status() == CertificateStatus.RETURNED) {
                continue;
            }
            OfficerCertificate cert = certificates.findById(c.id()).orElseThrow();
            if (cert.returnDeadlineId != null) {
                continue;
            }
            DeadlineId d = deadlines.open(new NewDeadline("officer-certificate-return", String.valueOf(c.id()), "OFF-05", null,
                    o.unitId(), o.jurisdictionId(), o.scopePath(), Period.workingDays(days), start,
                    "交回执法证件：" + name + "（" + c.number() + "）"));
            cert.awaitReturn(d.value());
            certificates.save(cert);
            support.publish(null, "personnel.officer.certificate-return-due", "certificate", c.id(), null,
                    Map.of("personId", personId, "leftPostOn", day, "deadlineId", d.value(), "workingDays", days));
        }
    }

    /** Back on post before handing them back: the pending returns are waived. */
    void backOnPost(long personId) {
        for (CertificateView c : records.certificates(personId)) {
            OfficerCertificate cert = certificates.findById(c.id()).orElseThrow();
            Long d = cert.returnDeadlineId;
            if (d != null && c.status() != CertificateStatus.RETURNED) {
                deadlines.waive(new DeadlineId(d), "已回到执法岗位");
                cert.awaitReturn(null);
                certificates.save(cert);
            }
        }
    }

    /** The return is recorded: its deadline is met. */
    void returned(Long deadlineId) {
        if (deadlineId != null) {
            deadlines.markMet(new DeadlineId(deadlineId), support.clock().instant());
        }
    }
}
