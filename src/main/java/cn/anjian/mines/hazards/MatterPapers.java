package cn.anjian.mines.hazards;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.documents.IssuedDocument;
import cn.anjian.documents.IssuedDocuments;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.Zones;
import cn.anjian.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * The one place hazards, tips and stop-work orders take numbers, .docx documents (documents) and due dates (calendar):
 * MW-06's rectification period and MW-08's self-check report period are settings read on the day of the act.
 */
@Component
@RequiredArgsConstructor
class MatterPapers {

    static final String RECTIFICATION = "MINE_RECTIFICATION_ORDER";
    static final String STOP_WORK = "MINE_STOP_WORK_ORDER";

    private final IssuedDocuments documents;
    private final Deadlines deadlines;
    private final Settings settings;

    /** MW-06: the rectification deadline of a round, from {@code start}; {@code days} null → the setting. */
    DeadlineId rectificationDeadline(long hazardId, WorkScope.MineRef mine, Long ownerUserId, Integer days, Instant start) {
        int d = days != null ? days : settings.value(HazardWorkSettings.RECTIFICATION_DAYS,
                LocalDate.ofInstant(start, Zones.SHANGHAI));
        return deadlines.open(new NewDeadline(Hazard.SUBJECT, String.valueOf(hazardId), "MW-06", ownerUserId, null,
                mine.jurisdictionId(), mine.scopePath(), Period.calendarDays(d), start, "隐患整改：" + mine.name()));
    }

    /** MW-08: the enterprise's self-check report, due in the working days of the setting in force on the order's day. */
    DeadlineId selfCheckDeadline(long tipId, WorkScope.MineRef mine, Long ownerUserId, Instant orderedAt) {
        int d = settings.value(HazardWorkSettings.SELF_CHECK_WORKING_DAYS, LocalDate.ofInstant(orderedAt, Zones.SHANGHAI));
        return deadlines.open(new NewDeadline(IncidentTip.SUBJECT, String.valueOf(tipId), "MW-08", ownerUserId, null,
                mine.jurisdictionId(), mine.scopePath(), Period.workingDays(d), orderedAt, "企业自查报告：" + mine.name()));
    }

    DeadlineView deadline(long id) {
        return deadlines.find(new DeadlineId(id)).orElseThrow();
    }

    void met(Long deadlineId, Instant at) {
        if (deadlineId != null) {
            deadlines.markMet(new DeadlineId(deadlineId), at);
        }
    }

    IssuedDocument rectificationOrder(Actor actor, long agencyId, long hazardId, WorkScope.MineRef mine, String facts,
                                      String due, String officer, Instant at) {
        return documents.issue(RECTIFICATION, agencyId, Hazard.SUBJECT, String.valueOf(hazardId), Map.of(
                "mineName", mine.name(), "facts", facts, "deadline", due, "officers", officer,
                "date", Fmt.chineseDate(LocalDate.ofInstant(at, Zones.SHANGHAI))), mine.scopePath(), actor);
    }

    IssuedDocument stopWorkOrder(Actor actor, long agencyId, long orderId, WorkScope.MineRef mine, Map<String, String> f,
                                 Instant at) {
        Map<String, Object> data = new java.util.HashMap<>(f);
        data.put("mineName", mine.name());
        data.put("date", Fmt.chineseDate(LocalDate.ofInstant(at, Zones.SHANGHAI)));
        return documents.issue(STOP_WORK, agencyId, StopWorkOrder.SUBJECT, String.valueOf(orderId), data,
                mine.scopePath(), actor);
    }
}
