package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.anjian.enforcement.CaseDecision.DecisionKind;

/** The issued decision of a case. */
public record DecisionView(long caseId, DecisionKind kind, List<String> measures, BigDecimal fineYuan,
                           BigDecimal confiscationYuan, String partyKind, String summary, String documentType,
                           String documentNumber, Long documentId, Instant issuedAt, String issuedBy) {
}
