package cn.anjian.enforcement.cases;

import java.time.Instant;

/** Published inside the serving transaction when a case document is served (CASE-05); CASE-15 starts the execution. */
record CaseDocumentServed(long caseId, long documentId, String docType, Instant servedAt) {
}
