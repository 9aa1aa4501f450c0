package cn.anjian.legalreview.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.anjian.legalreview.review.ReviewEnums.Outcome;
import cn.anjian.legalreview.review.ReviewQueries;
import cn.anjian.legalreview.review.ReviewView;

/**
 * The typed answers of the legal review API (not raw column maps): codes with their Chinese labels next to them
 * ({@code status} / {@code statusLabel}), people by their display names, never login names.
 */
final class ReviewApiRecords {

    private ReviewApiRecords() {
    }

    /** One row of the list. */
    record ReviewSummary(long id, String caseNumber, String caseTitle, String status, String statusLabel, int round,
                         boolean major, String outcome, String outcomeLabel, Instant submittedAt, String submittedBy,
                         LocalDate dueDate, String opinionNumber, boolean discussed) {

        static ReviewSummary of(ReviewQueries.Row r) {
            return new ReviewSummary(r.id(), r.caseNumber(), r.caseTitle(), r.status().name(), r.status().label(), r.round(),
                    r.major(), r.outcome() == null ? null : r.outcome().name(), r.outcome() == null ? null : r.outcome().label(),
                    r.submittedAt(), r.submittedBy(), r.dueDate(), r.opinionNumber(), r.discussed());
        }
    }

    /** The proposed decision and its classification (LR-02, LR-03) as stored when submitted. */
    record Proposal(String caseKind, String partyKind, BigDecimal fineYuan, BigDecimal confiscationYuan, List<String> measures,
                    boolean major, String ruleSetVersion, LocalDate ruleDate, List<String> reasons) {
    }

    /** LR-05: the application form (annex 1) and the submission. */
    record Application(String summary, String basis, String officers, String proposal, String notes, String signedUnitHead,
                       String signedDeputy, boolean hadHearing, Instant submittedAt, String submittedBy, Instant receivedAt,
                       LocalDate supplementDue, String supplementNote) {
    }

    /** LR-14: the route; the director's consent when the internal legal unit reviews an entrusted institution's fine. */
    record Route(String route, String routeLabel, String undertakingUnit, Instant consentAt, String consentBy, String consentOpinion) {
    }

    /** LR-08..LR-12: the opinion, its approval and letter, objections and the director's final word. */
    record Opinion(String outcome, String outcomeLabel, String content, String reviewedBy, String approvedBy, Instant approvedAt,
                   String letterNumber, Long letterFileId, int objections, String objectionReason, String directorOpinion) {
    }

    /** LR-11: the clock. */
    record Clock(LocalDate dueDate, boolean extended, String suspended, String suspendedLabel) {
    }

    /** LR-13: the heads' collective discussion. */
    record Discussion(LocalDate on, String participants, String conclusion, Boolean agreed, String recordedBy) {
    }

    /** A review in full. */
    record ReviewDetail(long id, long caseId, String caseNumber, String caseTitle, String status, String statusLabel, int round,
                        Proposal proposal, Application application, Route route, Opinion opinion, Clock clock,
                        Discussion discussion, List<ReviewView.MaterialView> materials, List<ReviewView.FindingView> findings,
                        List<ReviewView.MeetingView> meetings, List<ReviewView.EventView> timeline) {

        static ReviewDetail of(ReviewView v) {
            Map<String, Object> r = v.review();
            String outcome = str(r, "outcome");
            return new ReviewDetail(v.id(), num(r, "case_id"), str(r, "case_number"), str(r, "case_title"), v.status(),
                    str(r, "status_label"), (int) num(r, "round"),
                    new Proposal(str(r, "case_kind"), str(r, "party_kind"), (BigDecimal) r.get("fine_yuan"),
                            (BigDecimal) r.get("confiscation_yuan"), split(str(r, "measures"), ","), bool(r, "major"),
                            str(r, "rule_set_version"), (LocalDate) r.get("rule_date"), split(str(r, "reasons"), "\n")),
                    new Application(str(r, "form_summary"), str(r, "form_basis"), str(r, "form_officers"), str(r, "form_proposal"),
                            str(r, "form_notes"), str(r, "signed_unit_head"), str(r, "signed_deputy"), bool(r, "had_hearing"),
                            (Instant) r.get("submitted_at"), str(r, "submitted_by_name"), (Instant) r.get("received_at"),
                            (LocalDate) r.get("supplement_due"), str(r, "supplement_note")),
                    new Route(str(r, "route"), str(r, "route_label"), str(r, "undertaking_unit_name"), (Instant) r.get("consent_at"),
                            str(r, "consent_by_name"), str(r, "consent_opinion")),
                    new Opinion(outcome, outcome == null ? null : Outcome.valueOf(outcome).label(), str(r, "outcome_content"),
                            str(r, "reviewed_by_name"), str(r, "opinion_approved_by_name"), (Instant) r.get("opinion_approved_at"),
                            str(r, "opinion_number"), r.get("opinion_file_id") == null ? null : num(r, "opinion_file_id"),
                            (int) num(r, "objections"), str(r, "objection_reason"), str(r, "director_opinion")),
                    new Clock(v.dueDate(), bool(r, "extended"), str(r, "suspended_reason"), str(r, "suspended_label")),
                    new Discussion((LocalDate) r.get("discussed_on"), str(r, "discussion_participants"),
                            str(r, "discussion_conclusion"), (Boolean) r.get("discussion_agreed"), str(r, "discussion_recorded_by_name")),
                    v.materials(), v.findings(), v.meetings(), v.timeline());
        }

        private static String str(Map<String, Object> r, String k) {
            return r.get(k) == null ? null : r.get(k).toString();
        }

        private static long num(Map<String, Object> r, String k) {
            return ((Number) r.get(k)).longValue();
        }

        private static boolean bool(Map<String, Object> r, String k) {
            return Boolean.TRUE.equals(r.get(k));
        }

        private static List<String> split(String s, String sep) {
            return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(sep)).filter(x -> !x.isBlank()).toList();
        }
    }
}
