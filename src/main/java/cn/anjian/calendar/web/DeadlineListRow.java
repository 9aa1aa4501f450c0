package cn.anjian.calendar.web;

import java.util.ArrayList;
import java.util.List;

import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.kernel.ListKitRows;
import org.thymeleaf.util.EvaluationUtils;

/**
 * A line of 期限督办 as the page shows it, computed once in Java (issue 20 item 7: about twenty SpEL calls per row —
 * state comparisons, labels, four parameterised form actions — were most of the page's rendering). Conditions keep
 * Thymeleaf's own truth rules ({@link EvaluationUtils#evaluateAsBoolean}), so the HTML is what the expressions gave.
 */
public record DeadlineListRow(long id, String rowClass, String link, String title, String kindLabel, String basis, String due,
                       String badgeClass, String stateLabel, boolean suspended, String overdueText, boolean metLate,
                       String waiveText, String periodLabel, String start, boolean manageable, boolean suspendable,
                       String metUrl, String suspendUrl, String resumeUrl, String waiveUrl) {

    static List<DeadlineListRow> of(List<DeadlinePageController.Row> rows) {
        List<DeadlineListRow> out = new ArrayList<>(rows.size());
        for (DeadlinePageController.Row r : rows) {
            DeadlineView d = r.d();
            boolean overdue = d.state() == DeadlineState.OVERDUE;
            boolean open = d.state() == DeadlineState.OPEN;
            String base = "/calendar/deadlines/" + d.id().value();
            out.add(new DeadlineListRow(d.id().value(), overdue ? "table-danger" : null, r.link(),
                    d.title() != null ? d.title() : r.kind().label(), r.kind().label(), r.kind().basis().orElse(null),
                    r.due(), overdue ? "bg-red-lt" : open ? "bg-blue-lt" : "bg-secondary-lt", d.state().label(),
                    d.suspended(), overdue ? "逾期 " + r.daysOverdue() + " 天" : null,
                    d.wasOverdue() && d.state() == DeadlineState.MET,
                    EvaluationUtils.evaluateAsBoolean(d.waiveReason()) ? "理由：" + d.waiveReason() : null,
                    d.period().label(), r.start(), r.actionable() && (open || overdue), open && !d.suspended(),
                    base + "/met", base + "/suspend", base + "/resume", base + "/waive"));
        }
        return out;
    }

    /**
     * The rows as the page writes them ({@link ListKitRows}; {@code DeadlineRowsHtmlTests} pins the former markup, in the
     * Spring context for the forms' CSRF field). {@code csrfInput} is the hidden field that Thymeleaf's {@code th:action}
     * put after each POST form's opening tag ({@link ListKitRows#csrfInput}); empty without a token.
     */
    static String html(List<DeadlineListRow> rows, boolean canManage, String currentUrl, String csrfInput) {
        String back = "\n                <input type=\"hidden\" name=\"back\" value=\"" + ListKitRows.esc(currentUrl) + "\">";
        return ListKitRows.of(rows, "\n        ", "<tr><td colspan=\"7\" class=\"text-secondary\">没有符合条件的期限</td></tr>",
                (r, b) -> r.append(b, canManage, back, csrfInput));
    }

    private void append(StringBuilder b, boolean canManage, String back, String csrf) {
        b.append("<tr data-deadline-id=\"").append(id);
        if (rowClass != null) {
            b.append("\" class=\"").append(esc(rowClass));
        }
        b.append("\">\n          <td>");
        boolean linked = EvaluationUtils.evaluateAsBoolean(link);
        if (linked) {
            b.append("<a href=\"").append(esc(link)).append("\">").append(esc(title)).append("</a>");
        }
        b.append("\n            ");
        if (!linked) {
            b.append("<span>").append(esc(title)).append("</span>");
        }
        b.append("</td>\n          <td><span>").append(esc(kindLabel)).append("</span>\n            ");
        if (basis != null) {
            b.append("<div class=\"small text-secondary text-wrap\">").append(esc(basis)).append("</div>");
        }
        b.append("</td>\n          <td>").append(esc(due)).append("</td>\n          <td>\n            <span class=\"badge ")
                .append(esc(badgeClass)).append("\">").append(esc(stateLabel)).append("</span>\n            ");
        if (suspended) {
            b.append("<span class=\"badge bg-yellow-lt\">已中止计时</span>");
        }
        b.append("\n            ");
        if (overdueText != null) {
            b.append("<span class=\"text-red small\">").append(esc(overdueText)).append("</span>");
        }
        b.append("\n            ");
        if (metLate) {
            b.append("<span class=\"text-orange small\">逾期后完成</span>");
        }
        b.append("\n            ");
        if (waiveText != null) {
            b.append("<div class=\"small text-secondary text-wrap\">").append(esc(waiveText)).append("</div>");
        }
        b.append("\n          </td>\n          <td>").append(esc(periodLabel)).append("</td>\n          <td>").append(esc(start))
                .append("</td>\n          ");
        if (canManage) {
            b.append("<td>\n            ");
            if (manageable) {
                appendForms(b, back, csrf);
            }
            b.append("\n          </td>");
        }
        b.append("\n        </tr>");
    }

    /** The four POST forms of a manageable row, each with the request's CSRF field where {@code th:action} put it. */
    private void appendForms(StringBuilder b, String back, String csrf) {
        b.append("<div class=\"d-flex flex-wrap gap-1\">\n              <form method=\"post\" action=\"").append(esc(metUrl))
                .append("\">").append(csrf).append(back)
                .append("\n                <button class=\"btn btn-sm btn-success\" type=\"submit\">完成</button>\n              </form>\n              ");
        if (suspendable) {
            b.append("<form method=\"post\" class=\"d-flex gap-1\"\n                    action=\"").append(esc(suspendUrl))
                    .append("\">").append(csrf).append(back)
                    .append("\n                <input class=\"form-control form-control-sm reason-input\" name=\"reason\" required maxlength=\"500\" placeholder=\"中止理由\">")
                    .append("\n                <button class=\"btn btn-sm btn-outline-warning\" type=\"submit\">中止</button>\n              </form>");
        }
        b.append("\n              ");
        if (suspended) {
            b.append("<form method=\"post\" action=\"").append(esc(resumeUrl)).append("\">").append(csrf).append(back)
                    .append("\n                <button class=\"btn btn-sm btn-outline-primary\" type=\"submit\">恢复计时</button>\n              </form>");
        }
        b.append("\n              <form method=\"post\" class=\"d-flex gap-1\" action=\"").append(esc(waiveUrl)).append("\">")
                .append(csrf).append(back)
                .append("\n                <input class=\"form-control form-control-sm reason-input\" name=\"reason\" required maxlength=\"500\" placeholder=\"豁免理由（必填）\">")
                .append("\n                <button class=\"btn btn-sm btn-outline-danger\" type=\"submit\">豁免</button>\n              </form>\n            </div>");
    }

    private static String esc(String s) {
        return ListKitRows.esc(s);
    }
}
