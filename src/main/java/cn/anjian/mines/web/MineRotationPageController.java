package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
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
import cn.anjian.kernel.Zones;
import cn.anjian.mines.planner.Handovers;
import cn.anjian.mines.planner.RotationRecords;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * MC-07: rotation exceptions (requested here, decided by the province in the workflow inbox) and handovers — a
 * commissioner sees their own and confirms their side; staff see the jurisdiction's.
 */
@Controller
@RequiredArgsConstructor
class MineRotationPageController {

    static final List<String> EXCEPTION_HEADER = List.of("延期年度", "监管专员", "矿山", "延期理由", "审批状态");
    static final List<String> HANDOVER_HEADER = List.of("矿山", "方案年度", "交出监管专员", "接任监管专员", "状态", "生成时间");

    private final RotationRecords records;
    private final Handovers handovers;
    private final java.time.Clock clock;

    @GetMapping("/mines/exceptions")
    @PreAuthorize("hasAuthority('mine:read')")
    String exceptions(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model,
                      PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("statuses", RotationRecords.EXCEPTION_STATUSES);
        model.addAttribute("mayPlan", actor.hasPermission("mine:plan"));
        model.addAttribute("pairs", actor.hasPermission("mine:plan") ? records.keepable(actor) : List.of());
        int year = LocalDate.now(clock.withZone(Zones.SHANGHAI)).getYear();
        model.addAttribute("years", List.of(year, year + 1, year + 2));
        refusal.render("filterError", () -> {
            model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines/exceptions"), RotationRecords.EXCEPTION_SORT.defaults(),
                    PageSize.DEFAULT));
            model.addAttribute("result", records.exceptions(actor, RotationRecords.Filter.NONE,
                    RotationRecords.EXCEPTION_SORT.defaults(), 0, PageSize.DEFAULT));
            return "mines/plans/exceptions";
        });
        RotationRecords.Filter f = RotationRecords.Filter.parse(q, true);
        ListSort.Sort sort = RotationRecords.EXCEPTION_SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(filters(FilterUrl.of("/mines/exceptions"), q), sort, size));
        model.addAttribute("result", records.exceptions(actor, f, sort, Params.page(q.get("page")), size));
        return "mines/plans/exceptions";
    }

    @GetMapping("/mines/exceptions/export")
    @PreAuthorize("hasAuthority('mine:read')")
    ResponseEntity<StreamingResponseBody> exportExceptions(@AuthenticationPrincipal Actor actor,
                                                           @RequestParam Map<String, String> q) {
        RotationRecords.Filter f = RotationRecords.Filter.parse(q, true);
        ListSort.Sort sort = RotationRecords.EXCEPTION_SORT.parse(q.get("sort"));
        return SheetExport.attachment("延期轮换申请.xlsx", "延期轮换申请", EXCEPTION_HEADER, rows -> records.eachException(actor,
                f, sort, r -> rows.add(String.valueOf(r.year()), r.commissionerName(), r.mineName(), r.reason(), r.status())));
    }

    @GetMapping("/mines/handovers")
    @PreAuthorize("hasAuthority('mine:read')")
    String handovers(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model,
                     PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("statuses", RotationRecords.HANDOVER_STATUSES);
        model.addAttribute("linked", handovers.commissionerOf(actor).isPresent());
        model.addAttribute("ownOnly", ownOnly(actor));
        refusal.render("filterError", () -> {
            boolean own = ownOnly(actor);
            model.addAttribute("mine", own);
            model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines/handovers"), RotationRecords.HANDOVER_SORT.defaults(),
                    PageSize.DEFAULT));
            model.addAttribute("result", records.handovers(actor, self(actor, own), RotationRecords.Filter.NONE,
                    RotationRecords.HANDOVER_SORT.defaults(), 0, PageSize.DEFAULT));
            return "mines/plans/handovers";
        });
        boolean mine = Params.flag("只看本人", q.get("mine")) || ownOnly(actor);
        model.addAttribute("mine", mine);
        RotationRecords.Filter f = RotationRecords.Filter.parse(q, false);
        ListSort.Sort sort = RotationRecords.HANDOVER_SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(filters(FilterUrl.of("/mines/handovers").with("mine", mine ? "true" : null), q),
                sort, size));
        model.addAttribute("result", records.handovers(actor, self(actor, mine), f, sort, Params.page(q.get("page")), size));
        return "mines/plans/handovers";
    }

    @GetMapping("/mines/handovers/export")
    @PreAuthorize("hasAuthority('mine:read')")
    ResponseEntity<StreamingResponseBody> exportHandovers(@AuthenticationPrincipal Actor actor,
                                                          @RequestParam Map<String, String> q) {
        RotationRecords.Filter f = RotationRecords.Filter.parse(q, false);
        ListSort.Sort sort = RotationRecords.HANDOVER_SORT.parse(q.get("sort"));
        boolean mine = Params.flag("只看本人", q.get("mine")) || ownOnly(actor);
        Long self = self(actor, mine);
        return SheetExport.attachment("轮换交接.xlsx", "轮换交接", HANDOVER_HEADER, rows -> records.eachHandover(actor, self,
                f, sort, r -> rows.add(r.mineName(), String.valueOf(r.year()), r.outgoingName(), r.incomingName(), r.status(),
                        Fmt.dateTime(r.createdAt()))));
    }

    @GetMapping("/mines/handovers/{id:\\d+}")
    @PreAuthorize("hasAuthority('mine:read')")
    String handover(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        RotationRecords.HandoverRow h = records.handover(actor, id);
        Long me = handovers.commissionerOf(actor).orElse(null);
        if (ownOnly(actor) && (me == null || (me != h.outgoingId() && me != h.incomingId()))) {
            throw cn.anjian.kernel.BusinessException.notFound("轮换交接");
        }
        model.addAttribute("h", h);
        model.addAttribute("isOutgoing", me != null && me == h.outgoingId() && actor.hasPermission("mine:handover"));
        model.addAttribute("isIncoming", me != null && me == h.incomingId() && actor.hasPermission("mine:handover"));
        return "mines/plans/handover";
    }

    @PostMapping("/mines/handovers/{id:\\d+}/outgoing")
    @PreAuthorize("hasAuthority('mine:handover')")
    String outgoing(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                    @RequestParam(required = false) String situation, @RequestParam(required = false) String supervisionStatus,
                    PageRefusal refusal, RedirectAttributes flash) {
        records.handover(actor, id);
        refusal.redirect("/mines/handovers/" + id);
        handovers.confirmOutgoing(actor, id, Params.text("矿山基本情况", situation, 4000),
                Params.text("监管工作情况", supervisionStatus, 4000));
        flash.addFlashAttribute("notice", "已确认交出，待接任监管专员确认");
        return "redirect:/mines/handovers/" + id;
    }

    @PostMapping("/mines/handovers/{id:\\d+}/incoming")
    @PreAuthorize("hasAuthority('mine:handover')")
    String incoming(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String note,
                    PageRefusal refusal, RedirectAttributes flash) {
        records.handover(actor, id);
        refusal.redirect("/mines/handovers/" + id);
        handovers.confirmIncoming(actor, id, Params.text("接任人意见", note, 2000));
        flash.addFlashAttribute("notice", "交接已完成");
        return "redirect:/mines/handovers/" + id;
    }

    /** The lists' filters kept in their links (pages, sort, size, export). */
    private static FilterUrl filters(FilterUrl url, Map<String, String> q) {
        return url.with("status", q.get("status")).with("mineName", q.get("mineName"))
                .with("commissioner", q.get("commissioner")).with("year", q.get("year"));
    }

    /** Commissioners (the phone app's users) without planning rights see only their own handovers; heads and staff see their scope's. */
    private static boolean ownOnly(Actor actor) {
        return actor.hasPermission("mine:app") && !actor.hasPermission("mine:plan") && !actor.hasPermission("mine:manage");
    }

    private Long self(Actor actor, boolean mine) {
        return mine ? handovers.commissionerOf(actor).orElse(-1L) : null;
    }
}
