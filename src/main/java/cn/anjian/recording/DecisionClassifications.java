package cn.anjian.recording;

/**
 * REC-12 / PUB-12 for the modules that publish: how the case's decision is classified — the highest classification among
 * the case's decision records (text records of kind {@link TextKind#DECISION}, not destroyed). {@link Classification#NONE}
 * when none is classified; a classified decision is never published (it may only be exempted, PUB-05).
 */
public interface DecisionClassifications {

    /** Trusted read (no actor): the strictest classification of the case's decision records. */
    Classification ofDecision(long caseId);
}
