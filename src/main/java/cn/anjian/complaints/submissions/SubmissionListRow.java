package cn.anjian.complaints.submissions;

import java.util.ArrayList;
import java.util.List;

import cn.anjian.kernel.Fmt;

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
}
