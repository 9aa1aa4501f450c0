package cn.anjian.supervision.web;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.supervision.checks.CorrectionKind;
import cn.anjian.supervision.checks.CorrectionOrders;
import cn.anjian.supervision.checks.OrderQueries;
import cn.anjian.supervision.checks.OrderStatus;
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

/** COR-02: correction orders — the list (overdue flagged by the calendar), one order and its moves. */
@Controller
@RequestMapping("/supervision/orders")
@RequiredArgsConstructor
class OrderPageController {

    static final List<String> HEADER = List.of("监督检查", "下达单位", "被检查单位", "检查内容", "处理方式", "整改要求", "关联案号", "状态",
            "整改期限", "是否逾期", "退回次数", "下达时间");

    private final OrderQueries queries;
    private final CorrectionOrders orders;

    @GetMapping
    @PreAuthorize("hasAuthority('supervision:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("kinds", CorrectionKind.values());
        refusal.render("filterError", () -> {
            model.addAttribute("result", queries.list(actor, OrderQueries.Filter.none(), OrderQueries.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(url(Map.of()), OrderQueries.SORT.defaults(), PageSize.DEFAULT));
            return "supervision/orders";
        });
        OrderQueries.Filter f = filter(q);
        ListSort.Sort sort = OrderQueries.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(url(q), sort, size));
        model.addAttribute("result", queries.list(actor, f, sort, Params.page(q.get("page")), size));
        return "supervision/orders";
    }

    static OrderQueries.Filter filter(Map<String, String> q) {
        return new OrderQueries.Filter(Params.choice(OrderStatus.class, "状态", q.get("status"), OrderStatus::label),
                Params.choice(CorrectionKind.class, "处理方式", q.get("kind"), CorrectionKind::label), null);
    }

    static FilterUrl url(Map<String, String> q) {
        return FilterUrl.of("/supervision/orders").with("status", q.get("status")).with("kind", q.get("kind"));
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('supervision:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        OrderQueries.Filter f = filter(q);
        ListSort.Sort sort = OrderQueries.SORT.parse(q.get("sort"));
        return SheetExport.attachment("纠错整改.xlsx", "纠错整改", HEADER, rows -> queries.each(actor, f, sort,
                r -> rows.add(r.checkTitle(), r.agencyName(), r.targetAgencyName(), r.area().label(), r.kind().label(), r.requirement(),
                        r.caseNumber() == null ? "" : r.caseNumber(), r.status().label(), Fmt.date(r.dueDate()), r.overdue() ? "是" : "否",
                        r.reopened(), Fmt.dateTime(r.issuedAt()))));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('supervision:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        OrderQueries.Row o = queries.get(actor, id);
        model.addAttribute("o", o);
        boolean manage = actor.hasPermission("supervision:manage");
        model.addAttribute("mayRectify", manage && actor.agencyId() == o.targetAgencyId()
                && (o.status() == OrderStatus.ISSUED || o.status() == OrderStatus.RECTIFYING));
        model.addAttribute("mayVerify", manage && actor.agencyId() == o.agencyId() && o.status() == OrderStatus.SUBMITTED);
        return "supervision/order";
    }

    @PostMapping("/{id}/start")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String start(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/supervision/orders/" + id);
        orders.startRectifying(actor, id);
        flash.addFlashAttribute("notice", "已开始整改");
        return "redirect:/supervision/orders/" + id;
    }

    @PostMapping("/{id}/report")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String report(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String report,
                  PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/supervision/orders/" + id);
        orders.submit(actor, id, report);
        flash.addFlashAttribute("notice", "整改情况已报送");
        return "redirect:/supervision/orders/" + id;
    }

    @PostMapping("/{id}/verify")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String verify(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String accepted,
                  @RequestParam(required = false) String note, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/supervision/orders/" + id);
        boolean ok = Params.flag("验收结论", accepted);
        orders.verify(actor, id, ok, note);
        flash.addFlashAttribute("notice", ok ? "整改已验收销号" : "整改未通过验收，已退回继续整改");
        return "redirect:/supervision/orders/" + id;
    }
}
