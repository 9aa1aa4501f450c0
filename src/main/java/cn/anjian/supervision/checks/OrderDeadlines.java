package cn.anjian.supervision.checks;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agency;
import cn.anjian.settings.Settings;
import org.springframework.stereotype.Component;

/** COR-02's deadline on the calendar: the period the setting in force on the day of issue; met when the order closes. */
@Component
@RequiredArgsConstructor
class OrderDeadlines {

    private final Deadlines deadlines;
    private final Settings settings;

    long open(long orderId, Agency target, Instant issuedAt) {
        int days = settings.value(SupervisionSettings.CORRECTION_DAYS, LocalDate.ofInstant(issuedAt, Zones.SHANGHAI));
        return deadlines.open(new NewDeadline("sup-order", String.valueOf(orderId), "COR-02", null, null, target.jurisdictionId(),
                target.scopePath(), Period.calendarDays(days), issuedAt, "纠错整改：" + target.name())).value();
    }

    void met(Long deadlineId, Instant at) {
        if (deadlineId != null) {
            deadlines.markMet(new DeadlineId(deadlineId), at);
        }
    }
}
