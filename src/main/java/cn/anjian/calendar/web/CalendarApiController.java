package cn.anjian.calendar.web;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.CalendarDay;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Due;
import cn.anjian.calendar.Period;
import cn.anjian.calendar.YearData;
import cn.anjian.calendar.internal.CalendarService;
import cn.anjian.calendar.internal.DeadlineQueries;
import cn.anjian.calendar.internal.YearDataValidator;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ListCount;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Working-day queries (CAL-01..03), scoped deadline lists (CAL-06) and holiday-year entry (CAL-01). */
@RestController
@RequestMapping("/api/v1/calendar")
@RequiredArgsConstructor
class CalendarApiController {

    private final CalendarService calendar;
    private final DeadlineQueries queries;
    private final java.time.Clock clock;

    record DayResponse(String date, boolean workingDay, String holidayName) {
    }

    record DueResponse(String from, String due) {
    }

    @GetMapping("/days/{date}")
    @PreAuthorize("hasAuthority('calendar:read')")
    @Operation(summary = "某日是否工作日（CAL-01）")
    DayResponse day(@PathVariable String date) {
        CalendarDay d = calendar.day(Params.requiredDate("date", date));
        return new DayResponse(d.date().toString(), d.workingDay(), d.holidayName());
    }

    @GetMapping("/deadline")
    @PreAuthorize("hasAuthority('calendar:read')")
    @Operation(summary = "计算期限届满日（CAL-02 工作日 / CAL-03 自然日），二者必须且只能给出一个")
    DueResponse deadline(@RequestParam(required = false) String from,
                         @RequestParam(required = false) String workingDays,
                         @RequestParam(required = false) String calendarDays) {
        LocalDate start = Params.requiredDate("from", from);
        if ((workingDays == null) == (calendarDays == null)) {
            throw BusinessException.badInput("BAD-PARAMETER", "workingDays 与 calendarDays 必须且只能给出一个");
        }
        Due due = workingDays != null
                ? calendar.addWorkingDays(start, CalendarParams.days("workingDays", workingDays))
                : calendar.addCalendarDays(start, CalendarParams.days("calendarDays", calendarDays));
        return new DueResponse(start.toString(), due.date().toString());
    }

    record DeadlineItem(long id, String subjectType, String subjectId, String ruleId, Long ownerUserId,
                        Long ownerUnitId, long jurisdictionId, String period, String startAt, String dueDate,
                        String dueAt, String state, boolean suspended, boolean wasOverdue, String metAt,
                        String waiveReason) {
        static DeadlineItem of(DeadlineView d) {
            return new DeadlineItem(d.id().value(), d.subjectType(), d.subjectId(), d.ruleId(), d.ownerUserId(),
                    d.ownerUnitId(), d.jurisdictionId(), d.period().label(), String.valueOf(d.startAt()),
                    String.valueOf(d.dueDate()), String.valueOf(d.dueAt()), d.state().name(), d.suspended(),
                    d.wasOverdue(), d.metAt() == null ? null : d.metAt().toString(), d.waiveReason());
        }
    }

    /** {@code totalCapped}: more than {@code total} deadlines match (the API counts up to {@link ListCount#CAP}). */
    record DeadlinePage(List<DeadlineItem> items, int page, int pageSize, long total, boolean totalCapped) {
    }

    @GetMapping("/deadlines")
    @PreAuthorize("hasAuthority('deadline:read')")
    @Operation(summary = "管辖范围内的期限（CAL-06），可按状态、规则、内设机构、区划筛选；社会监督员、技术检查员、专家、驻矿监管员只见本人的期限")
    DeadlinePage deadlines(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        List<DeadlineState> states = CalendarParams.states(q.get("state"));
        DeadlineQueries.Page p = queries.list(actor, new DeadlineQueries.Filter(states, CalendarParams.ruleId(q.get("ruleId")),
                        null, Params.optionalId("unitId", q.get("unitId")), Params.optionalId("jurisdictionId", q.get("jurisdictionId")),
                        null, null, DeadlineQueries.SORT.parse(q.get("sort"))),
                Params.page(q.get("page")), PageSize.parse(q.get("size")), ListCount.CAPPED);
        return new DeadlinePage(p.items().stream().map(DeadlineItem::of).toList(), p.page(), p.pageSize(), p.total(),
                p.totalCapped());
    }

    @GetMapping("/deadlines/export")
    @PreAuthorize("hasAuthority('deadline:read')")
    @Operation(summary = "期限列表导出 Excel（与页面相同的筛选与排序）")
    ResponseEntity<StreamingResponseBody> exportDeadlines(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        return DeadlinePageController.sheet(queries, clock, actor, q);
    }

    @PutMapping("/years/{year}")
    @PreAuthorize("hasAuthority('calendar:manage')")
    @Operation(summary = "录入或替换某年度的节假日安排（CAL-01），全部校验通过才保存")
    Map<String, Object> enterYear(@AuthenticationPrincipal Actor actor, @PathVariable String year,
                                  @RequestBody(required = false) YearData body) {
        int y = CalendarParams.year(year);
        int days = calendar.enterYear(y, body, actor);
        return Map.of("year", y, "covered", true, "days", days);
    }
}
