package cn.anjian.legalreview.web;

import java.util.ArrayList;
import java.util.List;

import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListKitRows;
import cn.anjian.legalreview.review.ReviewQueries;

/**
 * A line of 法制审核 as the page shows it, computed once in Java (issue 20 item 7); {@code roundBadge} is null in the
 * first round. {@code submittedBy} is the submitter's name as the list's one statement reads it from identity's view
 * (as the API and the export show it): the page no longer looks that name up again as a login name
 * ({@code @people.name}, one statement per distinct submitter and page); no name reads "—", as before.
 */
public record ReviewListRow(String caseNumber, String href, String caseTitle, boolean major, String roundBadge, String status,
                     boolean discussed, String due, String outcome, String opinionNumber, String submitted,
                     String submittedBy) {

    static List<ReviewListRow> of(List<ReviewQueries.Row> rows) {
        List<ReviewListRow> out = new ArrayList<>(rows.size());
        for (ReviewQueries.Row r : rows) {
            out.add(new ReviewListRow(Fmt.text(r.caseNumber()), "/legal-review/" + r.id(), r.caseTitle(), r.major(),
                    r.round() > 1 ? (r.round() == 2 ? "复核" : "报主要负责人") : null, r.status().label(), r.discussed(),
                    Fmt.date(r.dueDate()), r.outcome() != null ? r.outcome().label() : "—", Fmt.text(r.opinionNumber()),
                    Fmt.dateTime(r.submittedAt()), submitter(r.submittedBy())));
        }
        return out;
    }

    /** The submitter's display name; "—" when there is none, "系统" for automatic acts (as {@code @people.name} wrote). */
    static String submitter(String name) {
        return name == null || name.isBlank() ? "—" : "system".equals(name) ? "系统" : name;
    }

    /** The rows as the page writes them ({@link ListKitRows}; {@code ReviewRowsHtmlTests} pins the former markup). */
    static String html(List<ReviewListRow> rows) {
        return ListKitRows.of(rows, "\n        ",
                "<tr><td colspan=\"7\" class=\"text-secondary\">没有符合条件的法制审核</td></tr>", ReviewListRow::append);
    }

    private void append(StringBuilder b) {
        b.append("<tr>\n          <td>").append(esc(caseNumber)).append("</td>\n          <td><a href=\"").append(esc(href))
                .append("\">").append(esc(caseTitle)).append("</a>\n            ");
        if (major) {
            b.append("<span class=\"badge bg-red-lt\">重大</span>");
        }
        b.append("\n            ");
        if (roundBadge != null) {
            b.append("<span class=\"badge bg-yellow-lt\">").append(esc(roundBadge)).append("</span>");
        }
        b.append("</td>\n          <td><span class=\"badge bg-blue-lt\">").append(esc(status)).append("</span>\n            ");
        if (discussed) {
            b.append("<span class=\"badge bg-green-lt\">已集体讨论</span>");
        }
        b.append("</td>\n          <td>").append(esc(due)).append("</td>\n          <td>").append(esc(outcome))
                .append("</td>\n          <td>").append(esc(opinionNumber)).append("</td>\n          <td><span>").append(esc(submitted))
                .append("</span> <span class=\"text-secondary\">").append(esc(submittedBy)).append("</span></td>\n        </tr>");
    }

    private static String esc(String s) {
        return ListKitRows.esc(s);
    }
}
