package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListCount;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.mines.work.MineCheckQueries;
import cn.anjian.mines.work.CheckReview;
import cn.anjian.mines.work.CheckStatus;
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

/** One check (items, photos, position, flags) and the review of checks recorded offline outside the geofence (MW-10). */
@Controller
@RequestMapping("/mines/checks")
@RequiredArgsConstructor
class MineCheckPageController {

    private final MineCheckQueries checks;
    private final CheckReview review;

    @GetMapping("/flagged")
    @PreAuthorize("hasAuthority('mine:check-review')")
    String flagged(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model) {
        ListSort.Sort sort = MineCheckQueries.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines/checks/flagged"), sort, size));
        // counted as the list APIs count (issue 20): at most 1,000, the pager then says "1000 条以上"
        MineCheckQueries.Result result = checks.list(actor, flaggedFilter(), sort, Params.page(q.get("page")), size, ListCount.CAPPED);
        model.addAttribute("result", result);
        model.addAttribute("rows", FlaggedCheckRow.of(result.items()));
        return "mines/checks-flagged";
    }

    @GetMapping("/flagged/export")
    @PreAuthorize("hasAuthority('mine:check-review')")
    ResponseEntity<StreamingResponseBody> flaggedExport(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        ListSort.Sort sort = MineCheckQueries.SORT.parse(q.get("sort"));
        return SheetExport.attachment("待核查检查记录.xlsx", "待核查", CoveragePageController.CHECK_HEADER, rows -> checks.each(actor,
                flaggedFilter(), sort, r -> rows.add(Fmt.dateTime(r.startedAt()), r.mineName(), r.commissionerName(), r.modeLabel(),
                        r.flags(), r.distanceMeters() == null ? "" : r.distanceMeters(), r.status().label(), r.missedMandatory(),
                        r.missedSpot(), r.hazards())));
    }

    private static MineCheckQueries.Filter flaggedFilter() {
        return new MineCheckQueries.Filter(null, null, null, CheckStatus.FLAGGED, null);
    }

    @GetMapping("/{checkId}")
    @PreAuthorize("hasAuthority('mine:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable String checkId, Model model) {
        return page(actor, uuid(checkId), model);
    }

    private String page(Actor actor, UUID id, Model model) {
        model.addAttribute("check", checks.get(actor, id));
        model.addAttribute("answers", checks.answers(actor, id));
        model.addAttribute("mayReview", actor.hasPermission("mine:check-review"));
        return "mines/check";
    }

    @PostMapping("/{checkId}/review")
    @PreAuthorize("hasAuthority('mine:check-review')")
    String review(@AuthenticationPrincipal Actor actor, @PathVariable String checkId, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String note, PageRefusal refusal, Model model, RedirectAttributes flash) {
        UUID id = uuid(checkId);
        checks.get(actor, id);    // scope first: another jurisdiction's check is 404 before the form is read
        model.addAttribute("reviewNote", note);
        refusal.render("reviewError", () -> page(actor, id, model));
        boolean accept = switch (decision == null ? "" : decision) {
            case "accept" -> true;
            case "reject" -> false;
            default -> throw BusinessException.badInput("MINE-CHECK-REVIEW", "请选择认可或不予认可");
        };
        review.review(actor, id, accept, note);
        flash.addFlashAttribute("notice", accept ? "已认可该检查记录" : "已不予认可该检查记录");
        return "redirect:/mines/checks/" + id;
    }

    static UUID uuid(String id) {
        try {
            if (id != null && id.length() == 36) {
                return UUID.fromString(id);
            }
        } catch (IllegalArgumentException e) {
            // falls through
        }
        throw BusinessException.notFound("检查记录");
    }

    static List<String> header() {
        return CoveragePageController.CHECK_HEADER;
    }
}
