package cn.anjian.personnel.officers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A training attended by an officer. {@code centralised}: 集中脱产 (null = no). */
record NewTraining(String course, TrainingKind kind, BigDecimal classHours, LocalDate startDate,
                          LocalDate endDate, Boolean centralised, ExamResult examResult) {
}
