package cn.anjian.enforcement.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.documents.DocumentFile;
import cn.anjian.documents.DocumentPreview;
import cn.anjian.documents.IssuedDocument;
import cn.anjian.documents.IssuedDocuments;
import cn.anjian.enforcement.CaseDocumentIssued;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.items.CaseItemBasis;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-05: numbered documents of a case (number per agency, year and type through the documents
 * module), stored in the file store and linked to the case; service proven by a 送达回执 generated
 * and linked when the document is served. Decision documents are issued only by
 * {@link CaseDecisions#issueDecision}; receipts only by {@link #serve}. REC-02: a record a stage requires (the
 * 现场检查记录, the 行政处罚告知书) can still be generated after the case left that stage — for that stage, which the
 * recording module marks as filed late — so a case never dead-ends for want of it.
 */
@Service
@Transactional(readOnly = true)
public class CaseDocuments {

    static final String RECEIPT = "SERVICE_RECEIPT";
    static final int MAX_FIELD = 2000;

    /** What may be generated freely, and in which stages. */
    static final Map<String, Set<CaseStage>> FREE_TYPES = Map.of(
            "INSPECTION_RECORD", Set.of(CaseStage.INVESTIGATION),
            "RECTIFICATION_ORDER", Set.of(CaseStage.INVESTIGATION, CaseStage.DECISION),
            "PENALTY_NOTICE", Set.of(CaseStage.DECISION));

    /** REC-02: records of what happened that a later stage may still generate (late) for the stage they belong to. */
    static final Set<String> LATE_TYPES = Set.of("INSPECTION_RECORD", "PENALTY_NOTICE");

    private final JdbcClient jdbc;
    private final CaseService cases;
    private final IssuedDocuments issued;
    private final ApplicationEventPublisher events;
    private final CaseDocumentServiceRepository services;
    private final CaseItemBasis itemBasis;

    CaseDocuments(JdbcClient jdbc, CaseService cases, IssuedDocuments issued, ApplicationEventPublisher events,
                  CaseDocumentServiceRepository services, CaseItemBasis itemBasis) {
        this.jdbc = jdbc;
        this.itemBasis = itemBasis;
        this.services = services;
        this.cases = cases;
        this.issued = issued;
        this.events = events;
    }

    /** At most this many lines of the items table (明细) typed on the form. */
    static final int MAX_ITEMS = 100;

    /**
     * The text a user may give for a document; everything else comes from the case. {@code items}: the lines of the
     * document's items table (检查项目及发现的问题, 隐患内容), one per line as typed.
     */
    public record DocumentFields(String facts, String basis, String decision, String deadline, String legalRepresentative,
                                 List<String> items) {

        public DocumentFields(String facts, String basis, String decision, String deadline, String legalRepresentative) {
            this(facts, basis, decision, deadline, legalRepresentative, List.of());
        }

        public static DocumentFields none() {
            return new DocumentFields(null, null, null, null, null);
        }
    }

    /** The document types a case may generate now, in its stage or late for a stage it left (for the detail page). */
    public List<String> generatable(CaseView c) {
        return FREE_TYPES.keySet().stream().filter(t -> stageFor(c, t) != null).sorted().toList();
    }

    /** The generatable types that would be generated late, for a stage the case has left (补制). */
    public List<String> lateTypes(CaseView c) {
        return generatable(c).stream().filter(t -> stageFor(c, t) != c.stage()).toList();
    }

    /**
     * The stage a document of {@code type} is generated for now: the current stage where the type belongs to it;
     * for {@link #LATE_TYPES} the last of its stages the case has already left (REC-02); null when not generatable.
     */
    static CaseStage stageFor(CaseView c, String type) {
        Set<CaseStage> stages = FREE_TYPES.get(type);
        if (stages == null || type.equals("PENALTY_NOTICE") && c.kind() != CaseKind.PENALTY) {
            return null;
        }
        if (stages.contains(c.stage())) {
            return c.stage();
        }
        if (!LATE_TYPES.contains(type) || c.stage() == CaseStage.ARCHIVED) {
            return null;
        }
        return stages.stream().filter(s -> s.ordinal() < c.stage().ordinal()).max(java.util.Comparator.naturalOrder()).orElse(null);
    }

    public List<CaseDocumentView> list(Actor actor, long caseId) {
        cases.get(actor, caseId);
        return jdbc.sql("SELECT * FROM enf_case_document WHERE case_id = :c ORDER BY generated_at, id").param("c", caseId)
                .query(CaseDocuments::map).list();
    }

    public CaseDocumentView get(Actor actor, long caseId, long documentId) {
        cases.get(actor, caseId);
        return jdbc.sql("SELECT * FROM enf_case_document WHERE id = :id AND case_id = :c").param("id", documentId)
                .param("c", caseId).query(CaseDocuments::map).optional()
                .orElseThrow(() -> BusinessException.notFound("文书"));
    }

    /** Generates a numbered document of a free type for the case in its current stage. */
    @Transactional
    public CaseDocumentView generate(Actor actor, long caseId, String type, DocumentFields fields) {
        Guards.require(actor, "case:manage");
        CaseView c = cases.get(actor, caseId);
        String t = type == null ? "" : type.strip();
        if (!FREE_TYPES.containsKey(t)) {
            throw BusinessException.badInput("CASE-DOC-TYPE", t.equals(RECEIPT) ? "送达回执在登记送达时生成"
                    : "该文书不能在此生成（处理决定书通过“签发决定”生成）：" + Guards.text(t, 40, "文书种类"));
        }
        CaseStage stage = stageFor(c, t);
        if (stage == null) {
            throw new BusinessException("CASE-DOC-STAGE", "当前阶段（" + c.stage().label() + "）不能制作该文书");
        }
        return issue(actor, c, t, fill(c, t, fields == null ? DocumentFields.none() : fields), stage);
    }

    /**
     * Issue 12 defect 4: the document as {@link #generate} would issue it — the same checks, the same values — without
     * taking a number, for the preview and print view.
     */
    public DocumentPreview preview(Actor actor, long caseId, String type, DocumentFields fields) {
        Guards.require(actor, "case:manage");
        CaseView c = cases.get(actor, caseId);
        String t = type == null ? "" : type.strip();
        if (!FREE_TYPES.containsKey(t) || stageFor(c, t) == null) {
            throw BusinessException.badInput("CASE-DOC-TYPE", "当前阶段（" + c.stage().label() + "）不能制作该文书");
        }
        return issued.preview(t, c.agencyId(), fill(c, t, fields == null ? DocumentFields.none() : fields));
    }

    /**
     * The model of a document type: the 现场检查记录 is also signed by the technical inspectors who took
     * part in the check (TI-09), listed after the enforcers and marked 技术检查员.
     */
    Map<String, Object> fill(CaseView c, String type, DocumentFields f) {
        Map<String, Object> m = fill(c, f);
        if ("INSPECTION_RECORD".equals(type)) {
            m.put("officers", cases.inspectionSignerLines(c.id()));
        }
        return m;
    }

    /** The model for a template: the case's party, place, officers and dates, plus the user's text. */
    Map<String, Object> fill(CaseView c, DocumentFields f) {
        Map<String, Object> m = new LinkedHashMap<>();
        LocalDate today = cases.today();
        m.put("date", today);
        m.put("partyName", c.partyName());
        m.put("address", c.place());
        m.put("caseName", c.title());
        m.put("officers", cases.officerLines(c.id()));
        m.put("inspectionTime", today);
        m.put("facts", Guards.text(f.facts(), MAX_FIELD, "检查情况/违法事实"));
        String basis = Guards.text(f.basis(), MAX_FIELD, "依据");
        // CASE-17: a document carries the legal basis of the case's enforcement item unless the officer wrote one
        m.put("basis", basis != null ? basis : itemBasis.basisOf(c.id()).orElse(null));
        m.put("enforcementItem", itemBasis.itemOf(c.id()).orElse(null));
        m.put("decision", Guards.text(f.decision(), MAX_FIELD, "决定/责令事项"));
        m.put("deadline", Guards.text(f.deadline(), 100, "期限"));
        String representative = Guards.text(f.legalRepresentative(), 50, "法定代表人");
        // blank on the form: the enterprise's registered legal representative (issue 12 defect 4)
        m.put("legalRepresentative", representative != null ? representative : legalRepresentative(c.enterpriseId()));
        m.put("inspectionPlace", c.place());
        m.put("items", items(f.items()));
        return m;
    }

    private String legalRepresentative(Long enterpriseId) {
        return enterpriseId == null ? null : jdbc.sql("SELECT legal_representative FROM ent_enterprise_view WHERE id = :id")
                .param("id", enterpriseId).query(String.class).optional().orElse(null);
    }

    /** The typed lines of the items table, blank lines dropped; refused beyond {@link #MAX_ITEMS} or too long. */
    static List<String> items(List<String> lines) {
        if (lines == null) {
            return List.of();
        }
        List<String> out = lines.stream().map(l -> Guards.text(l, 500, "明细")).filter(java.util.Objects::nonNull).toList();
        if (out.size() > MAX_ITEMS) {
            throw BusinessException.badInput("CASE-DOC-ITEMS", "明细不能超过 " + MAX_ITEMS + " 行");
        }
        return out;
    }

    /** Numbers, generates, stores and links one document of the current stage; publishes {@link CaseDocumentIssued}. */
    CaseDocumentView issue(Actor actor, CaseView c, String type, Map<String, Object> model) {
        return issue(actor, c, type, model, c.stage());
    }

    /** The same for {@code stage}: the current one, or (REC-02, late) a stage the case has left. */
    CaseDocumentView issue(Actor actor, CaseView c, String type, Map<String, Object> model, CaseStage stage) {
        cases.requireValidTeam(c, "制作文书"); // every document names the team's officers and their certificates
        IssuedDocument d = issued.issue(type, c.agencyId(), "case", Long.toString(c.id()), model, c.scopePath(), actor);
        Instant now = cases.now();
        String title = d.number().typeName();
        long id = jdbc.sql("""
                        INSERT INTO enf_case_document (case_id, doc_type, doc_title, number_id, document_number, stage, file_id,
                            generated_at, generated_by, template_version)
                        VALUES (:c, :t, :title, :nid, :no, :stage, :f, :now, :by, :tv) RETURNING id""")
                .param("tv", d.templateVersion())
                .param("c", c.id()).param("t", type).param("title", title).param("nid", d.number().id())
                .param("no", d.number().text()).param("stage", stage.name()).param("f", d.fileId())
                .param("now", Timestamp.from(now)).param("by", actor.username()).query(Long.class).single();
        events.publishEvent(new CaseDocumentIssued(c.id(), id, stage, type, title, d.number().text(), d.fileId(), now,
                actor.username()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseId", c.id());
        after.put("type", type);
        after.put("number", d.number().text());
        after.put("fileId", d.fileId());
        after.put("sha256", d.sha256());
        after.put("templateVersion", d.templateVersion());
        if (stage != c.stage()) {
            after.put("lateForStage", stage.name());
        }
        events.publishEvent(AuditableEvent.change("enforcement.case.document-issued", "case_document", id, null, after));
        return jdbc.sql("SELECT * FROM enf_case_document WHERE id = :id").param("id", id).query(CaseDocuments::map).single();
    }

    /**
     * Records the service of a document (CASE-05): the 送达回执 is generated, numbered and linked in
     * the same transaction, so no document is ever marked served without its receipt.
     */
    @Transactional
    public CaseDocumentView serve(Actor actor, long caseId, long documentId, ServiceMethod method, String recipient) {
        Guards.require(actor, "case:manage");
        CaseView c = cases.get(actor, caseId);
        CaseDocumentView d = get(actor, caseId, documentId);
        if (d.receipt()) {
            throw new BusinessException("CASE-SERVE-RECEIPT", "送达回执本身不需要送达");
        }
        if (d.served()) {
            throw BusinessException.conflict("CASE-SERVED", "该文书已于" + Dates.minutes(d.servedAt()) + "送达");
        }
        if (method == null) {
            throw BusinessException.badInput("CASE-SERVE-METHOD", "请选择送达方式");
        }
        String who = Guards.text(recipient, 200, "受送达人");
        if (who == null) {
            throw BusinessException.badInput("CASE-SERVE-RECIPIENT", "请填写受送达人");
        }
        if (c.stage() == CaseStage.ARCHIVED) {
            throw new BusinessException("CASE-ARCHIVED", "案件已归档，不能再登记送达");
        }
        Map<String, Object> model = fill(c, DocumentFields.none());
        model.put("documentName", d.docTitle() + " " + d.documentNumber());
        model.put("partyName", who);
        model.put("serviceMethod", method.label());
        CaseDocumentView receipt = issue(actor, c, RECEIPT, model);
        Instant now = cases.now();
        CaseDocumentService service = services.findById(d.id()).orElseThrow(() -> BusinessException.notFound("文书"));
        service.serve(method, who, receipt.id(), receipt.documentNumber(), now);
        try {
            services.save(service); // publishes the audit entry
        } catch (OptimisticLockingFailureException e) {
            throw BusinessException.conflict("CASE-SERVED", "该文书已被他人登记送达");
        }
        events.publishEvent(new CaseDocumentServed(caseId, d.id(), d.docType(), now)); // CASE-15: a served fine starts its execution
        return get(actor, caseId, documentId);
    }

    /** The stored file of a case document, for a verified download; 404 outside the actor's scope. */
    public DocumentFile file(Actor actor, long caseId, long documentId) {
        CaseDocumentView d = get(actor, caseId, documentId);
        return issued.find(d.fileId(), actor);
    }

    /** Streams outside any transaction (a download may take long; the files module marks verification itself). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void copy(Actor actor, DocumentFile f, java.io.OutputStream out) {
        issued.copyVerified(f.fileId(), actor, out);
    }

    static CaseDocumentView map(ResultSet rs, int i) throws SQLException {
        String m = rs.getString("service_method");
        return new CaseDocumentView(rs.getLong("id"), rs.getString("doc_type"), rs.getString("doc_title"),
                rs.getString("document_number"), CaseStage.valueOf(rs.getString("stage")), rs.getLong("file_id"),
                CaseService.instant(rs, "generated_at"), rs.getString("generated_by"), CaseService.instant(rs, "served_at"),
                m == null ? null : ServiceMethod.valueOf(m), rs.getString("recipient"),
                (Long) rs.getObject("receipt_document_id", Long.class), (Integer) rs.getObject("template_version", Integer.class));
    }
}
