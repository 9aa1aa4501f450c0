package cn.anjian.legalreview.review;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** The value parts of a {@link LegalReview}: materials, checkpoint findings, meetings, timeline entries. */
final class ReviewParts {

    private ReviewParts() {
    }

    /** LR-05: one submitted material, a file in the file store; {@code documentId} when it is a document of the case. */
    @Table("lr_material")
    record Material(String kind, long fileId, String title, Long documentId) {
    }

    /** LR-06: the reviewer's finding on one checkpoint of art. 10. */
    @Table("lr_checkpoint")
    record Finding(String code, boolean ok, String finding) {
    }

    /** LR-07 / LR-15: a symposium, expert argumentation, questioning, or a legal adviser's written opinion. */
    @Table("lr_meeting")
    record Meeting(String kind, LocalDate heldOn, String participants, String content, String recordedBy, Long fileId) {
    }

    /** One line of the review's timeline. */
    @Table("lr_event")
    record Event(Instant at, String actor, String what) {
    }
}
