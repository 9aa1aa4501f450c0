package cn.anjian.legalreview;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of classifying a decision (LR-02, LR-03): whether it is major, the rules that fired (code +
 * Chinese text) and which rule set was applied: {@code ruleSetVersion} identifies the values of every
 * legal-review setting in force on {@code ruleDate} (equal values, equal version), so a stored
 * classification can be traced to the parameters that produced it. {@code internalReviewEligible}: LR-14,
 * the fine alone makes it major and stays within the entrusted-institution limit.
 */
public record Classification(boolean major, String ruleSetVersion, LocalDate ruleDate, List<Reason> reasons,
                             boolean internalReviewEligible) {

    public Classification {
        reasons = List.copyOf(reasons);
    }

    public record Reason(String code, String text) {
    }
}
