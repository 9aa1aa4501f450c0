package cn.anjian.legalreview;

import java.time.LocalDate;

/**
 * LR-02/LR-03: classifies a decision with the categories and thresholds in force on {@code day} (the day
 * of the decision), so a later change of the settings never reclassifies an earlier decision. The same
 * classifier serves the case page, the what-if endpoint and the issuance gate.
 */
public interface MajorDecisions {

    Classification classify(ClassifyInput input, LocalDate day);
}
