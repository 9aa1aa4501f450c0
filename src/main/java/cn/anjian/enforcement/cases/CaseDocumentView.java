package cn.anjian.enforcement.cases;

import java.time.Instant;

import cn.anjian.enforcement.CaseStage;

/** A numbered document of a case and its service (CASE-05). */
public record CaseDocumentView(long id, String docType, String docTitle, String documentNumber, CaseStage stage,
                               long fileId, Instant generatedAt, String generatedBy, Instant servedAt,
                               ServiceMethod serviceMethod, String recipient, Long receiptDocumentId,
                               Integer templateVersion) {

    /** The 文书式样 version the document was generated with (issue 11 item 7); "—" for documents from before. */
    public String templateVersionLabel() {
        return templateVersion == null ? "—" : cn.anjian.documents.DocumentGenerator.versionLabel(templateVersion);
    }

    public boolean served() {
        return servedAt != null;
    }

    public boolean receipt() {
        return "SERVICE_RECEIPT".equals(docType);
    }
}
