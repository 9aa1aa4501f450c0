package cn.anjian.experts.reviews;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** EXP-06 pages for HR (open the year's review) and unit heads (verdicts on the pool's experts, complete the review). */
@Controller
@RequestMapping("/experts/annual-review")
@RequiredArgsConstructor
class AnnualReviewPageController {

    private final AnnualReview review;
    private final AnnualReviewQueries queries;
    private final Clock clock;

    @GetMapping
    @PreAuthorize("hasAuthority('expert:manage')")
    String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year, Model model) {
        int y = Params.integer("年度", year, LocalDate.now(clock.withZone(Zones.SHANGHAI)).getYear(), 2000, 2100);
        var rounds = queries.rounds(actor, y);
        model.addAttribute("year", y);
        model.addAttribute("rounds", rounds);
        var own = rounds.stream().filter(r -> actor.unitId() != null && r.unitId() == actor.unitId()).findFirst().orElse(null);
        model.addAttribute("own", own);
        model.addAttribute("experts", own == null ? java.util.List.of() : queries.experts(actor, own.id()));
        return "experts/reviews/annual";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('expert:manage')")
    String open(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year, PageRefusal refusal,
                RedirectAttributes flash) {
        refusal.redirect("/experts/annual-review");
        int y = Params.integer("年度", year, LocalDate.now(clock.withZone(Zones.SHANGHAI)).getYear(), 2000, 2100);
        int n = review.open(actor, y).size();
        flash.addFlashAttribute("notice", n == 0 ? "各股室的本年度复审均已开启" : "已为 " + n + " 个股室开启年度复审");
        return "redirect:/experts/annual-review?year=" + y;
    }

    @PostMapping("/{roundId}/verdicts")
    @PreAuthorize("hasAuthority('expert:manage')")
    String record(@AuthenticationPrincipal Actor actor, @PathVariable long roundId, @RequestParam(required = false) String expertId,
                  @RequestParam(required = false) String qualified, @RequestParam(required = false) String reason,
                  PageRefusal refusal, RedirectAttributes flash) {
        review.requireRound(actor, roundId);   // another county's round: 404 before any field is read
        refusal.redirect("/experts/annual-review");
        boolean ok = Params.flag("复审结论", qualified);
        review.record(actor, roundId, Params.id("专家", expertId), ok, reason);
        flash.addFlashAttribute("notice", ok ? "已记录复审合格" : "已提出清退意见，报局领导批准");
        return "redirect:/experts/annual-review";
    }

    @PostMapping("/{roundId}/complete")
    @PreAuthorize("hasAuthority('expert:manage')")
    String complete(@AuthenticationPrincipal Actor actor, @PathVariable long roundId, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/experts/annual-review");
        review.complete(actor, roundId);
        flash.addFlashAttribute("notice", "本股室年度复审已完成");
        return "redirect:/experts/annual-review";
    }
}
