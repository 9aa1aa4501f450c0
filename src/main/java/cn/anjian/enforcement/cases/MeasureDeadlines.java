package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import org.springframework.stereotype.Component;

/**
 * The deadlines of CASE-14/15 in the calendar's one mechanism: the due date is always the calendar's (CAL-02 working
 * days, CAL-03 calendar days rolled off rest days), never computed here. Day periods count from the Beijing date of
 * the act (not counted itself).
 */
@Component
@RequiredArgsConstructor
class MeasureDeadlines {

    private final Deadlines deadlines;
    private final Agencies agencies;

    /** An opened deadline and its due date (null while the calendar waits for next year's holidays). */
    record Opened(long id, LocalDate due) {
    }

    Opened open(CaseView c, String subjectType, long subjectId, String rule, Period period, LocalDate from, String title) {
        Agency a = agencies.get(c.agencyId());
        // the start of the act's Beijing day: the day D (not counted); never later than now for an act of today
        Instant start = from.atStartOfDay(Zones.SHANGHAI).toInstant();
        DeadlineId id = deadlines.open(new NewDeadline(subjectType, Long.toString(subjectId), rule, null, c.unitId(),
                a.jurisdictionId(), c.scopePath(), period, start, title + "：" + c.title()));
        return new Opened(id.value(), deadlines.find(id).map(DeadlineView::dueDate).orElse(null));
    }

    /**
     * The due date the calendar knows now: a deadline opened before next year's holidays were entered has none at
     * first (PENDING) and gets it when that year is entered; aggregates copy it then ({@code dueKnown}).
     */
    LocalDate due(Long id) {
        return id == null ? null : deadlines.find(new DeadlineId(id)).map(DeadlineView::dueDate).orElse(null);
    }

    /** Met on {@code at} (late when already overdue; the calendar keeps that), unless already met or waived. */
    void met(Long id, Instant at) {
        find(id).ifPresent(d -> deadlines.markMet(d.id(), at.isBefore(d.startAt()) ? d.startAt() : at));
    }

    void waive(Long id, String reason) {
        find(id).ifPresent(d -> deadlines.waive(d.id(), reason));
    }

    private java.util.Optional<DeadlineView> find(Long id) {
        if (id == null) {
            return java.util.Optional.empty();
        }
        return deadlines.find(new DeadlineId(id)).filter(d -> d.metAt() == null && d.waiveReason() == null);
    }
}
