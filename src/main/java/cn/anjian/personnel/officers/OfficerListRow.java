package cn.anjian.personnel.officers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.kernel.Fmt;
import cn.anjian.personnel.CertificateStatus;
import cn.anjian.personnel.OfficerRow;

/**
 * A line of the officer list as the page shows it, computed once in Java (issue 20 item 7: the certificate badge
 * alone was two compound SpEL conditions with {@code #temporals.createToday()} per row). {@code certBadge} is null
 * when the certificate has no status; {@code certClass} is its colour.
 */
public record OfficerListRow(String href, String name, String idCardMasked, String agencyName, String unitName, String post,
                      String certificateNumber, String certBadge, String certClass, String certUntil, String hours,
                      boolean shortfall) {

    static List<OfficerListRow> of(List<OfficerRow> rows, LocalDate today) {
        List<OfficerListRow> out = new ArrayList<>(rows.size());
        for (OfficerRow r : rows) {
            CertificateStatus s = r.certificateStatus();
            LocalDate to = r.certificateValidTo();
            boolean expired = s == CertificateStatus.VALID && to != null && to.isBefore(today);
            boolean valid = s == CertificateStatus.VALID && to != null && !to.isBefore(today);
            out.add(new OfficerListRow("/personnel/officers/" + r.personId(), r.name(), r.idCardMasked(), r.agencyName(),
                    r.unitName(), r.postStatus().label(), r.certificateNumber(),
                    s == null ? null : expired ? "已过期" : s.label(), valid ? "bg-green-lt" : "bg-red-lt",
                    "至 " + to, Fmt.hours(r.yearHours()), r.shortfall()));
        }
        return out;
    }
}
