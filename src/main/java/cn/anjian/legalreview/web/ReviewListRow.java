package cn.anjian.legalreview.web;

import java.util.ArrayList;
import java.util.List;

import cn.anjian.kernel.Fmt;
import cn.anjian.legalreview.review.ReviewQueries;

/**
 * A line of 法制审核 as the page shows it, computed once in Java (issue 20 item 7); {@code roundBadge} is null in the
 * first round. The submitter's name stays a template call ({@code @people.name}: one lookup per request and name).
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
                    Fmt.dateTime(r.submittedAt()), r.submittedBy()));
        }
        return out;
    }
}
