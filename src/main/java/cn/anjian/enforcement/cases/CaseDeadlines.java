package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import cn.anjian.kernel.Zones;
import cn.anjian.settings.Settings;
import java.time.Instant;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.org.Agency;
import org.springframework.stereotype.Component;

/** The case's time limit (办案期限, CASE-03) in the calendar's one deadline mechanism. */
@Component
@RequiredArgsConstructor
class CaseDeadlines {

    private final Deadlines deadlines;
    private final Settings settings;
    private final CaseLimitations limitations;

    /** CASE-11: the limitation a penalty case was opened within (looking back, where the time limit looks ahead). */
    void recordLimitation(long caseId, Limitation limitation, String by) {
        limitations.record(caseId, limitation, by);
    }

    /**
     * Opens the time limit of a new case. Counted in hours (N × 24 h): calendar days would roll onto
     * next year's working days, and a case must still open in November before next year's holidays are published.
     */
    Opened open(long caseId, Long unitId, Agency agency, String title, Instant now) {
        int timeLimitDays = settings.value(EnforcementSettings.CASE_TIME_LIMIT_DAYS, LocalDate.ofInstant(now, Zones.SHANGHAI));
        DeadlineId id = deadlines.open(new NewDeadline("case", Long.toString(caseId), "CASE-03", null, unitId,
                agency.jurisdictionId(), agency.scopePath(), Period.hours(timeLimitDays * 24), now, "办案期限：" + title));
        return new Opened(id.value(), deadlines.find(id).map(DeadlineView::dueAt).orElse(null));
    }

    /** The opened deadline and its due time (copied onto the case for the list filter). */
    record Opened(long id, Instant dueAt) {
    }

    /** The case is closed: its time limit is met (unless already met or waived). */
    void close(Long deadlineId, Instant now) {
        if (deadlineId != null) {
            deadlines.find(new DeadlineId(deadlineId)).filter(d -> d.metAt() == null && d.waiveReason() == null)
                    .ifPresent(d -> deadlines.markMet(d.id(), now.isBefore(d.startAt()) ? d.startAt() : now));
        }
    }
}
