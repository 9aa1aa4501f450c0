package cn.anjian.legalreview;

import java.time.Instant;

/**
 * LR-05 / LR-10 / LR-15: a document of a legal review belongs in the case's record file (art. 13: the opinion letter is
 * filed with the case) — the application form, the opinion letter, the approval form, a legal adviser's written opinion.
 * Published inside the review's transaction; the recording module files it as a text record of the case (once per
 * {@code sourceRef}). {@code fileId} is the file store's id; {@code documentNumber} null when the document has none.
 */
public record ReviewDocumentFiled(long caseId, long reviewId, String sourceRef, String docType, String title,
                                  String documentNumber, long fileId, Instant at, String actor) {
}
