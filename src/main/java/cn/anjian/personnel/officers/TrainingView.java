package cn.anjian.personnel.officers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A training attended by an officer, with its exam (date, score, result) and the attendance (OFF-06). */
public record TrainingView(long id, long personId, String course, TrainingKind kind, BigDecimal classHours,
                           LocalDate startDate, LocalDate endDate, boolean centralised, ExamResult examResult,
                           LocalDate examDate, BigDecimal examScore, Attendance attendance) {

    /** The exam of this training was passed and the officer took part. */
    public boolean passed(TrainingKind k) {
        return kind == k && examResult == ExamResult.PASSED && attendance.tookPart();
    }
}
