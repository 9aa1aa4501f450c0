package cn.anjian.calendar.web;

import lombok.RequiredArgsConstructor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.YearData;
import cn.anjian.calendar.internal.CalendarService;
import cn.anjian.calendar.internal.HolidayStore;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.PageRefusal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** 节假日维护 (CAL-01): month grid per year, add/correct/remove a day, paste a year's JSON, confirm a year. */
@Controller
@RequestMapping("/calendar/holidays")
@RequiredArgsConstructor
class HolidayPageController {

    private static final int MAX_JSON = 100_000;

    private final CalendarService calendar;
    private final HolidayStore store;
    private final JsonMapper json = JsonMapper.builder().build();
    private final java.time.Clock clock;

    record Cell(LocalDate date, String kind, String name) {
    }

    record Month(int month, List<List<Cell>> weeks) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('calendar:manage')")
    String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year, Model model,
                PageRefusal refusal) {
        int thisYear = LocalDate.now(clock).getYear();
        refusal.render("pageError", () -> render(actor, thisYear, model));
        return render(actor, year == null || year.isBlank() ? thisYear : CalendarParams.year(year), model);
    }

    private String render(Actor actor, int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("mayEdit", CalendarService.mayWrite(actor)); // CAL-PROVINCE-ONLY: others read only
        model.addAttribute("years", store.years());
        model.addAttribute("yearRow", store.year(year));
        List<HolidayStore.DayRow> days = store.days(LocalDate.of(year - 1, 12, 1), LocalDate.of(year + 1, 1, 31));
        model.addAttribute("days", days.stream().filter(d -> d.sourceYear() == year).toList());
        Map<LocalDate, HolidayStore.DayRow> byDate = new HashMap<>();
        days.forEach(d -> byDate.put(d.date(), d));
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(month(YearMonth.of(year, m), byDate));
        }
        model.addAttribute("months", months);
        if (!model.containsAttribute("dayForm")) {
            model.addAttribute("dayForm", new DayForm(null, null, true));
        }
        return "calendar/holidays";
    }

    private static Month month(YearMonth ym, Map<LocalDate, HolidayStore.DayRow> byDate) {
        List<List<Cell>> weeks = new ArrayList<>();
        List<Cell> week = new ArrayList<>();
        int lead = ym.atDay(1).getDayOfWeek().getValue() - 1; // weeks start on Monday
        for (int i = 0; i < lead; i++) {
            week.add(null);
        }
        for (int d = 1; d <= ym.lengthOfMonth(); d++) {
            LocalDate date = ym.atDay(d);
            HolidayStore.DayRow row = byDate.get(date);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            String kind = row != null ? (row.offDay() ? "off" : "work") : weekend ? "weekend" : "normal";
            week.add(new Cell(date, kind, row == null ? null : row.name()));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        return new Month(ym.getMonthValue(), weeks);
    }

    /** The add-or-correct-a-day form; the date's year window and the weekend rule for working days are the domain's. */
    record DayForm(@NotBlank String date, @NotBlank @Size(max = 50) String name, Boolean offDay) {
    }

    @PostMapping("/{year}/days")
    @PreAuthorize("hasAuthority('calendar:manage')")
    String putDay(@AuthenticationPrincipal Actor actor, @PathVariable String year,
                  @Valid @ModelAttribute("dayForm") DayForm form, BindingResult errors, Model model, PageRefusal refusal,
                  RedirectAttributes redirect) {
        int y = CalendarParams.year(year);
        refusal.render("dayError", () -> render(actor, y, model));
        refusal.check(errors);
        calendar.putDay(y, form.date(), form.name(), form.offDay(), actor);
        return done(redirect, y, "已保存 " + form.date() + "（" + form.name().strip() + "）");
    }

    @PostMapping("/{year}/days/{date}/delete")
    @PreAuthorize("hasAuthority('calendar:manage')")
    String removeDay(@AuthenticationPrincipal Actor actor, @PathVariable String year, @PathVariable String date,
                     PageRefusal refusal, RedirectAttributes redirect) {
        int y = CalendarParams.year(year);
        refusal.redirect("/calendar/holidays?year=" + y);
        calendar.removeDay(y, date, actor);
        return done(redirect, y, "已删除 " + date);
    }

    @PostMapping("/{year}/confirm")
    @PreAuthorize("hasAuthority('calendar:manage')")
    String confirm(@AuthenticationPrincipal Actor actor, @PathVariable String year, PageRefusal refusal,
                   RedirectAttributes redirect) {
        int y = CalendarParams.year(year);
        refusal.redirect("/calendar/holidays?year=" + y);
        calendar.confirmYear(y, actor);
        return done(redirect, y, y + " 年度安排已确认录入，可以计算工作日了");
    }

    @PostMapping("/{year}/json")
    @PreAuthorize("hasAuthority('calendar:manage')")
    String enterJson(@AuthenticationPrincipal Actor actor, @PathVariable String year,
                     @RequestParam(required = false) String json, Model model, PageRefusal refusal,
                     RedirectAttributes redirect) {
        int y = CalendarParams.year(year);
        model.addAttribute("jsonText", json);
        refusal.render("jsonError", () -> render(actor, y, model));
        if (json == null || json.isBlank()) {
            throw BusinessException.badInput("CAL-YEAR-INVALID", "请粘贴年度安排 JSON");
        }
        if (json.length() > MAX_JSON) {
            throw BusinessException.badInput("CAL-YEAR-INVALID", "内容过长（最多 " + MAX_JSON + " 字符）");
        }
        int n = calendar.enterYear(y, parse(json), actor);
        return done(redirect, y, y + " 年度安排已录入（" + n + " 天）并确认");
    }

    private YearData parse(String text) {
        try {
            return json.readValue(text, YearData.class);
        } catch (JacksonException e) {
            throw BusinessException.badInput("CAL-YEAR-INVALID", "不是有效的年度安排 JSON（格式：{year, papers[], days[{name,date,isOffDay}]}）");
        }
    }


    /** Back to the year's page with the message shown on top. */
    private static String done(RedirectAttributes redirect, int year, String message) {
        redirect.addFlashAttribute("flashMessage", message);
        return "redirect:/calendar/holidays?year=" + year;
    }
}
