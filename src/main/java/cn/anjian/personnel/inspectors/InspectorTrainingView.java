package cn.anjian.personnel.inspectors;

import java.time.LocalDate;

/**
 * An inspector's training: TI-11 pre-job (32 h) and TI-12 yearly rotation/special training (12 h).
 * Officers' trainings are {@link cn.anjian.personnel.officers.TrainingView} (other kinds, hours and exam).
 */
public record InspectorTrainingView(long id, long inspectorId, String kind, String course, int hours, LocalDate endedOn) {

    public String kindLabel() {
        return switch (kind) {
            case "PRE_JOB" -> "岗前培训";
            case "ROTATION" -> "定期轮训";
            default -> "专题培训";
        };
    }
}
