package cn.anjian.enforcement.cases;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The service (送达) state of a case document: not served, then served once with its method, recipient
 * and receipt (送达回执). Only these columns are the aggregate's; the generated document itself is
 * written once when it is issued and never changes.
 */
@Table("enf_case_document")
class CaseDocumentService extends AbstractAggregateRoot<CaseDocumentService> {

    @Id
    private Long id;
    @Version
    private Integer version;
    private Instant servedAt;
    private ServiceMethod serviceMethod;
    private String recipient;
    private Long receiptDocumentId;

    @PersistenceCreator
    private CaseDocumentService() {
    }

    void serve(ServiceMethod method, String to, long receiptId, String receiptNumber, Instant at) {
        if (servedAt != null) {
            throw BusinessException.conflict("CASE-SERVED", "该文书已被他人登记送达");
        }
        servedAt = at;
        serviceMethod = method;
        recipient = to;
        receiptDocumentId = receiptId;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("method", method.name());
        after.put("recipient", to);
        after.put("receipt", receiptNumber);
        registerEvent(AuditableEvent.change("enforcement.case.document-served", "case_document", id, null, after));
    }
}
