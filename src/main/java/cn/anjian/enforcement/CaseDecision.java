package cn.anjian.enforcement;

import lombok.RequiredArgsConstructor;

import lombok.Getter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The decision of a case as legal review and statistics need it: what kind of decision, which
 * measures, the fine and confiscation amounts in yuan (null when none), and whether the party is a
 * citizen or an organisation (LR-02 thresholds differ). {@code partyKind} is the enterprises
 * module's {@code EnterpriseKind} name; when issued it is taken from the case's party, whatever the
 * caller passed. {@code legalBasis} is the provisions the decision rests on (printed on the decision
 * document); {@code rectifyBy} the rectification deadline of a RECTIFICATION decision; {@code deviationReason}
 * why a fine lies outside the suggested range of the case's discretion benchmark (CASE-17), written on the decision form.
 */
public record CaseDecision(long caseId, DecisionKind kind, List<String> measures, BigDecimal fineYuan,
                           BigDecimal confiscationYuan, String partyKind, String summary, String legalBasis,
                           LocalDate rectifyBy, String deviationReason) {

    /** Without a reason for deviating from the discretion benchmark. */
    public CaseDecision(long caseId, DecisionKind kind, List<String> measures, BigDecimal fineYuan,
                        BigDecimal confiscationYuan, String partyKind, String summary, String legalBasis,
                        LocalDate rectifyBy) {
        this(caseId, kind, measures, fineYuan, confiscationYuan, partyKind, summary, legalBasis, rectifyBy, null);
    }

    /** Without legal basis and rectification deadline (the shape before they were added). */
    public CaseDecision(long caseId, DecisionKind kind, List<String> measures, BigDecimal fineYuan,
                        BigDecimal confiscationYuan, String partyKind, String summary) {
        this(caseId, kind, measures, fineYuan, confiscationYuan, partyKind, summary, null, null, null);
    }

    @Getter
    @RequiredArgsConstructor
    public enum DecisionKind {
        PENALTY("行政处罚决定"),
        NO_PENALTY("不予行政处罚决定"),
        COERCIVE_MEASURE("行政强制措施决定"),
        COERCIVE_EXECUTION("行政强制执行决定"),
        RECTIFICATION("责令限期整改"),
        LICENCE_GRANT("准予行政许可"),
        LICENCE_REFUSAL("不予行政许可");

        private final String label;
    }
}
