package cn.anjian.mines.work;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A check as the phone sends it (the shared contract of issue 17); validated by {@link CheckRecording}. */
public record NewCheck(Long mineId, String mode, String remoteMeans, Boolean unannounced, Boolean night,
                       OffsetDateTime startedAt, OffsetDateTime finishedAt, Position position, Boolean recordedOffline,
                       Long checklistVersionId, String note, List<Answer> items) {

    /** The check-in position (MW-10). */
    public record Position(BigDecimal latitude, BigDecimal longitude, Integer accuracyMeters, OffsetDateTime capturedAt) {
    }

    /** One item's answer; photos are file ids of the files API. */
    public record Answer(Long itemId, String outcome, String note, List<Long> photoFileIds, Boolean majorHazard) {
    }
}
