package cn.anjian.complaints.submissions;

import java.util.ArrayList;
import java.util.List;

import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListKitRows;

/** A line of 投诉举报与意见办理 as the page shows it, computed once in Java (issue 20 item 7). */
public record SubmissionListRow(String href, String trackingCode, String kindLabel, String title, String channelLabel,
                         String submitter, String agencyName, String submitted, String dueDate, String badgeClass,
                         String statusLabel, boolean overdue) {

    static List<SubmissionListRow> of(List<SubmissionQueries.Row> rows) {
        List<SubmissionListRow> out = new ArrayList<>(rows.size());
        for (SubmissionQueries.Row r : rows) {
            String who = r.supervisorName() != null ? r.supervisorName() : r.submitter() != null ? r.submitter() : "—";
            out.add(new SubmissionListRow("/complaints/submissions/" + r.id(), r.trackingCode(), r.kindLabel(), r.title(),
                    r.channelLabel(), who, r.agencyName(), Fmt.dateTime(r.submittedAt()),
                    r.dueDate() == null ? null : r.dueDate().toString(),
                    "ANSWERED".equals(r.status()) ? "bg-green-lt" : "bg-blue-lt", r.statusLabel(), r.overdue()));
        }
        return out;
    }

    /** The rows as the page writes them ({@link ListKitRows}; {@code SubmissionRowsHtmlTests} pins the former markup). */
    static String html(List<SubmissionListRow> rows) {
        return ListKitRows.of(rows, "\n        ",
                "<tr><td colspan=\"9\" class=\"text-secondary\">没有符合条件的意见或线索</td></tr>", SubmissionListRow::append);
    }

    private void append(StringBuilder b) {
        b.append(overdue ? "<tr class=\"table-danger\">" : "<tr>").append("\n          <td><a href=\"").append(esc(href))
                .append("\">").append(esc(trackingCode)).append("</a></td>\n          <td>").append(esc(kindLabel))
                .append("</td>\n          <td>").append(esc(title)).append("</td>\n          <td>").append(esc(channelLabel))
                .append("</td>\n          <td class=\"submitter\">").append(esc(submitter)).append("</td>\n          <td>")
                .append(esc(agencyName)).append("</td>\n          <td>").append(esc(submitted)).append("</td>\n          <td>")
                .append(esc(dueDate)).append("</td>\n          <td><span class=\"badge").append(badgeClass == null ? "" : " " + esc(badgeClass))
                .append("\">").append(esc(statusLabel)).append("</span>\n            ");
        if (overdue) {
            b.append("<span class=\"badge bg-red-lt\">已逾期</span>");
        }
        b.append("</td>\n        </tr>");
    }

    private static String esc(String s) {
        return ListKitRows.esc(s);
    }
}
