package cn.anjian.reporting.web;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.reporting.capacity.CapacityEnums.BodyKind;
import cn.anjian.reporting.capacity.CapacityEnums.MemberRole;
import cn.anjian.reporting.capacity.CapacityIndicators;
import cn.anjian.reporting.capacity.CapacityQueries;
import cn.anjian.reporting.capacity.CapacityRecords;
import cn.anjian.reporting.capacity.Indicator;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import jakarta.validation.Valid;
import cn.anjian.reporting.web.CapacityForms.BodyForm;
import cn.anjian.reporting.web.CapacityForms.FundingForm;
import cn.anjian.reporting.web.CapacityForms.MemberForm;

/** CAP-10: the capacity dashboard, and CAP-01/02/05's bodies with their members and funding (the drill-down). */
@Controller
@RequestMapping("/reporting/capacity")
@RequiredArgsConstructor
class CapacityPageController {

    static final List<String> BODY_HEADER = List.of("行政区划", "类别", "单位名称", "重点行业领域", "班子成员", "其中应急管理背景", "安全（应急）工作人员", "年度执法经费（元）");

    private final CapacityIndicators indicators;
    private final CapacityQueries queries;
    private final CapacityRecords records;
    private final Jurisdictions jurisdictions;
    private final Clock clock;

    int year(String raw) {
        return Params.integer("年度", raw, LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI).getYear(), 2000, 2100);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('capacity:read')")
    String dashboard(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String j,
                     @RequestParam(required = false) String year, Model model) {
        int y = year(year);
        Long id = Params.optionalId("行政区划", j);
        List<CapacityIndicators.Line> lines = indicators.dashboard(actor, id == null ? actor.jurisdictionId() : id, y);
        model.addAttribute("lines", lines);
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("year", y);
        model.addAttribute("up", lines.get(0).jurisdiction().parentId() != null
                && actor.scope().covers(jurisdictions.get(lines.get(0).jurisdiction().parentId()).path())
                ? lines.get(0).jurisdiction().parentId() : null);
        return "reporting/capacity";
    }

    @GetMapping("/bodies")
    @PreAuthorize("hasAuthority('capacity:read')")
    String bodies(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", BodyForm.blank());
        }
        Jurisdiction j = queries.jurisdiction(actor, Params.optionalId("行政区划", q.get("j")));
        BodyKind kind = Params.choice(BodyKind.class, "类别", q.get("kind"), BodyKind::label);
        boolean key = Params.flag("重点行业领域", q.get("key"));
        int year = year(q.get("year"));
        ListSort.Sort sort = CapacityQueries.BODY_SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        ListControls kit = ListControls.of(FilterUrl.of("/reporting/capacity/bodies").with("j", q.get("j")).with("kind", q.get("kind"))
                .with("key", q.get("key")).with("year", q.get("year")), sort, size);
        model.addAttribute("kit", kit);
        model.addAttribute("j", j);
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        model.addAttribute("kinds", BodyKind.values());
        model.addAttribute("places", places(j));
        model.addAttribute("mayManage", actor.hasPermission("capacity:manage"));
        model.addAttribute("result", queries.bodies(j, kind, key, year, sort, Params.page(q.get("page")), size));
        return "reporting/bodies";
    }

    private List<Jurisdiction> places(Jurisdiction j) {
        List<Jurisdiction> places = new java.util.ArrayList<>(List.of(j));
        places.addAll(jurisdictions.children(j.id()));
        return places;
    }

    @GetMapping("/bodies/export")
    @PreAuthorize("hasAuthority('capacity:read')")
    ResponseEntity<StreamingResponseBody> exportBodies(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        Jurisdiction j = queries.jurisdiction(actor, Params.optionalId("行政区划", q.get("j")));
        BodyKind kind = Params.choice(BodyKind.class, "类别", q.get("kind"), BodyKind::label);
        boolean key = Params.flag("重点行业领域", q.get("key"));
        int year = year(q.get("year"));
        ListSort.Sort sort = CapacityQueries.BODY_SORT.parse(q.get("sort"));
        return SheetExport.attachment("监管能力建设单位.xlsx", "单位", BODY_HEADER, rows -> queries.eachBody(j, kind, key, year, sort,
                r -> rows.add(r.jurisdictionName(), r.kind().label(), r.name(), r.keyIndustry() ? "是" : "否", r.leaders(),
                        r.leadersWithBackground(), r.staff(), r.funding() == null ? "" : r.funding().toPlainString())));
    }

    @PostMapping("/bodies")
    @PreAuthorize("hasAuthority('capacity:manage')")
    String addBody(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") BodyForm form, BindingResult errors,
                   PageRefusal refusal, Model model, RedirectAttributes flash) {
        refusal.render(() -> bodies(actor, Map.of(), model)).field("CAP-BODY-KIND", "kind").field("CAP-BODY-NAME", "name")
                .field("CAP-BODY-DUPLICATE", "name").field("CAP-BODY-KEY", "keyIndustry");
        refusal.check(errors);
        long id = records.addBody(actor, Params.id("行政区划", form.jurisdictionId()),
                Params.requiredChoice("CAP-BODY-KIND", BodyKind.class, "类别", form.kind(), BodyKind::label), form.name(),
                Params.flag("重点行业领域", form.keyIndustry()));
        flash.addFlashAttribute("notice", "单位已登记");
        return "redirect:/reporting/capacity/bodies/" + id;
    }

    @GetMapping("/bodies/{id}")
    @PreAuthorize("hasAuthority('capacity:read')")
    String body(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String year, Model model) {
        int y = year(year);
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", MemberForm.blank());
        }
        if (!model.containsAttribute("fundingForm")) {
            model.addAttribute("fundingForm", new FundingForm(String.valueOf(y), null, null));
        }
        model.addAttribute("b", queries.body(actor, id, y));
        model.addAttribute("members", queries.members(id));
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("year", y);
        model.addAttribute("mayManage", actor.hasPermission("capacity:manage"));
        return "reporting/body";
    }

    @PostMapping("/bodies/{id}/members")
    @PreAuthorize("hasAuthority('capacity:manage')")
    String addMember(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("memberForm") MemberForm form,
                     BindingResult errors, PageRefusal refusal, Model model, RedirectAttributes flash) {
        queries.body(actor, id, java.time.LocalDate.now(clock).getYear());   // another county's body: 404 before the form is read
        refusal.render("memberError", () -> body(actor, id, null, model)).field("CAP-MEMBER-ROLE", "role").field("CAP-MEMBER-NAME", "name")
                .field("CAP-MEMBER-POSITION", "position").field("CAP-MEMBER-BACKGROUND", "background");
        refusal.check(errors);
        records.addMember(actor, id, Params.requiredChoice("CAP-MEMBER-ROLE", MemberRole.class, "人员类别", form.role(), MemberRole::label),
                form.name(), form.position(), Params.flag("应急管理专业背景", form.emBackground()), form.background());
        flash.addFlashAttribute("notice", "人员已登记");
        return "redirect:/reporting/capacity/bodies/" + id;
    }

    @PostMapping("/bodies/{id}/members/{memberId}/removal")
    @PreAuthorize("hasAuthority('capacity:manage')")
    String removeMember(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long memberId, PageRefusal refusal,
                        RedirectAttributes flash) {
        refusal.redirect("/reporting/capacity/bodies/" + id);
        records.removeMember(actor, id, memberId);
        flash.addFlashAttribute("notice", "人员已移除");
        return "redirect:/reporting/capacity/bodies/" + id;
    }

    @PostMapping("/bodies/{id}/funding")
    @PreAuthorize("hasAuthority('capacity:manage')")
    String funding(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("fundingForm") FundingForm form,
                   BindingResult errors, PageRefusal refusal, Model model, RedirectAttributes flash) {
        queries.body(actor, id, java.time.LocalDate.now(clock).getYear());   // another county's body: 404 before the form is read
        refusal.render("fundingError", () -> body(actor, id, null, model)).field("CAP-FUNDING-YEAR", "year")
                .field("CAP-FUNDING-AMOUNT", "amount").field("CAP-FUNDING-SOURCE", "source").field("CAP-05", "amount");
        refusal.check(errors);
        int y = Integer.parseInt(form.year().strip());
        java.math.BigDecimal amount = new java.math.BigDecimal(form.amount().strip());
        records.recordFunding(actor, id, y, amount, form.source());
        flash.addFlashAttribute("notice", y + " 年执法经费已登记");
        return "redirect:/reporting/capacity/bodies/" + id + "?year=" + y;
    }
}
