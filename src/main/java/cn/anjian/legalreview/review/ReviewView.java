package cn.anjian.legalreview.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A review as its page and the API show it: {@code review} holds the stored columns (snake_case) plus the
 * Chinese labels ({@code status_label}, {@code outcome_label}); the children in order; {@code dueDate} of
 * the running deadline (calendar, null while none or pending).
 */
public record ReviewView(Map<String, Object> review, List<MaterialView> materials, List<FindingView> findings,
                         List<MeetingView> meetings, List<EventView> timeline, LocalDate dueDate) {

    /** {@code documentId}: the material is a document generated for the case (LR-05). */
    public record MaterialView(String kind, String label, long fileId, String title, Long documentId) {
    }

    public record FindingView(String code, String label, boolean ok, String finding) {
    }

    /** {@code fileId}: the signed file attached (e.g. a legal adviser's written opinion, LR-15), filed in the case. */
    public record MeetingView(String kind, String label, LocalDate heldOn, String participants, String content, String recordedBy,
                              Long fileId) {
    }

    public record EventView(Instant at, String actor, String what) {
    }

    public long id() {
        return ((Number) review.get("id")).longValue();
    }

    public String status() {
        return (String) review.get("status");
    }
}
