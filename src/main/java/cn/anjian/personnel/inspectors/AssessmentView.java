package cn.anjian.personnel.inspectors;

import java.time.LocalDate;

/** TI-21: one special or annual assessment of an inspector with its result. */
public record AssessmentView(long id, long inspectorId, String kind, int assessmentYear, String title, LocalDate assessedOn,
                             String result, String remarks, String recordedBy) {

    public String kindLabel() {
        return Assessments.Kind.valueOf(kind).label();
    }

    public String resultLabel() {
        return Assessments.Result.valueOf(result).label();
    }
}
