package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.anjian.documents.DocumentNumbers;
import cn.anjian.documents.IssuedNumber;
import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.DecisionIssuanceGuard;
import cn.anjian.enforcement.DecisionIssued;
import cn.anjian.enforcement.items.CaseItemBasis;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision of a case, issued through ONE method ({@link #issueDecision}) so that legal review
 * (LR-01, LR-13) can refuse it through {@link DecisionIssuanceGuard} before anything is written.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseDecisions {

    static final int MAX_MEASURES = 20;
    static final int MAX_MEASURE = 300;

    /** The decision kinds each case kind may end with. */
    static final Map<CaseKind, Set<DecisionKind>> ALLOWED = Map.of(
            CaseKind.INSPECTION, EnumSet.of(DecisionKind.RECTIFICATION, DecisionKind.COERCIVE_MEASURE),
            CaseKind.PENALTY, EnumSet.of(DecisionKind.PENALTY, DecisionKind.NO_PENALTY, DecisionKind.RECTIFICATION),
            CaseKind.COERCIVE, EnumSet.of(DecisionKind.COERCIVE_MEASURE, DecisionKind.COERCIVE_EXECUTION),
            CaseKind.LICENCE, EnumSet.of(DecisionKind.LICENCE_GRANT, DecisionKind.LICENCE_REFUSAL));

    /** The numbered document of each decision kind; the first two have a .docx template, the others are numbered only. */
    static final Map<DecisionKind, String> DOCUMENT = Map.of(
            DecisionKind.PENALTY, "PENALTY_DECISION",
            DecisionKind.RECTIFICATION, "RECTIFICATION_ORDER",
            DecisionKind.NO_PENALTY, "NO_PENALTY_DECISION",
            DecisionKind.COERCIVE_MEASURE, "COERCIVE_DECISION",
            DecisionKind.COERCIVE_EXECUTION, "COERCIVE_EXECUTION_DECISION",
            DecisionKind.LICENCE_GRANT, "LICENCE_DECISION",
            DecisionKind.LICENCE_REFUSAL, "LICENCE_REFUSAL_DECISION");

    private final JdbcClient jdbc;
    private final CaseService cases;
    private final CaseDocuments documents;
    private final DocumentNumbers numbers;
    private final org.springframework.beans.factory.ObjectProvider<DecisionIssuanceGuard> guards;
    private final ApplicationEventPublisher events;
    private final CaseItemBasis itemBasis;

    /** The decision kinds a case of this kind may end with (for the decision form). */
    public List<DecisionKind> allowedKinds(CaseKind kind) {
        return ALLOWED.get(kind).stream().sorted().toList();
    }

    public Optional<DecisionView> find(Actor actor, long caseId) {
        cases.get(actor, caseId);
        return jdbc.sql("SELECT * FROM enf_case_decision WHERE case_id = :c").param("c", caseId)
                .query((rs, i) -> new DecisionView(rs.getLong("case_id"), DecisionKind.valueOf(rs.getString("kind")),
                        rs.getString("measures").isEmpty() ? List.of() : List.of(rs.getString("measures").split("\n")),
                        rs.getBigDecimal("fine_yuan"), rs.getBigDecimal("confiscation_yuan"), rs.getString("party_kind"),
                        rs.getString("summary"), rs.getString("document_type"), rs.getString("document_number"),
                        (Long) rs.getObject("document_id", Long.class), CaseService.instant(rs, "issued_at"),
                        rs.getString("issued_by")))
                .optional();
    }

    /**
     * Issues the case decision: only in the DECISION stage, with {@code case:decide}; the input is
     * validated, then every {@link DecisionIssuanceGuard} is asked before anything is written; the
     * decision document is numbered (and generated where a template exists), the decision stored and
     * {@link DecisionIssued} published. The party kind is the case's (enterprise kind or CITIZEN).
     */
    @Transactional
    public DecisionView issueDecision(Actor actor, long caseId, CaseDecision in) {
        Guards.require(actor, "case:decide");
        CaseView c = cases.get(actor, caseId);
        CaseDecision decision = check(c, caseId, in);
        CaseRef ref = cases.toRef(c);
        // every guard bean (legal review plugs in here, LR-01), before anything is numbered or stored
        guards.orderedStream().forEach(g -> g.beforeIssue(ref, decision));
        String type = DOCUMENT.get(in.kind());
        String number;
        Long documentId = null;
        if (type.equals("PENALTY_DECISION") || type.equals("RECTIFICATION_ORDER")) {
            String text = decisionText(decision, itemBasis.suggestedFine(caseId).orElse(null));
            Map<String, Object> model = documents.fill(c, new CaseDocuments.DocumentFields(decision.summary(),
                    decision.legalBasis(), text, in.rectifyBy() == null ? null : in.rectifyBy().toString(), null));
            CaseDocumentView d = documents.issue(actor, c, type, model);
            number = d.documentNumber();
            documentId = d.id();
        } else {
            IssuedNumber n = numbers.take(type, c.agencyId(), "case", Long.toString(caseId), actor.username());
            number = n.text();
        }
        store(actor, c, decision, type, number, documentId);
        return find(actor, caseId).orElseThrow();
    }

    /** The gates of a decision, in order: the case, the kind, then the content (nothing is written before). */
    private CaseDecision check(CaseView c, long caseId, CaseDecision in) {
        if (in == null) {
            throw BusinessException.badInput("CASE-DECISION-MISSING", "请填写处理决定");
        }
        if (in.caseId() != 0 && in.caseId() != caseId) {
            throw BusinessException.badInput("CASE-DECISION-CASE", "处理决定所属案件与当前案件不一致");
        }
        if (c.stage() != CaseStage.DECISION) {
            throw new BusinessException("CASE-DECISION-STAGE", "只有在“审查决定”阶段才能签发处理决定，当前为“" + c.stage().label() + "”");
        }
        if (cases.decisionIssued(caseId)) {
            throw BusinessException.conflict("CASE-DECISION-EXISTS", "本案已签发处理决定");
        }
        if (in.kind() == null) {
            throw BusinessException.badInput("CASE-DECISION-KIND", "请选择决定种类");
        }
        if (!ALLOWED.get(c.kind()).contains(in.kind())) {
            throw new BusinessException("CASE-DECISION-KIND", c.kind().label() + "案件不能作出“" + in.kind().label() + "”");
        }
        List<String> measures = measures(in.measures());
        BigDecimal fine = Guards.amount(in.fineYuan(), "罚款金额");
        BigDecimal confiscation = Guards.amount(in.confiscationYuan(), "没收金额");
        String summary = Guards.text(in.summary(), 2000, "决定摘要");
        String basis = Guards.text(in.legalBasis(), 2000, "法律依据");
        String reason = Guards.text(in.deviationReason(), 2000, "偏离裁量基准的理由");
        if (in.kind() == DecisionKind.PENALTY && measures.isEmpty() && isZero(fine) && isZero(confiscation)) {
            throw new BusinessException("CASE-DECISION-EMPTY", "行政处罚决定须载明处罚种类或罚没金额");
        }
        if (in.kind() != DecisionKind.PENALTY && (!isZero(fine) || !isZero(confiscation))) {
            throw new BusinessException("CASE-DECISION-AMOUNT", "只有行政处罚决定可以载明罚款或没收金额");
        }
        if (in.kind() == DecisionKind.RECTIFICATION && in.rectifyBy() == null) {
            throw BusinessException.badInput("CASE-DECISION-DEADLINE", "责令限期整改须写明整改期限");
        }
        if (in.rectifyBy() != null && (in.rectifyBy().isBefore(cases.today()) || in.rectifyBy().isAfter(cases.today().plusYears(2)))) {
            throw BusinessException.badInput("CASE-DECISION-DEADLINE", "整改期限应在今天至两年之内");
        }
        return new CaseDecision(caseId, in.kind(), measures, fine, confiscation, c.partyKind(), summary, basis, in.rectifyBy(), reason);
    }

    private void store(Actor actor, CaseView c, CaseDecision decision, String type, String number, Long documentId) {
        Instant now = cases.now();
        jdbc.sql("""
                        INSERT INTO enf_case_decision (case_id, kind, measures, fine_yuan, confiscation_yuan, party_kind, summary,
                            document_type, document_number, document_id, issued_at, issued_by)
                        VALUES (:c, :k, :m, :fine, :conf, :pk, :s, :t, :no, :doc, :now, :by)""")
                .param("c", c.id()).param("k", decision.kind().name()).param("m", String.join("\n", decision.measures()))
                .param("fine", decision.fineYuan()).param("conf", decision.confiscationYuan()).param("pk", c.partyKind())
                .param("s", decision.summary()).param("t", type).param("no", number).param("doc", documentId)
                .param("now", Timestamp.from(now)).param("by", actor.username()).update();
        events.publishEvent(new DecisionIssued(c.id(), decision, number, now, actor.username()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", decision.kind().name());
        after.put("measures", decision.measures());
        after.put("fineYuan", decision.fineYuan() == null ? null : decision.fineYuan().toPlainString());
        after.put("confiscationYuan", decision.confiscationYuan() == null ? null : decision.confiscationYuan().toPlainString());
        after.put("partyKind", c.partyKind());
        after.put("documentNumber", number);
        events.publishEvent(AuditableEvent.change("enforcement.case.decision-issued", "case", c.id(), null, after));
    }

    /**
     * The 处罚决定 text of the document: measures and amounts; with a fine under a discretion benchmark (CASE-17) also the
     * circumstance, the suggested range and, for a fine outside it, the reason.
     */
    static String decisionText(CaseDecision d, CaseItemBasis.SuggestedFine suggested) {
        List<String> parts = new ArrayList<>(d.measures());
        if (!isZero(d.fineYuan())) {
            parts.add("罚款人民币 " + d.fineYuan().toPlainString() + " 元" + (suggested == null ? ""
                    : "（" + suggested.documentText(d.fineYuan(), d.deviationReason()) + "）"));
        }
        if (!isZero(d.confiscationYuan())) {
            parts.add("没收违法所得人民币 " + d.confiscationYuan().toPlainString() + " 元");
        }
        return parts.isEmpty() ? d.kind().label() : String.join("；", parts);
    }

    private static boolean isZero(BigDecimal v) {
        return v == null || v.signum() == 0;
    }

    private static List<String> measures(List<String> in) {
        if (in == null) {
            return List.of();
        }
        if (in.size() > MAX_MEASURES) {
            throw BusinessException.badInput("CASE-DECISION-MEASURES", "处理措施不能超过 " + MAX_MEASURES + " 项");
        }
        List<String> out = new ArrayList<>();
        for (String m : in) {
            String s = Guards.text(m == null ? null : m.replace('\n', ' '), MAX_MEASURE, "处理措施");
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}
