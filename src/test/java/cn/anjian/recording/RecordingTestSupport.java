package cn.anjian.recording;

import cn.anjian.enforcement.CaseRef;
import org.springframework.stereotype.Component;

/**
 * For other modules' tests that close cases: files what recording's stage guards ask before closure (REC-02 paper
 * records of the stages reached, REC-03 the on-site inspection of an inspection case), as a Zezhou officer.
 */
@Component
public class RecordingTestSupport {

    private final RecordingFixtures fx;

    RecordingTestSupport(RecordingFixtures fx) {
        this.fx = fx;
    }

    /** Call right before closing a Zezhou case with a team, in the stage whose records are then complete. */
    public void closable(CaseRef c) {
        fx.closable(c);
    }
}
