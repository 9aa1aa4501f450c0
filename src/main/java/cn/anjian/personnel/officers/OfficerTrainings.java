package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Trainings (OFF-01/OFF-02/OFF-07), with the yearly hours summary kept in the same transaction (V7_2, V7_4). */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class OfficerTrainings {

    private final OfficerRecords records;
    private final OfficerSupport support;
    private final JdbcClient jdbc;

    @Transactional
    TrainingView addTraining(Actor actor, long personId, NewTraining t) {
        OfficerSupport.requireManage(actor);
        records.officerInScope(actor, personId);
        if (t == null) {
            throw BusinessException.badInput("OFF-INPUT", "请填写培训信息");
        }
        String course = OfficerSupport.text(t.course(), "课程名称", 100, true);
        if (t.kind() == null) {
            throw BusinessException.badInput("OFF-TRAINING-KIND", "请选择培训类别");
        }
        BigDecimal hours = OfficerSupport.hours(t.classHours());
        LocalDate start = support.pastDate(t.startDate(), "培训开始日期", true);
        LocalDate end = support.pastDate(t.endDate(), "培训结束日期", true);
        if (end.isBefore(start)) {
            throw BusinessException.badInput("OFF-TRAINING-DATES", "培训结束日期不能早于开始日期");
        }
        ExamResult exam = t.examResult() == null ? ExamResult.NONE : t.examResult();
        Attendance attendance = t.attendance() == null ? Attendance.PRESENT : t.attendance();
        LocalDate examDate = examDate(t, exam, attendance, start);
        BigDecimal score = examScore(t.examScore(), exam);
        boolean centralised = Boolean.TRUE.equals(t.centralised());
        long id = jdbc.sql("""
                        INSERT INTO off_training (person_id, course, kind, class_hours, start_date, end_date, centralised,
                            exam_result, safety_law_exam, training_year, exam_date, exam_score, attendance, created_at)
                        VALUES (:p, :course, :kind, :hours, :start, :end, :central, :exam, :law, :year, :examDate, :score,
                            :attendance, :now) RETURNING id""")
                .param("p", personId).param("course", course).param("kind", t.kind().name()).param("hours", hours)
                .param("start", start).param("end", end).param("central", centralised).param("exam", exam.name())
                .param("law", t.kind() == TrainingKind.PRE_JOB).param("year", end.getYear()).param("examDate", examDate)
                .param("score", score).param("attendance", attendance.name())
                .param("now", support.now()).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO off_year_hours (person_id, year, hours, trainings) VALUES (:p, :y, :h, :n)
                        ON CONFLICT (year, person_id) DO UPDATE SET hours = off_year_hours.hours + EXCLUDED.hours,
                            trainings = off_year_hours.trainings + EXCLUDED.trainings""")
                .param("p", personId).param("y", end.getYear())
                .param("h", t.kind().countsForYear() && attendance.tookPart() ? hours : BigDecimal.ZERO)
                .param("n", attendance.tookPart() ? 1 : 0).update();
        jdbc.sql("""
                        UPDATE off_officer o SET (hours_year, year_hours, year_trainings) = (
                            SELECT y.year, y.hours, y.trainings FROM off_year_hours y WHERE y.person_id = o.person_id
                            ORDER BY y.year DESC LIMIT 1)
                        WHERE o.person_id = :p""").param("p", personId).update();
        TrainingView view = new TrainingView(id, personId, course, t.kind(), hours, start, end, centralised, exam, examDate,
                score, attendance);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("personId", personId);
        after.put("course", course);
        after.put("kind", t.kind().name());
        after.put("classHours", hours);
        after.put("startDate", start);
        after.put("endDate", end);
        after.put("centralised", centralised);
        after.put("exam", exam.name());
        after.put("examDate", examDate);
        after.put("examScore", score);
        after.put("attendance", attendance.name());
        support.publish(actor, "personnel.officer.training-added", "training", id, null, after);
        return view;
    }

    /** The exam's day: only with a result, by default the training's last day, never before it started nor in the future. */
    private LocalDate examDate(NewTraining t, ExamResult exam, Attendance attendance, LocalDate start) {
        if (exam == ExamResult.NONE) {
            if (t.examDate() != null || t.examScore() != null) {
                throw BusinessException.badInput("OFF-EXAM", "未考试时不能填写考试日期或成绩");
            }
            return null;
        }
        if (!attendance.tookPart()) {
            throw BusinessException.badInput("OFF-EXAM", "未参加培训，不能登记考试结果");
        }
        LocalDate day = t.examDate() == null ? t.endDate() : support.pastDate(t.examDate(), "考试日期", true);
        if (day.isBefore(start)) {
            throw BusinessException.badInput("OFF-EXAM", "考试日期不能早于培训开始日期");
        }
        return day;
    }

    private static BigDecimal examScore(BigDecimal score, ExamResult exam) {
        if (score == null || exam == ExamResult.NONE) {
            return null;
        }
        if (score.signum() < 0 || score.compareTo(new BigDecimal("100")) > 0 || score.stripTrailingZeros().scale() > 1) {
            throw BusinessException.badInput("OFF-EXAM", "考试成绩须在 0 到 100 之间，最多保留 1 位小数");
        }
        return score;
    }
}
