package cn.anjian.enforcement.cases;

import java.time.LocalDate;

import cn.anjian.enforcement.RemedyKind;
import cn.anjian.kernel.BusinessException;

/**
 * CASE-15 / STAT-07: the one command that records a party's reconsideration or lawsuit, from the case page and the API
 * alike. {@code body}: the court of a lawsuit, or the reconsideration body named in words (the people's government);
 * {@code reviewAgencyId}: the emergency-management agency above the case's that received a reconsideration (its name
 * becomes the body).
 */
public record RemedyFiling(RemedyKind kind, LocalDate filedOn, String body, Long reviewAgencyId) {

    /**
     * The command from the text a page or an API client sent: an unknown kind or a date that is not a real day is left
     * empty, so the domain's check reports it next to its field together with everything else.
     */
    public static RemedyFiling of(String kind, String filedOn, String body, Long reviewAgencyId) {
        RemedyKind k = null;
        for (RemedyKind x : RemedyKind.values()) {
            if (kind != null && x.name().equalsIgnoreCase(kind.strip())) {
                k = x;
            }
        }
        LocalDate on = null;
        try {
            on = filedOn == null || filedOn.isBlank() ? null : LocalDate.parse(filedOn.strip());
        } catch (java.time.format.DateTimeParseException e) {
            on = null; // reported as a missing day by the check
        }
        return new RemedyFiling(k, on, body, reviewAgencyId);
    }

    /** One thing wrong with a filing: the field it belongs to ({@code kind}, {@code filedOn}, {@code body}, {@code reviewAgencyId}). */
    public record Problem(String field, String code, String message) {
        BusinessException refusal() {
            return BusinessException.badInput(code, message);
        }
    }

    /** A body that may receive a reconsideration of the case: the people's government at the agency's level ({@code agencyId} null) or an agency above. */
    public record ReviewBody(Long agencyId, String name) {
    }
}
