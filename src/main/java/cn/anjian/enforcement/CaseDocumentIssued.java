package cn.anjian.enforcement;

import java.time.Instant;

/**
 * A numbered document was generated for a case and stored in the file store (CASE-05); recording
 * files it as a text record of {@code stage} (REC-01). {@code fileId} is the files module's id.
 */
public record CaseDocumentIssued(long caseId, long documentId, CaseStage stage, String docType,
                                 String docTitle, String documentNumber, long fileId, Instant at, String actor) {
}
