package cn.anjian.personnel.officers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListKitRows;
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

    /** The rows as the page writes them ({@link ListKitRows}; {@code OfficerRowsHtmlTests} pins the former markup). */
    static String html(List<OfficerListRow> rows) {
        return ListKitRows.of(rows, "\n        ",
                "<tr><td colspan=\"6\" class=\"text-secondary\">没有符合条件的执法人员</td></tr>", OfficerListRow::append);
    }

    private void append(StringBuilder b) {
        b.append("<tr>\n          <td><a href=\"").append(esc(href)).append("\">").append(esc(name))
                .append("</a></td>\n          <td class=\"text-nowrap\">").append(esc(idCardMasked))
                .append("</td>\n          <td><span>").append(esc(agencyName)).append("</span><div class=\"small text-secondary\">")
                .append(esc(unitName)).append("</div></td>\n          <td>").append(esc(post)).append("</td>\n          <td>\n            ");
        if (certificateNumber == null) {
            b.append("<span class=\"badge bg-red-lt\">无</span>\n            ");
        } else {
            b.append("\n            <span>\n              <span>").append(esc(certificateNumber)).append("</span>\n              ");
            if (certBadge != null) {
                b.append("<span class=\"badge ").append(esc(certClass)).append("\">").append(esc(certBadge)).append("</span>");
            }
            b.append("\n              <div class=\"small text-secondary\">").append(esc(certUntil)).append("</div>\n            </span>");
        }
        b.append("\n          </td>\n          <td><span>").append(esc(hours)).append("</span> ");
        if (shortfall) {
            b.append("<span class=\"badge bg-orange-lt\">不足</span>");
        }
        b.append("</td>\n        </tr>");
    }

    /**
     * The 应调离执法岗位 table's rows (the card shows only when there are some; {@code OfficerPageHtmlTests} pins the former
     * {@code th:each} markup): a line per open case, overdue ones marked.
     */
    static String postCasesHtml(List<PostCaseView> cases) {
        StringBuilder b = new StringBuilder(cases.size() * 400);
        for (PostCaseView c : cases) {
            b.append(b.isEmpty() ? "" : "\n        ").append(c.overdue() ? "<tr class=\"table-danger\">" : "<tr>")
                    .append("\n          <td><a href=\"/personnel/officers/").append(c.personId()).append("\">").append(esc(c.personName()))
                    .append("</a></td>\n          <td>").append(esc(c.causeLabel())).append("</td>\n          <td>")
                    .append(esc(java.util.Objects.toString(c.openedOn(), null))).append("</td>\n          <td>").append(esc(java.util.Objects.toString(c.dueDate(), null)))
                    .append("</td>\n          <td><span class=\"badge ").append(c.overdue() ? "bg-red-lt\">已逾期" : "bg-blue-lt\">进行中")
                    .append("</span></td>\n        </tr>");
        }
        return b.toString();
    }

    private static String esc(String s) {
        return ListKitRows.esc(s);
    }
}
