package cn.anjian.calendar.internal;

import java.util.Set;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeadlineAggregateTests {

    static final HolidayTable T = ShippedTable.TABLE;

    static Instant bj(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Zones.SHANGHAI).toInstant();
    }

    static Deadline open(Period p, String start) {
        return Deadline.open(new NewDeadline("case", "42", "LR-11", 7L, 3L, 42, "/1/5/42/", p, bj(start)), T, bj(start));
    }

    static void assertRefused(Runnable r, String code) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    @DisplayName("CAL-06 a deadline carries a readable title; without one the list shows its kind (issue 12), never subject type and id; long titles are shortened")
    void titles() {
        Instant at = bj("2024-09-27T10:00");
        Deadline titled = Deadline.open(new NewDeadline("officer-post", "7", "OFF-04", null, 3L, 42, "/1/5/42/",
                Period.calendarDays(10), at, "调离执法岗位：张三"), T, at);
        assertThat(titled.view().label()).isEqualTo("调离执法岗位：张三");
        assertThat(open(Period.workingDays(5), "2024-09-27T10:00").view().label()).isEqualTo("法制审核期限"); // never "case 42"
        Deadline longTitle = Deadline.open(new NewDeadline("case", "1", "REC-08", null, null, 42, "/1/5/42/",
                Period.workingDays(30), at, "卷".repeat(300)), T, at);
        assertThat(longTitle.view().title()).hasSize(200).endsWith("…");
    }

    @Test
    @DisplayName("CAL-06 a deadline opens with a due computed from its period: 5 WD from 2024-09-27 → 2024-10-10 24:00")
    void opens() {
        Deadline d = open(Period.workingDays(5), "2024-09-27T10:00");
        assertThat(d.state()).isEqualTo(DeadlineState.OPEN);
        assertThat(d.computeDue(T, 0).date()).isEqualTo(LocalDate.parse("2024-10-10"));
    }

    @Test
    @DisplayName("CAL-04 working days: suspended 09-30..10-08 (2 working days not counted) moves the due from 10-10 to Sat 10-12")
    void suspendResumeWorkingDays() {
        Deadline d = open(Period.workingDays(5), "2024-09-27T10:00");
        d.suspend("等待补正材料", bj("2024-09-30T09:00"));
        assertRefused(() -> d.suspend("再次中止", bj("2024-09-30T10:00")), "CAL-DEADLINE-STATE");
        long counted = d.resume(bj("2024-10-09T10:00"), T);
        assertThat(counted).isEqualTo(2);
        assertThat(d.view0().dueDate()).isEqualTo(LocalDate.parse("2024-10-12"));
        assertThat(d.suspensions()).hasSize(1).first().satisfies(s -> {
            assertThat(s.counted()).isEqualTo(2);
            assertThat(s.resumedAt()).isEqualTo(bj("2024-10-09T10:00"));
        });
        // suspended and resumed the same day: nothing is added
        d.suspend("专家论证", bj("2024-10-10T09:00"));
        assertThat(d.resume(bj("2024-10-10T17:00"), T)).isZero();
        assertThat(d.view0().dueDate()).isEqualTo(LocalDate.parse("2024-10-12"));
        assertThat(d.suspensions()).hasSize(2);
    }

    @Test
    @DisplayName("CAL-04 calendar days: 3 suspended days push 10 days from 2024-09-20 (due 09-30) to 10-03, a holiday → 10-08")
    void suspendResumeCalendarDays() {
        Deadline d = open(Period.calendarDays(10), "2024-09-20T10:00");
        assertThat(d.view0().dueDate()).isEqualTo(LocalDate.parse("2024-09-30"));
        d.suspend("解释请求", bj("2024-09-25T10:00"));
        assertThat(d.resume(bj("2024-09-28T08:00"), T)).isEqualTo(3);
        assertThat(d.view0().dueDate()).isEqualTo(LocalDate.parse("2024-10-08"));
    }

    @Test
    @DisplayName("CAL-04/CAL-05 hours: the exact suspended duration (3.5 h) is added to a 24-hour limit")
    void suspendResumeHours() {
        Deadline d = open(Period.hours(24), "2024-10-01T08:00");
        assertThat(d.view0().dueAt()).isEqualTo(bj("2024-10-02T08:00"));
        d.suspend("设备故障", bj("2024-10-01T10:00"));
        assertThat(d.resume(bj("2024-10-01T13:30"), T)).isEqualTo(3 * 3600 + 1800);
        assertThat(d.view0().dueAt()).isEqualTo(bj("2024-10-02T11:30"));
    }

    @Test
    @DisplayName("CAL-04 resume into a year without data is refused and leaves the deadline suspended")
    void resumeIntoUnknownYear() {
        Deadline d = open(Period.workingDays(2), "2026-12-28T09:00");
        d.suspend("等待补正", bj("2026-12-28T10:00"));
        assertRefused(() -> d.resume(bj("2026-12-31T10:00"), T), "CAL-NO-DATA");
        assertThat(d.view0().suspended()).isTrue();
        assertThat(d.view0().dueDate()).isEqualTo(LocalDate.parse("2026-12-30"));
    }

    @Test
    @DisplayName("CAL-06 state gates: a met deadline cannot be suspended, waived or met again; resume needs a suspension")
    void stateGates() {
        Deadline d = open(Period.workingDays(5), "2024-09-27T10:00");
        assertRefused(() -> d.resume(bj("2024-09-30T10:00"), T), "CAL-DEADLINE-STATE");
        assertRefused(() -> d.suspend("x", bj("2024-10-11T00:00")), "CAL-DEADLINE-STATE"); // already expired
        assertRefused(() -> d.suspend("x", bj("2024-09-26T00:00")), "CAL-DEADLINE-TIME");  // before start
        d.markMet(bj("2024-10-09T15:00"));
        assertThat(d.state()).isEqualTo(DeadlineState.MET);
        assertThat(d.view0().wasOverdue()).isFalse();
        assertRefused(() -> d.suspend("x", bj("2024-10-09T16:00")), "CAL-DEADLINE-STATE");
        assertRefused(() -> d.waive("理由", bj("2024-10-09T16:00")), "CAL-DEADLINE-STATE");
        assertRefused(() -> d.markMet(bj("2024-10-09T16:00")), "CAL-DEADLINE-STATE");
    }

    @Test
    @DisplayName("CAL-06 waive requires a reason; nothing changes without one")
    void waiveNeedsReason() {
        Deadline d = open(Period.workingDays(5), "2024-09-27T10:00");
        assertRefused(() -> d.waive("  ", bj("2024-09-30T10:00")), "CAL-DEADLINE-REASON");
        assertRefused(() -> d.waive(null, bj("2024-09-30T10:00")), "CAL-DEADLINE-REASON");
        assertThat(d.state()).isEqualTo(DeadlineState.OPEN);
        d.waive("案件已撤销", bj("2024-09-30T10:00"));
        assertThat(d.state()).isEqualTo(DeadlineState.WAIVED);
        assertThat(d.view0().waiveReason()).isEqualTo("案件已撤销");
    }

    @Test
    @DisplayName("CAL-06 met after the due instant is recorded as late (wasOverdue); met while suspended is not late")
    void metLate() {
        Deadline d = open(Period.workingDays(5), "2024-09-27T10:00");
        d.markMet(bj("2024-10-11T00:00")); // the due is exclusive: 24:00 of 10-10
        assertThat(d.view0().wasOverdue()).isTrue();
        assertThat(d.view0().metAt()).isEqualTo(bj("2024-10-11T00:00"));

        Deadline s = open(Period.workingDays(1), "2024-09-27T10:00");
        s.suspend("等待鉴定", bj("2024-09-27T11:00"));
        s.markMet(bj("2024-10-20T10:00"));
        assertThat(s.view0().wasOverdue()).isFalse();
        assertThat(s.view0().suspended()).isFalse();
        assertThat(s.suspensions().get(0).resumedAt()).isEqualTo(bj("2024-10-20T10:00"));
    }

    @Test
    @DisplayName("CAL-01 CAL-06 a due in a year without holiday data is accepted as PENDING (待节假日数据), never guessed, and opens once the year is there")
    void pendingUntilTheYearIsEntered() {
        Deadline d = open(Period.workingDays(5), "2026-12-28T10:00");
        assertThat(d.state()).isEqualTo(DeadlineState.PENDING);
        assertThat(d.state().label()).isEqualTo("待节假日数据");
        assertThat(d.view().dueAt()).isNull();
        assertThat(d.view().dueDate()).isNull();
        assertRefused(() -> d.suspend("等待补正材料", bj("2026-12-29T09:00")), "CAL-DEADLINE-STATE");

        assertThat(d.openIfComputable(T)).isFalse();
        assertThat(d.state()).isEqualTo(DeadlineState.PENDING);

        Set<Integer> covered = new java.util.HashSet<>(T.coveredYears());
        covered.add(2027);
        Map<LocalDate, HolidayTable.Entry> days = new java.util.HashMap<>(T.days());
        days.put(LocalDate.parse("2027-01-01"), new HolidayTable.Entry("元旦", true));
        HolidayTable with2027 = new HolidayTable(days, covered, T.version() + 1);
        assertThat(d.openIfComputable(with2027)).isTrue();
        assertThat(d.state()).isEqualTo(DeadlineState.OPEN);
        // 12-29, 12-30, 12-31, (01-01 元旦), 01-04, 01-05
        assertThat(d.view().dueDate()).isEqualTo(LocalDate.parse("2027-01-05"));
        assertRefused(() -> d.openIfComputable(with2027), "CAL-DEADLINE-STATE");
    }

    @Test
    @DisplayName("CAL-06 a PENDING deadline can be met (never late: it had no due yet) or waived with a reason")
    void pendingMetOrWaived() {
        Deadline met = open(Period.workingDays(5), "2026-12-28T10:00");
        met.markMet(bj("2026-12-30T10:00"));
        assertThat(met.state()).isEqualTo(DeadlineState.MET);
        assertThat(met.view().wasOverdue()).isFalse();

        Deadline waived = open(Period.calendarDays(1000), "2026-03-01T00:00");
        assertThat(waived.state()).isEqualTo(DeadlineState.PENDING);
        waived.waive("技术检查员已解聘", bj("2026-04-01T10:00"));
        assertThat(waived.state()).isEqualTo(DeadlineState.WAIVED);
    }
}
