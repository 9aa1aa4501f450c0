package cn.anjian.calendar.internal;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.CalendarDay;
import cn.anjian.calendar.Due;
import cn.anjian.calendar.WorkingCalendar;
import cn.anjian.calendar.YearData;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The working-day calendar (CAL-01..03, CAL-05) and its administration (audited, all-or-nothing). */
@Service
@RequiredArgsConstructor
public class CalendarService implements WorkingCalendar {

    static final String ADMIN_SOURCE = "系统管理员录入";

    private final HolidayStore store;
    private final ApplicationEventPublisher events;
    private final DeadlineService deadlines;

    public HolidayTable table() {
        return store.table();
    }

    @Override
    public CalendarDay day(LocalDate date) {
        HolidayTable t = store.table();
        HolidayTable.Entry e = t.entry(date);
        return new CalendarDay(date, t.isWorkingDay(date), e == null ? null : e.name(), e != null && !e.offDay());
    }

    @Override
    public Due addWorkingDays(LocalDate from, int workingDays) {
        return WorkingDayCalculator.addWorkingDays(store.table(), from, workingDays);
    }

    @Override
    public Due addCalendarDays(LocalDate from, int calendarDays) {
        return WorkingDayCalculator.addCalendarDays(store.table(), from, calendarDays);
    }

    @Override
    public Due addHours(Instant from, long hours) {
        return WorkingDayCalculator.addHours(from, hours);
    }

    /** CAL-01: enter or replace a year's arrangement and mark the year covered. */
    @Transactional
    public int enterYear(int year, YearData data, Actor actor) {
        requireProvince(actor);
        String enteredBy = actor.username();
        List<YearDataValidator.ValidDay> days = YearDataValidator.validate(year, data);
        HolidayStore.YearRow before = store.year(year);
        String papers = data.papers() == null ? "" : String.join("\n", data.papers().stream().map(String::strip).toList());
        store.upsertYear(year, true, papers, ADMIN_SOURCE, enteredBy);
        store.deleteDaysOf(year);
        for (YearDataValidator.ValidDay d : days) {
            store.upsertDay(d.date(), d.name(), d.offDay(), year, true);
        }
        store.changed();
        events.publishEvent(AuditableEvent.change("calendar.year.entered", "calendar-year", year,
                before == null ? null : summary(before), Map.of("covered", true, "days", days.size(),
                        "offDays", days.stream().filter(YearDataValidator.ValidDay::offDay).count(),
                        "papers", papers)));
        deadlines.openPending();
        return days.size();
    }

    /** Adds or corrects one day; the year stays (or becomes) a draft until confirmed, unless already covered. */
    @Transactional
    public void putDay(int year, String date, String name, Boolean offDay, Actor actor) {
        requireProvince(actor);
        String enteredBy = actor.username();
        YearDataValidator.ValidDay d = YearDataValidator.checkDay(year, date, name, offDay);
        HolidayStore.DayRow before = store.day(d.date());
        if (before != null && before.sourceYear() != year) {
            throw BusinessException.conflict("CAL-DAY-OTHER-YEAR", "日期 " + d.date() + " 已由 " + before.sourceYear()
                    + " 年的通知登记，请在该年度中修改");
        }
        if (!store.insertYearIfAbsent(year, false, "", ADMIN_SOURCE, enteredBy)) {
            store.touchYear(year, enteredBy);
        }
        store.upsertDay(d.date(), d.name(), d.offDay(), year, true);
        store.changed();
        events.publishEvent(AuditableEvent.change(before == null ? "calendar.day.added" : "calendar.day.corrected",
                "calendar-day", d.date(), before == null ? null : dayMap(before.name(), before.offDay()),
                dayMap(d.name(), d.offDay())));
    }

    @Transactional
    public void removeDay(int year, String date, Actor actor) {
        requireProvince(actor);
        String enteredBy = actor.username();
        LocalDate d = YearDataValidator.parseDate(date);
        HolidayStore.DayRow before = store.day(d);
        if (before == null || before.sourceYear() != year) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "NOT-FOUND", year + " 年的安排中没有日期 " + d);
        }
        store.deleteDay(d);
        store.touchYear(year, enteredBy);
        store.changed();
        events.publishEvent(AuditableEvent.change("calendar.day.removed", "calendar-day", d,
                dayMap(before.name(), before.offDay()), null));
    }

    /** "确认该年度安排已录入": from now on the year is computable. */
    @Transactional
    public void confirmYear(int year, Actor actor) {
        requireProvince(actor);
        String enteredBy = actor.username();
        YearDataValidator.requireYear(year);
        HolidayStore.YearRow before = store.year(year);
        if (before == null || before.days() == 0) {
            throw new BusinessException("CAL-YEAR-EMPTY", year + " 年尚未录入任何节假日，不能确认");
        }
        if (before.covered()) {
            throw BusinessException.conflict("CAL-YEAR-COVERED", year + " 年的安排已确认录入");
        }
        store.setCovered(year, true, enteredBy);
        store.changed();
        events.publishEvent(AuditableEvent.change("calendar.year.confirmed", "calendar-year", year,
                summary(before), Map.of("covered", true)));
        deadlines.openPending();
    }

    private static Map<String, Object> summary(HolidayStore.YearRow y) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("covered", y.covered());
        m.put("days", y.days());
        m.put("offDays", y.offDays());
        m.put("papers", y.papers());
        return m;
    }

    private static Map<String, Object> dayMap(String name, boolean offDay) {
        return Map.of("name", name, "offDay", offDay);
    }

    /** Whether this account may change the holiday calendar (CAL-PROVINCE-ONLY): pages show the edit forms only then. */
    public static boolean mayWrite(Actor actor) {
        return actor != null && actor.scope().isProvince();
    }

    /** The holiday calendar serves the whole province: only a province-level account changes it (issue 13, finding 1). */
    static void requireProvince(Actor actor) {
        if (!mayWrite(actor)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "CAL-PROVINCE-ONLY",
                    "节假日安排全省统一适用，只有省级系统管理员可以录入或修改");
        }
    }
}
