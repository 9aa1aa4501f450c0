package cn.anjian.personnel.inspectors;

import java.time.OffsetDateTime;

/** A recorded recruitment stage and its results (TI-03). */
public record StageRecord(String stage, String results, String recordedBy, OffsetDateTime recordedAt) {

    public String label() {
        return Stage.valueOf(stage).getLabel();
    }
}
