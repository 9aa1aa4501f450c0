package cn.anjian.calendar;

import cn.anjian.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Duration;
import java.util.UUID;

import cn.anjian.MutableClock;
import cn.anjian.calendar.internal.OverdueScan;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class DeadlinesTests {

    @Autowired
    Deadlines deadlines;
    @Autowired
    OverdueScan scan;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    cn.anjian.calendar.internal.CalendarService calendarService;
    @Autowired
    cn.anjian.calendar.internal.HolidayStore holidayStore;

    static Instant bj(String t) {
        return LocalDateTime.parse(t).atZone(Zones.SHANGHAI).toInstant();
    }

    @BeforeEach
    void setClock() {
        clock.set(LocalDateTime.parse("2024-09-27T10:00"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    DeadlineId open(String subjectId, Period period, String start) {
        return deadlines.open(new NewDeadline("case", subjectId, "LR-11", 7L, 3L, 42, "/1/5/42/", period, bj(start)));
    }

    @Test
    @DisplayName("CAL-06 open, suspend, resume and meet are stored with history and version, each audited")
    void lifecycle() {
        String subject = UUID.randomUUID().toString();
        DeadlineId id = open(subject, Period.workingDays(5), "2024-09-27T10:00");
        DeadlineView v = deadlines.find(id).orElseThrow();
        assertThat(v.state()).isEqualTo(DeadlineState.OPEN);
        assertThat(v.dueDate()).isEqualTo(LocalDate.parse("2024-10-10"));
        assertThat(v.dueAt()).isEqualTo(bj("2024-10-11T00:00"));
        assertThat(v.subjectType()).isEqualTo("case");
        assertThat(v.ownerUserId()).isEqualTo(7L);

        assertThatThrownBy(() -> deadlines.suspend(id, "等待补正材料", bj("2024-09-30T09:00")))
                .as("not in the future").isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo("CAL-DEADLINE-TIME"));
        clock.set(LocalDateTime.parse("2024-10-11T16:00"));
        deadlines.suspend(id, "等待补正材料", bj("2024-09-30T09:00"));
        assertThat(deadlines.find(id).orElseThrow().suspended()).isTrue();
        deadlines.resume(id, bj("2024-10-09T10:00"));
        v = deadlines.find(id).orElseThrow();
        assertThat(v.suspended()).isFalse();
        assertThat(v.dueDate()).isEqualTo(LocalDate.parse("2024-10-12"));
        assertThat(jdbc.sql("select counted from cal_deadline_suspension where deadline_id = :id").param("id", id.value())
                .query(Long.class).single()).isEqualTo(2);

        deadlines.markMet(id, bj("2024-10-11T15:00"));
        v = deadlines.find(id).orElseThrow();
        assertThat(v.state()).isEqualTo(DeadlineState.MET);
        assertThat(v.wasOverdue()).isFalse();
        assertThat(v.version()).isGreaterThanOrEqualTo(3);
        assertThat(deadlines.listFor("case", subject)).extracting(DeadlineView::id).containsExactly(id);

        assertThat(events.stream(AuditableEvent.class).filter(e -> e.subjectId().equals(id.toString())).map(AuditableEvent::action))
                .containsExactly("calendar.deadline.opened", "calendar.deadline.suspended", "calendar.deadline.resumed",
                        "calendar.deadline.met");
    }

    @Test
    @DisplayName("findAll reads several deadlines at once, each equal to find; unknown ids are absent, no ids no query")
    void findAll() {
        DeadlineId a = open(UUID.randomUUID().toString(), Period.workingDays(5), "2024-09-27T10:00");
        DeadlineId b = open(UUID.randomUUID().toString(), Period.calendarDays(15), "2024-09-27T10:00");
        deadlines.suspend(b, "等待补正材料", bj("2024-09-27T10:00"));
        var all = deadlines.findAll(java.util.List.of(a, b, a, new DeadlineId(Long.MAX_VALUE)));
        assertThat(all).containsOnlyKeys(a, b);
        assertThat(all.get(a)).isEqualTo(deadlines.find(a).orElseThrow());
        assertThat(all.get(b)).isEqualTo(deadlines.find(b).orElseThrow());
        assertThat(deadlines.findAll(java.util.List.of())).isEmpty();
    }

    @Test
    @DisplayName("CAL-06 a deadline opened after its due has passed (recorded late) is overdue as soon as its opening commits")
    void openedLate() {
        clock.set(LocalDateTime.parse("2024-10-08T10:00"));
        DeadlineId late = open(UUID.randomUUID().toString(), Period.workingDays(1), "2024-09-27T10:00"); // due Sun 09-29 24:00
        DeadlineView v = deadlines.find(late).orElseThrow();
        assertThat(v.state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(v.overdueAt()).isEqualTo(bj("2024-10-08T10:00"));
        assertThat(events.stream(DeadlineOverdue.class).filter(e -> e.id().equals(late))).hasSize(1);

        DeadlineId running = open(UUID.randomUUID().toString(), Period.workingDays(1), "2024-10-08T09:00");
        assertThat(deadlines.find(running).orElseThrow().state()).isEqualTo(DeadlineState.OPEN);
    }

    @Test
    @DisplayName("CAL-06 the overdue scan marks OPEN deadlines past 24:00 of the due date, publishes DeadlineOverdue; late meeting keeps wasOverdue")
    void overdueScan() {
        DeadlineId id = open(UUID.randomUUID().toString(), Period.workingDays(1), "2024-09-27T10:00"); // due Sun 09-29 24:00
        DeadlineId suspended = open(UUID.randomUUID().toString(), Period.workingDays(1), "2024-09-27T10:00");
        clock.set(LocalDateTime.parse("2024-09-28T10:00"));
        deadlines.suspend(suspended, "等待鉴定", bj("2024-09-28T10:00"));

        clock.set(LocalDateTime.parse("2024-09-29T23:59"));
        scan.scan();
        assertThat(deadlines.find(id).orElseThrow().state()).isEqualTo(DeadlineState.OPEN);

        clock.advance(Duration.ofMinutes(1));
        assertThat(scan.scan()).isPositive();
        DeadlineView v = deadlines.find(id).orElseThrow();
        assertThat(v.state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(v.wasOverdue()).isTrue();
        assertThat(v.overdueAt()).isEqualTo(bj("2024-09-30T00:00"));
        assertThat(deadlines.find(suspended).orElseThrow().state()).as("a stopped clock is not overdue").isEqualTo(DeadlineState.OPEN);
        assertThat(events.stream(DeadlineOverdue.class).filter(e -> e.id().equals(id))).singleElement()
                .satisfies(e -> assertThat(e.ruleId()).isEqualTo("LR-11"));
        assertThat(events.stream(AuditableEvent.class).filter(e -> e.action().equals("calendar.deadline.overdue")
                && e.subjectId().equals(id.toString()))).hasSize(1);

        // an overdue deadline cannot be suspended but can still be met late
        assertThatThrownBy(() -> deadlines.suspend(id, "x", bj("2024-09-30T10:00"))).isInstanceOf(BusinessException.class);
        clock.set(LocalDateTime.parse("2024-10-08T10:00"));
        deadlines.markMet(id, bj("2024-10-08T10:00"));
        v = deadlines.find(id).orElseThrow();
        assertThat(v.state()).isEqualTo(DeadlineState.MET);
        assertThat(v.wasOverdue()).isTrue();
        assertThat(v.metAt()).isEqualTo(bj("2024-10-08T10:00"));
        // scanning again changes nothing for it
        scan.scan();
        assertThat(deadlines.find(id).orElseThrow().state()).isEqualTo(DeadlineState.MET);
    }

    @Test
    @DisplayName("CAL-06 waive without a reason is refused and nothing changes; with a reason it is stored")
    void waive() {
        DeadlineId id = open(UUID.randomUUID().toString(), Period.calendarDays(10), "2024-09-27T10:00");
        int version = deadlines.find(id).orElseThrow().version();
        for (String reason : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> deadlines.waive(id, reason)).isInstanceOfSatisfying(BusinessException.class,
                    e -> assertThat(e.code()).isEqualTo("CAL-DEADLINE-REASON"));
        }
        assertThat(deadlines.find(id).orElseThrow().version()).isEqualTo(version);
        assertThat(events.stream(AuditableEvent.class).filter(e -> e.action().equals("calendar.deadline.waived"))).isEmpty();
        deadlines.waive(id, "案件移送司法机关");
        DeadlineView v = deadlines.find(id).orElseThrow();
        assertThat(v.state()).isEqualTo(DeadlineState.WAIVED);
        assertThat(v.waiveReason()).isEqualTo("案件移送司法机关");
        assertThatThrownBy(() -> deadlines.markMet(id, bj("2024-09-30T10:00"))).isInstanceOf(BusinessException.class);
    }

    @Test
    @DisplayName("CAL-05 an hours deadline is due at the exact wall-clock instant; unknown ids are NOT_FOUND")
    void hoursAndUnknown() {
        DeadlineId id = open(UUID.randomUUID().toString(), Period.hours(24), "2024-09-30T20:00");
        assertThat(deadlines.find(id).orElseThrow().dueAt()).isEqualTo(bj("2024-10-01T20:00"));
        assertThatThrownBy(() -> deadlines.markMet(new DeadlineId(Long.MAX_VALUE), bj("2024-10-01T20:00")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        // issue 8: a year without holiday data no longer refuses the deadline; it waits (see pendingOpensWhenYearEntered)
        DeadlineView pending = deadlines.find(open("x", Period.workingDays(5), "2027-01-04T10:00")).orElseThrow();
        assertThat(pending.state()).isEqualTo(DeadlineState.PENDING);
        assertThat(pending.dueAt()).isNull();
    }

    @Test
    @DisplayName("CAL-01 CAL-06 a deadline due in a year without holiday data waits as PENDING and opens when the year is entered")
    void pendingOpensWhenYearEntered() {
        clock.set(LocalDateTime.parse("2026-12-28T10:00"));
        DeadlineId id = open(UUID.randomUUID().toString(), Period.workingDays(5), "2026-12-28T10:00");
        assertThat(deadlines.find(id).orElseThrow().state()).isEqualTo(DeadlineState.PENDING);
        scan.scan();
        assertThat(deadlines.find(id).orElseThrow().state()).isEqualTo(DeadlineState.PENDING);
        try {
            calendarService.enterYear(2027, new YearData(2027, java.util.List.of("https://www.gov.cn/zhengce/content/2026-notice.htm"),
                    java.util.List.of(new YearData.Day("元旦", "2027-01-01", true))), cn.anjian.TestActors.actor("admin", 1, "/1/", "calendar:manage"));

            DeadlineView opened = deadlines.find(id).orElseThrow();
            assertThat(opened.state()).isEqualTo(DeadlineState.OPEN);
            assertThat(opened.dueDate()).isEqualTo(LocalDate.parse("2027-01-05"));
            assertThat(events.stream(AuditableEvent.class).filter(e -> e.action().equals("calendar.deadline.due-computed")
                    && e.subjectId().equals(String.valueOf(id.value())))).hasSize(1);
        } finally {
            jdbc.sql("delete from cal_day where source_year = 2027 or date >= '2027-01-01'").update();
            jdbc.sql("delete from cal_year where year = 2027").update();
            holidayStore.changed();
        }
    }
}
