package cn.anjian.personnel.inspectors;

import java.time.LocalDate;

/**
 * An inspector's training: TI-11 pre-job (32 h) and TI-12 yearly rotation/special training (12 h).
 * Officers' trainings are {@link cn.anjian.personnel.officers.TrainingView} (another table: decimal class hours,
 * centralised, exam); a kind code both use has the same label ({@link InspectorTrainingKind}).
 */
public record InspectorTrainingView(long id, long inspectorId, String kind, String course, int hours, LocalDate endedOn) {

    public String kindLabel() {
        return InspectorTrainingKind.valueOf(kind).label();
    }
}
