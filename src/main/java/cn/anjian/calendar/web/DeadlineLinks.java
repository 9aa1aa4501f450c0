package cn.anjian.calendar.web;

import java.util.regex.Pattern;

import cn.anjian.calendar.DeadlineView;
import cn.anjian.kernel.Actor;

/**
 * The page of a deadline's subject (issue 12 defect 2: lists link to the subject, never show "case / 14"). The
 * calendar keeps only the subject's type and id; the few known types map to their module's page, others get no link.
 */
final class DeadlineLinks {

    /** Compiled once: {@code String.matches} compiled the pattern again on every row of every list page. */
    private static final Pattern NUMBERED = Pattern.compile("\\d+(/.*)?");
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private DeadlineLinks() {
    }

    static String of(DeadlineView d, Actor actor) {
        String id = d.subjectId();
        if (id == null || !NUMBERED.matcher(id).matches()) {
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
            case "mine-obligation" -> actor.hasPermission("mine:app") ? "/m/"
                    : actor.hasPermission("mine:read") ? "/mines/coverage/mines/" + number + period(id) : null;
            default -> null;
        };
    }

    /** A mine obligation's subject id is "mine/period/kind": the period ("2026-W49" or "2026-12") opens the drill-down. */
    private static String period(String subjectId) {
        String[] p = subjectId.split("/");
        if (p.length < 2) {
            return "";
        }
        return WEEK.matcher(p[1]).matches() ? "?week=" + p[1] : MONTH.matcher(p[1]).matches() ? "?month=" + p[1] : "";
    }
}
