package cn.anjian.enforcement;

/**
 * SPI asked by the one decision-issuing method before a case decision is issued, inside its
 * transaction. The legal-review module implements it (LR-01: a major decision needs a passed
 * review) and refuses by throwing a {@code BusinessException}; nothing is issued then.
 */
public interface DecisionIssuanceGuard {

    void beforeIssue(CaseRef theCase, CaseDecision decision);
}
