package cn.anjian.calendar.web;

import java.util.ArrayList;
import java.util.List;

import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
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
}
