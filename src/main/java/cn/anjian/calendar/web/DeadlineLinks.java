package cn.anjian.calendar.web;

import cn.anjian.calendar.DeadlineView;
import cn.anjian.kernel.Actor;

/**
 * The page of a deadline's subject (issue 12 defect 2: lists link to the subject, never show "case / 14"). The
 * calendar keeps only the subject's type and id; the few known types map to their module's page, others get no link.
 */
final class DeadlineLinks {

    private DeadlineLinks() {
    }

    static String of(DeadlineView d, Actor actor) {
        String id = d.subjectId();
        if (id == null || !id.matches("\\d+(/.*)?")) {
            return null;
        }
        String number = id.contains("/") ? id.substring(0, id.indexOf('/')) : id;
        return switch (d.subjectType()) {
            case "case", "rec-case-file" -> "/cases/" + number;
            case "legal-review", "legal-review-supplement" -> "/legal-review/" + number;
            case "legal-review-emergency" -> "/legal-review/emergencies";
            case "submission" -> actor.hasPermission("submission:handle") ? "/complaints/submissions/" + number
                    : actor.hasPermission("submission:create") ? "/complaints/my-submissions/" + number : null;
            case "workflow_step" -> "/workflow/flows/" + number;
            case "officer-post" -> "/personnel/people/" + number;
            case "ti-inspector" -> "/personnel/inspectors/" + number;
            default -> null;
        };
    }
}
