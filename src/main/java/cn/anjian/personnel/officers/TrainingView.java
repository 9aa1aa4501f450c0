package cn.anjian.personnel.officers;

import java.math.BigDecimal;
import java.time.LocalDate;

public record TrainingView(long id, long personId, String course, TrainingKind kind, BigDecimal classHours,
                           LocalDate startDate, LocalDate endDate, boolean centralised, ExamResult examResult) {
}
