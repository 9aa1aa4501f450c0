package cn.anjian.enforcement;

/**
 * SPI asked before every stage transition, inside the transition's transaction. A downstream module
 * (recording: REC-02 required records before closure) refuses by throwing a
 * {@code BusinessException}; nothing changes then.
 */
public interface CaseStageGuard {

    void beforeTransition(CaseRef theCase, CaseStage from, CaseStage to);
}
