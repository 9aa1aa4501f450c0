package cn.anjian.enforcement.cases.web;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.anjian.documents.DocumentFile;
import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.CaseOrigin;
import cn.anjian.enforcement.cases.CaseOrigins;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enforcement.ViolationFacts;
import cn.anjian.enforcement.cases.CaseDecisions;
import cn.anjian.enforcement.cases.CaseDocumentView;
import cn.anjian.enforcement.cases.CaseDocuments;
import cn.anjian.enforcement.cases.CaseList;
import cn.anjian.enforcement.cases.CasePage;
import cn.anjian.enforcement.cases.CaseService;
import cn.anjian.enforcement.cases.CaseTransfers;
import cn.anjian.enforcement.cases.CaseView;
import cn.anjian.enforcement.cases.DecisionView;
import cn.anjian.enforcement.cases.MemberView;
import cn.anjian.enforcement.cases.NewMember;
import cn.anjian.enforcement.cases.ServiceMethod;
import cn.anjian.enforcement.cases.TransferView;
import cn.anjian.kernel.Attachment;
import cn.anjian.kernel.Masking;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Params;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The case API for the phone app and integrations; refusals are problem+json (web module's handler). */
@RestController
@RequestMapping("/api/v1/cases")
@RequiredArgsConstructor
class CaseApiController {

    private final CaseOrigins origins;
    private final CaseService cases;
    private final CaseList list;
    private final CaseDocuments documents;
    private final CaseDecisions decisions;
    private final CaseTransfers transfers;

    record CreateRequest(CaseKind kind, CaseSource source, String basisTitle, String basisNumber, LocalDate basisDate,
                         Long enterpriseId, String citizenName, String title, String place, Long unitId,
                         ViolationFacts violation, CaseOrigin origin) {
    }

    record TeamRequest(List<NewMember> members) {
    }

    record TransitionRequest(CaseStage to, String note) {
    }

    record DocumentRequest(String type, String facts, String basis, String decision, String deadline,
                           String legalRepresentative) {
    }

    record ServeRequest(ServiceMethod method, String recipient) {
    }

    record DecisionRequest(DecisionKind kind, List<String> measures, BigDecimal fineYuan, BigDecimal confiscationYuan,
                           String summary, String legalBasis, LocalDate rectifyBy, String deviationReason) {
    }

    record TransferRequest(String organ, LocalDate transferDate, String reason) {
    }

    record Detail(CaseView theCase, List<MemberView> team, List<CaseDocumentView> documents, DecisionView decision,
                  List<TransferView> transfers, List<cn.anjian.enforcement.cases.TimelineEntry> timeline) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('case:read')")
    CasePage list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params) {
        int size = params.containsKey("size") ? Math.max(1, Math.min(CaseList.MAX_SIZE, Params.page(params.get("size")))) : CaseList.DEFAULT_SIZE;
        return CaseListing.page(list, actor, CaseForms.filter(params), params, CaseList.SORT.parse(params.get("sort")), size);
    }

    /** The list as Excel: the same filters and sort as {@code GET /api/v1/cases}, every matching case. */
    @GetMapping("/export")
    @PreAuthorize("hasAuthority('case:read')")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> export(
            @AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params) {
        return CaseListing.export(list, actor, params);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('case:read')")
    Detail detail(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        long caseId = Params.id("id", id);
        CaseView c = cases.get(actor, caseId);
        if (c.citizen() && !actor.hasPermission("pii:view-full")) {
            c = new CaseView(c.id(), c.caseNumber(), c.title(), c.kind(), c.source(), c.basisTitle(), c.basisNumber(),
                    c.basisDate(), c.originType(), c.originId(), c.enterpriseId(), Masking.name(c.partyName()), c.partyKind(),
                    c.place(), c.stage(), c.agencyId(), c.agencyName(), c.unitId(), c.unitName(), c.scopePath(), c.openedAt(),
                    c.openedBy(), c.dueAt(), c.closedAt(), c.archivedAt(), c.jointOperationId(), c.version());
        }
        return new Detail(c, cases.team(actor, caseId), documents.list(actor, caseId),
                decisions.find(actor, caseId).orElse(null), transfers.list(actor, caseId), cases.timeline(caseId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('case:manage')")
    CaseRef create(@AuthenticationPrincipal Actor actor, @RequestBody(required = false) CreateRequest r) {
        Params.requireBody(r, "请提交立案信息");
        // CASE-04: {"origin": {"type": "SUBMISSION", "id": 5}} names the record the case was started by
        return origins.open(actor, new NewCase(r.kind(), r.source(), r.basisTitle(), r.basisNumber(), r.basisDate(),
                r.enterpriseId(), r.citizenName(), r.title(), r.place(), r.unitId(), r.violation()), r.origin());
    }

    @PutMapping("/{id}/team")
    @PreAuthorize("hasAuthority('case:manage')")
    List<MemberView> team(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestBody(required = false) TeamRequest r) {
        return cases.setTeam(actor, Params.id("id", id), r == null ? null : r.members());
    }

    @PostMapping("/{id}/transition")
    @PreAuthorize("hasAuthority('case:manage')")
    CaseView transition(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                        @RequestBody(required = false) TransitionRequest r) {
        Params.requireBody(r, "请提交要进入的阶段");
        return cases.transition(actor, Params.id("id", id), r.to(), r.note());
    }

    @PostMapping("/{id}/documents")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('case:manage')")
    CaseDocumentView generate(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                              @RequestBody(required = false) DocumentRequest r) {
        Params.requireBody(r, "请提交文书种类和内容");
        return documents.generate(actor, Params.id("id", id), r.type(),
                new CaseDocuments.DocumentFields(r.facts(), r.basis(), r.decision(), r.deadline(), r.legalRepresentative()));
    }

    @PostMapping("/{id}/documents/{documentId}/serve")
    @PreAuthorize("hasAuthority('case:manage')")
    CaseDocumentView serve(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String documentId,
                           @RequestBody(required = false) ServeRequest r) {
        Params.requireBody(r, "请提交送达方式和受送达人");
        return documents.serve(actor, Params.id("id", id), Params.id("documentId", documentId), r.method(), r.recipient());
    }

    @GetMapping("/{id}/documents/{documentId}/content")
    @PreAuthorize("hasAuthority('case:read')")
    void content(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String documentId,
                 HttpServletResponse res) throws IOException {
        DocumentFile f = documents.file(actor, Params.id("id", id), Params.id("documentId", documentId));
        stream(documents, actor, f, res);
    }

    @PostMapping("/{id}/decision")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('case:decide')")
    DecisionView decision(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                          @RequestBody(required = false) DecisionRequest r) {
        Params.requireBody(r, "请提交处理决定");
        long caseId = Params.id("id", id);
        return decisions.issueDecision(actor, caseId, new CaseDecision(caseId, r.kind(), r.measures(), r.fineYuan(),
                r.confiscationYuan(), null, r.summary(), r.legalBasis(), r.rectifyBy(), r.deviationReason()));
    }

    @PostMapping("/{id}/transfer")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('case:transfer')")
    TransferView transfer(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                          @RequestBody(required = false) TransferRequest r) {
        Params.requireBody(r, "请提交接收机关、移送日期和理由");
        return transfers.request(actor, Params.id("id", id), r.organ(), r.transferDate(), r.reason());
    }

    /** Streams a case document through the verified copy (REC-09), as an attachment. */
    static void stream(CaseDocuments documents, Actor actor, DocumentFile f, HttpServletResponse res) throws IOException {
        res.setContentType(f.contentType());
        res.setHeader(HttpHeaders.CONTENT_DISPOSITION, Attachment.disposition(f.name()));
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setContentLengthLong(f.size());
        documents.copy(actor, f, res.getOutputStream());
    }
}
