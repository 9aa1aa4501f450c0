package cn.anjian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import cn.anjian.LeafModuleTest;
import cn.anjian.kernel.Zones;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;

/** calendar is a leaf: it runs with no other module (only the shared kernel). */
@LeafModuleTest
class CalendarModuleTests {

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    Deadlines deadlines;

    @Test
    @DisplayName("CAL-02 working days skip the 2024 National Day holiday with calendar alone")
    void workingDaysAlone() {
        // 2024-09-30 (Mon) + 3 working days: 10-01..10-07 are the holiday, 10-12 (Sat) an adjusted working day
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 9, 30), 3).date()).isEqualTo(LocalDate.of(2024, 10, 10));
    }

    @Test
    @DisplayName("CAL-06 a deadline opens and is listed for its subject with calendar alone")
    void deadlineAlone(AssertablePublishedEvents events) {
        String subject = UUID.randomUUID().toString();
        DeadlineId id = deadlines.open(new NewDeadline("module-test", subject, "CAL-06", null, null, 1L, "/1/",
                Period.workingDays(5), LocalDateTime.parse("2024-09-27T10:00").atZone(Zones.SHANGHAI).toInstant()));

        assertThat(deadlines.listFor("module-test", subject)).singleElement()
                .satisfies(d -> assertThat(d.id()).isEqualTo(id));
        assertThat(events.ofType(cn.anjian.kernel.AuditableEvent.class)).isNotEmpty();
    }
}
