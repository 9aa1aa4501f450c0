package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DateText;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.mines.work.KeyPeriods;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** MW-09: the key periods (重点时段) that apply to the actor's mines; the department defines and withdraws its own. */
@Controller
@RequestMapping("/mines/key-periods")
@RequiredArgsConstructor
class KeyPeriodPageController {

    static final List<String> HEADER = List.of("名称", "开始日期", "结束日期", "每周远程监管次数", "设定部门所在地", "状态");

    record KeyPeriodForm(@NotBlank(message = "请填写名称") @Size(max = 100) String name,
                         @NotBlank(message = "请填写开始日期") @DateText String startsOn,
                         @NotBlank(message = "请填写结束日期") @DateText String endsOn,
                         @NotBlank(message = "请填写每周远程监管次数")
                         @Pattern(regexp = "\\s*\\d{1,2}\\s*", message = "须为 3–21 之间的整数") String perWeek) {
        static void fields(PageRefusal refusal) {
            refusal.field("MW-09-NAME", "name").field("MW-09-DATES", "endsOn").field("MW-09-COUNT", "perWeek");
        }
    }

    private final KeyPeriods periods;

    @GetMapping
    @PreAuthorize("hasAuthority('mine:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new KeyPeriodForm("", "", "", String.valueOf(periods.suggestedPerWeek())));
        }
        return page(actor, q, model, refusal);
    }

    private String page(Actor actor, Map<String, String> q, Model model, PageRefusal refusal) {
        refusal.render("filterError", () -> unfiltered(actor, model));
        model.addAttribute("q", q);
        KeyPeriods.Filter f = filter(q);
        ListSort.Sort sort = KeyPeriods.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(url(q), sort, size));
        model.addAttribute("result", periods.list(actor, f, sort, Params.page(q.get("page")), size));
        return unfiltered(actor, model, false);
    }

    private String unfiltered(Actor actor, Model model) {
        return unfiltered(actor, model, true);
    }

    /** The page's common model; with {@code list}, the unfiltered first page (after a refusal). */
    private String unfiltered(Actor actor, Model model, boolean list) {
        model.addAttribute("mayDefine", actor.hasPermission(KeyPeriods.PERMISSION));
        model.addAttribute("actorJurisdiction", actor.jurisdictionId());
        if (list) {
            model.addAttribute("q", Map.of());
            model.addAttribute("result", periods.list(actor, new KeyPeriods.Filter(null, false), KeyPeriods.SORT.defaults(), 0,
                    PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(url(Map.of()), KeyPeriods.SORT.defaults(), PageSize.DEFAULT));
        }
        return "mines/key-periods";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('mine:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        KeyPeriods.Filter f = filter(q);
        ListSort.Sort sort = KeyPeriods.SORT.parse(q.get("sort"));
        return SheetExport.attachment("矿山监管重点时段.xlsx", "重点时段", HEADER, rows -> periods.each(actor, f, sort,
                r -> rows.add(r.name(), Fmt.date(r.startsOn()), Fmt.date(r.endsOn()), r.remotePerWeek(), r.jurisdictionName(),
                        r.withdrawn() ? "已撤销" : "有效")));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('mine:key-period')")
    String define(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") KeyPeriodForm form, BindingResult errors,
                  PageRefusal refusal, Model model, RedirectAttributes flash) {
        KeyPeriodForm.fields(refusal);
        refusal.render(() -> unfiltered(actor, model));
        refusal.check(errors);
        periods.define(actor, form.name(), Params.date("开始日期", form.startsOn()), Params.date("结束日期", form.endsOn()),
                Integer.valueOf(form.perWeek().strip()));
        flash.addFlashAttribute("flashMessage", "重点时段“" + form.name().strip() + "”已设定");
        return "redirect:/mines/key-periods";
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAuthority('mine:key-period')")
    String withdraw(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/mines/key-periods");
        periods.withdraw(actor, id);
        flash.addFlashAttribute("flashMessage", "重点时段已撤销");
        return "redirect:/mines/key-periods";
    }

    private static KeyPeriods.Filter filter(Map<String, String> q) {
        String year = q.get("year");
        Integer y = year == null || year.isBlank() ? null : Params.integer("年度", year, 0, 2000, 2100);
        return new KeyPeriods.Filter(y, Params.flag("含已撤销", q.get("withdrawn")));
    }

    static FilterUrl url(Map<String, String> q) {
        return FilterUrl.of("/mines/key-periods").with("year", q.get("year")).with("withdrawn", q.get("withdrawn"));
    }
}
