package cn.anjian.reporting.registers;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.reporting.PublicityActivityKind;
import cn.anjian.reporting.registers.RegisterForms.ActivityForm;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** STAT-02: the register of legal-publicity activities — list (filter, sort, pages, Excel) and the entry form. */
@Controller
@RequestMapping("/reporting/publicity-activities")
@RequiredArgsConstructor
class PublicityActivityPageController {

    static final List<String> HEADER = List.of("单位", "宣传形式", "日期", "数量", "单位（量词）", "地点（媒体）", "主题", "填报人", "数据来源");
    static final String PATH = "/reporting/publicity-activities";

    private final PublicityActivityRegister register;

    private PublicityActivityRegister.Filter filter(Actor actor, Map<String, String> q) {
        return new PublicityActivityRegister.Filter(register.jurisdiction(actor, Params.optionalId("行政区划", q.get("j"))),
                Params.choice(PublicityActivityKind.class, "宣传形式", q.get("kind"), PublicityActivityKind::label),
                Params.date("起始日期", q.get("from")), Params.date("截止日期", q.get("to")), Params.text("关键词", q.get("q"), 50));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('stat-register:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("form", ActivityForm.blank());
        return page(actor, q, model, refusal);
    }

    private String page(Actor actor, Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("kinds", PublicityActivityKind.values());
        model.addAttribute("mayManage", actor.hasPermission("stat-register:manage"));
        refusal.render("filterError", () -> {
            PublicityActivityRegister.Filter none = new PublicityActivityRegister.Filter(register.jurisdiction(actor, null), null, null, null, null);
            model.addAttribute("result", register.list(none, PublicityActivityRegister.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(FilterUrl.of(PATH), PublicityActivityRegister.SORT.defaults(), PageSize.DEFAULT));
            return "reporting/registers/activities";
        });
        PublicityActivityRegister.Filter f = filter(actor, q);
        ListSort.Sort sort = PublicityActivityRegister.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(FilterUrl.of(PATH).with("j", q.get("j")).with("kind", q.get("kind"))
                .with("from", q.get("from")).with("to", q.get("to")).with("q", q.get("q")), sort, size));
        model.addAttribute("result", register.list(f, sort, Params.page(q.get("page")), size));
        return "reporting/registers/activities";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('stat-register:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        PublicityActivityRegister.Filter f = filter(actor, q);
        ListSort.Sort sort = PublicityActivityRegister.SORT.parse(q.get("sort"));
        return SheetExport.attachment("普法宣传活动.xlsx", "普法宣传活动", HEADER, rows -> register.each(f, sort,
                r -> rows.add(r.agencyName(), r.kind().label(), Fmt.date(r.heldOn()), r.quantity(), r.kind().unit(), r.place(),
                        r.theme() == null ? "" : r.theme(), r.reporter(), r.source())));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('stat-register:manage')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") ActivityForm form, BindingResult errors,
                  PageRefusal refusal, Model model, RedirectAttributes flash) {
        refusal.render(() -> page(actor, Map.of(), model, refusal)).field("STAT-02-KIND", "kind").field("STAT-02-DATE", "heldOn")
                .field("STAT-02-QUANTITY", "quantity").field("STAT-02-PLACE", "place").field("STAT-02-THEME", "theme")
                .field("STAT-02-REPORTER", "reporter").field("STAT-02-SOURCE", "source");
        refusal.check(errors);
        register.record(actor, new PublicityActivityRegister.NewActivity(
                Params.requiredChoice("STAT-02-KIND", PublicityActivityKind.class, "宣传形式", form.kind(), PublicityActivityKind::label),
                Params.date("日期", form.heldOn()), Integer.valueOf(form.quantity().strip()), form.place(), form.theme(),
                form.reporter(), form.source()));
        flash.addFlashAttribute("notice", "普法宣传活动已登记");
        return "redirect:" + PATH;
    }
}
