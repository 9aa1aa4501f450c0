package cn.anjian.enforcement;

import java.time.Instant;

/**
 * A numbered document generated for a case (CASE-05) as other modules may know it: legal review picks its
 * materials from them (LR-05). {@code id} is the case document's id, {@code fileId} the file store's.
 */
public record CaseDocumentRef(long id, long caseId, String docType, String title, String documentNumber, CaseStage stage,
                              long fileId, Instant generatedAt) {
}
