package cn.anjian.personnel.officers;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A training attended by an officer. {@code centralised}: 集中脱产 (null = no); the exam's date (default: the end date)
 * and score (0–100, optional) only with an exam result; {@code attendance} null = 正常参加.
 */
record NewTraining(String course, TrainingKind kind, BigDecimal classHours, LocalDate startDate,
                   LocalDate endDate, Boolean centralised, ExamResult examResult, LocalDate examDate,
                   BigDecimal examScore, Attendance attendance) {

    NewTraining(String course, TrainingKind kind, BigDecimal classHours, LocalDate startDate, LocalDate endDate,
                Boolean centralised, ExamResult examResult) {
        this(course, kind, classHours, startDate, endDate, centralised, examResult, null, null, null);
    }
}
