package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Awards: OFF-06 eligibility (training plan met, attended every organised training, no deliberate failure to obtain a certificate). */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class OfficerAwards {

    private final OfficerRecords records;
    private final OfficerSupport support;
    private final JdbcClient jdbc;

    AwardEligibility awardEligibility(Actor actor, long personId, int year) {
        records.officerInScope(actor, personId);
        return award(personId, support.year(year), records.trainings(personId));
    }

    AwardEligibility award(long personId, int year, List<TrainingView> trainings) {
        List<String> reasons = new ArrayList<>();
        BigDecimal hours = OfficerRules.yearHours(trainings, year);
        int count = OfficerRules.trainingsIn(trainings, year);
        if (OfficerRules.shortfall(hours, count)) {
            reasons.add("未完成 " + year + " 年度培训学习计划（轮训 " + hours.stripTrailingZeros().toPlainString()
                    + " 学时，" + count + " 次培训；应不少于 24 学时且至少一次）");
        }
        // OFF-06 (001 art. 6(二)): late, left early, absent or not attending an organised training in the year
        trainings.stream().filter(t -> t.endDate().getYear() == year && t.attendance() != Attendance.PRESENT)
                .forEach(t -> reasons.add("培训学习时" + t.attendance().label() + "：" + t.course() + "（" + t.endDate() + "）"));
        jdbc.sql("SELECT reason FROM off_award_flag WHERE person_id = :p AND year = :y").param("p", personId).param("y", year)
                .query(String.class).optional().ifPresent(r -> reasons.add("恶意不取得执法证件：" + r));
        return new AwardEligibility(personId, year, reasons.isEmpty(), List.copyOf(reasons));
    }

    @Transactional
    void flagDeliberateNoCertificate(Actor actor, long personId, int year, String reason) {
        OfficerSupport.requireManage(actor);
        records.officerInScope(actor, personId);
        int y = support.year(year);
        String why = OfficerSupport.text(reason, "原因", 500, true);
        int rows = jdbc.sql("""
                        INSERT INTO off_award_flag (person_id, year, reason, recorded_by, created_at) VALUES (:p, :y, :r, :by, :now)
                        ON CONFLICT (person_id, year) DO NOTHING""")
                .param("p", personId).param("y", y).param("r", why).param("by", actor.username())
                .param("now", support.now()).update();
        if (rows == 0) {
            throw BusinessException.conflict("OFF-06-DUPLICATE", y + " 年度已记录该情形");
        }
        support.publish(actor, "personnel.officer.award-flagged", "officer", personId, null, Map.of("year", y, "reason", why));
    }
}
