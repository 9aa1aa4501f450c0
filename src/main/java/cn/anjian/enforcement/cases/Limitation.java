package cn.anjian.enforcement.cases;

import java.time.LocalDate;

import cn.anjian.enforcement.ViolationFacts;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;

/**
 * CASE-11 (行政处罚法第三十六条): "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，
 * 上述期限延长至五年。" The period runs from the day the violation happened, for a continuing violation from the day
 * it ended. Counted like every period in years (民法典第二百零一条): the first day is not counted, the period ends
 * with the same day N years later, so a violation of 2024-12-05 discovered on 2026-12-05 is still within two years
 * and one discovered on 2026-12-06 is not. Fixed by the law's text: constants, not settings.
 */
record Limitation(ViolationFacts facts, LocalDate discoveredOn, int years, LocalDate lastDay) {

    static final int YEARS = 2;
    static final int YEARS_SERIOUS_HARM = 5;

    /**
     * Checks a penalty case's facts on the day it is opened ({@code today}); returns the computation, or refuses
     * (CASE-11) with the computation in the message. Nothing is stored on refusal.
     */
    static Limitation check(ViolationFacts f, LocalDate today) {
        if (f == null || f.violationDate() == null) {
            throw BusinessException.badInput("CASE-11-MISSING", "行政处罚案件立案须填写违法行为发生日期（连续或继续状态的，填写终了日期）");
        }
        LocalDate discovered = f.discoveredOn() == null ? today : f.discoveredOn();
        if (discovered.isAfter(today)) {
            throw BusinessException.badInput("CASE-11-DISCOVERED", "发现日期不能晚于今天");
        }
        if (f.violationDate().isAfter(discovered)) {
            throw BusinessException.badInput("CASE-11-DATE", "违法行为发生（终了）日期不能晚于发现日期");
        }
        int years = f.seriousHarm() ? YEARS_SERIOUS_HARM : YEARS;
        LocalDate last = f.violationDate().plusYears(years);
        Limitation l = new Limitation(f, discovered, years, last);
        if (discovered.isAfter(last)) {
            throw new BusinessException("CASE-11", "违法行为已超过追责时效，不再给予行政处罚：" + l.computation());
        }
        return l;
    }

    /** The computation as shown to users. */
    String computation() {
        return "违法行为" + (facts.continuing() ? "终了" : "发生") + "于" + Fmt.date(facts.violationDate())
                + (facts.continuing() ? "（连续或继续状态，自终了之日起计算）" : "")
                + "，" + (facts.seriousHarm() ? "涉及公民生命健康安全、金融安全且有危害后果，时效五年" : "时效二年")
                + "，截至" + Fmt.date(lastDay) + "；发现于" + Fmt.date(discoveredOn)
                + (discoveredOn.isAfter(lastDay) ? "，已超过时效（《中华人民共和国行政处罚法》第三十六条）" : "，在时效内");
    }
}
