package cn.anjian.supervision.web;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
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
import cn.anjian.kernel.Fmt;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.supervision.checks.CheckExtent;
import cn.anjian.supervision.checks.CheckMethod;
import cn.anjian.supervision.checks.CheckQueries;
import cn.anjian.supervision.checks.CheckTiming;
import cn.anjian.supervision.checks.CorrectionKind;
import cn.anjian.supervision.checks.CorrectionOrders;
import cn.anjian.supervision.checks.NewCheck;
import cn.anjian.supervision.checks.OrderQueries;
import cn.anjian.supervision.checks.SupervisionArea;
import cn.anjian.supervision.checks.SupervisionChecks;
import cn.anjian.supervision.web.CheckForms.CheckForm;
import cn.anjian.supervision.web.CheckForms.FindingForm;
import cn.anjian.supervision.web.CheckForms.OrderForm;
import jakarta.validation.Valid;
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

/** COR-01/COR-02: supervision checks — list, record, findings per area, correction orders on the problems. */
@Controller
@RequestMapping("/supervision/checks")
@RequiredArgsConstructor
class CheckPageController {

    static final List<String> HEADER = List.of("检查名称", "组织单位", "被检查单位", "被检查内设机构", "检查方式", "检查范围", "检查方法",
            "检查期间起", "检查期间止", "检查组成员", "检查情况条数", "发现问题条数");

    private final SupervisionChecks checks;
    private final CheckQueries queries;
    private final CorrectionOrders orders;
    private final OrderQueries orderQueries;
    private final Jurisdictions jurisdictions;
    private final Agencies agencies;

    @GetMapping
    @PreAuthorize("hasAuthority('supervision:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("timings", CheckTiming.values());
        model.addAttribute("extents", CheckExtent.values());
        refusal.render("filterError", () -> {
            model.addAttribute("result", queries.list(actor, CheckQueries.Filter.none(), CheckQueries.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(url(Map.of()), CheckQueries.SORT.defaults(), PageSize.DEFAULT));
            return "supervision/checks";
        });
        CheckQueries.Filter f = filter(q);
        ListSort.Sort sort = CheckQueries.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(url(q), sort, size));
        model.addAttribute("result", queries.list(actor, f, sort, Params.page(q.get("page")), size));
        return "supervision/checks";
    }

    static CheckQueries.Filter filter(Map<String, String> q) {
        return new CheckQueries.Filter(Params.text("检查名称或被检查单位", q.get("q"), 50),
                Params.choice(CheckTiming.class, "检查方式", q.get("timing"), CheckTiming::label),
                Params.choice(CheckExtent.class, "检查范围", q.get("extent"), CheckExtent::label));
    }

    static FilterUrl url(Map<String, String> q) {
        return FilterUrl.of("/supervision/checks").with("q", q.get("q")).with("timing", q.get("timing")).with("extent", q.get("extent"));
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('supervision:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        CheckQueries.Filter f = filter(q);
        ListSort.Sort sort = CheckQueries.SORT.parse(q.get("sort"));
        return SheetExport.attachment("执法监督检查.xlsx", "执法监督检查", HEADER, rows -> queries.each(actor, f, sort,
                r -> rows.add(r.title(), r.agencyName(), r.checkedAgencyName(), r.checkedUnit() == null ? "" : r.checkedUnit(),
                        r.timing().label(), r.extent().label(), r.methodLabels(), Fmt.date(r.periodFrom()), Fmt.date(r.periodTo()),
                        r.team(), r.findings(), r.problems())));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String form(@AuthenticationPrincipal Actor actor, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CheckForm.blank());
        }
        return newPage(actor, model);
    }

    private String newPage(Actor actor, Model model) {
        List<Agency> options = new ArrayList<>();
        agencies.findAgency(actor.jurisdictionId(), AgencyKind.EMERGENCY_MANAGEMENT).ifPresent(options::add);
        for (Jurisdiction child : jurisdictions.children(actor.jurisdictionId())) {
            agencies.findAgency(child.id(), AgencyKind.EMERGENCY_MANAGEMENT).ifPresent(options::add);
        }
        model.addAttribute("agencies", options);
        model.addAttribute("timings", CheckTiming.values());
        model.addAttribute("extents", CheckExtent.values());
        model.addAttribute("methods", CheckMethod.values());
        return "supervision/check-new";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('supervision:manage')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") CheckForm form, BindingResult errors,
                  PageRefusal refusal, Model model, RedirectAttributes flash) {
        refusal.render(() -> newPage(actor, model)).field("COR-01-PERIOD", "periodTo").field("COR-01-TEAM", "team")
                .field("COR-01-TITLE", "title");
        refusal.check(errors);
        long id = checks.record(actor, new NewCheck(Params.id("被检查单位", form.checkedAgencyId()), form.checkedUnit(), form.title(),
                Params.choice(CheckTiming.class, "检查方式", form.timing(), CheckTiming::label),
                Params.choice(CheckExtent.class, "检查范围", form.extent(), CheckExtent::label),
                form.methods().stream().map(m -> Params.choice(CheckMethod.class, "检查方法", m, CheckMethod::label)).toList(),
                Params.date("检查期间起", form.periodFrom()), Params.date("检查期间止", form.periodTo()), form.team()));
        flash.addFlashAttribute("notice", "监督检查已登记");
        return "redirect:/supervision/checks/" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('supervision:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        return detailPage(actor, id, model);
    }

    private String detailPage(Actor actor, long id, Model model) {
        model.addAttribute("check", queries.get(actor, id));
        model.addAttribute("findings", checks.findings(actor, id));
        model.addAttribute("orders", orderQueries.list(actor, new OrderQueries.Filter(null, null, id), OrderQueries.SORT.defaults(), 0, 100).items());
        model.addAttribute("areas", SupervisionArea.values());
        model.addAttribute("kinds", CorrectionKind.values());
        model.addAttribute("mayManage", actor.hasPermission("supervision:manage"));
        if (!model.containsAttribute("findingForm")) {
            model.addAttribute("findingForm", FindingForm.blank());
        }
        if (!model.containsAttribute("orderForm")) {
            model.addAttribute("orderForm", OrderForm.blank());
        }
        return "supervision/check";
    }

    @PostMapping("/{id}/findings")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String finding(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("findingForm") FindingForm form,
                   BindingResult errors, PageRefusal refusal, Model model, RedirectAttributes flash) {
        refusal.render("findingError", () -> detailPage(actor, id, model)).field("COR-01-FINDING", "description");
        refusal.check(errors);
        checks.addFinding(actor, id, Params.choice(SupervisionArea.class, "检查内容", form.area(), SupervisionArea::label),
                form.description(), "true".equals(form.problem()));
        flash.addFlashAttribute("notice", "检查情况已登记");
        return "redirect:/supervision/checks/" + id;
    }

    @PostMapping("/{id}/orders")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String order(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("orderForm") OrderForm form,
                 BindingResult errors, PageRefusal refusal, Model model, RedirectAttributes flash) {
        refusal.render("orderError", () -> detailPage(actor, id, model)).field("COR-02-CASE", "caseNumber")
                .field("COR-02-REQUIREMENT", "requirement");
        refusal.check(errors);
        queries.get(actor, id);
        long order = orders.issue(actor, Params.id("检查情况", form.findingId()),
                Params.choice(CorrectionKind.class, "处理方式", form.kind(), CorrectionKind::label), form.requirement(), form.caseNumber());
        flash.addFlashAttribute("notice", "纠错整改通知已下达");
        return "redirect:/supervision/orders/" + order;
    }
}
