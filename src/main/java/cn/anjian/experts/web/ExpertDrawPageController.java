package cn.anjian.experts.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.enterprises.Enterprises;
import cn.anjian.experts.draws.DrawRequest;
import cn.anjian.experts.draws.DrawView;
import cn.anjian.experts.draws.Draws;
import cn.anjian.experts.pool.ExpertLevel;
import cn.anjian.experts.pool.PoolStructure;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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

/** The draw page (EXP-07/08): the form, the recent draws, a draw's candidates, exclusions and its 复核 (replay). */
@Controller
@RequestMapping("/experts/draws")
@RequiredArgsConstructor
class ExpertDrawPageController {

    /** The draw form, fields as typed text (every error inline at once). The target is named by its credit code. */
    record DrawForm(@NotBlank(message = "请选择行业领域") String field, String subSpecialty, String level,
                    @NotBlank(message = "请填写抽取人数") @Pattern(regexp = "\\s*\\d{1,2}\\s*", message = "须为 1–20 的整数") String count,
                    @Size(max = 18) String targetCreditCode,
                    @Pattern(regexp = "\\s*\\d{0,16}\\s*", message = "须为不超过 16 位的非负整数") String seed) {
        static DrawForm blank() {
            return new DrawForm("", "", "", "3", "", "");
        }
    }

    private final Draws draws;
    private final PoolStructure structure;
    private final Enterprises enterprises;
    private final cn.anjian.experts.dispatches.DeclineFlags declines;

    @GetMapping
    @PreAuthorize("hasAuthority('expert:read')")
    String index(@AuthenticationPrincipal Actor actor, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DrawForm.blank());
        }
        return formPage(actor, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('expert:draw')")
    String draw(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") DrawForm form, BindingResult errors,
                Model model, PageRefusal refusal) {
        refusal.render(() -> formPage(actor, model)).field("EXP-FIELD", "field").field("EXP-SUB", "subSpecialty")
                .field("EXP-COUNT", "count").field("EXP-SEED", "seed").field("EXP-TARGET", "targetCreditCode")
                .field("EXP-LEVEL", "level");
        refusal.check(errors);
        Long target = null;
        String code = form.targetCreditCode() == null ? "" : form.targetCreditCode().strip();
        if (!code.isEmpty()) {
            target = enterprises.findByCreditCode(actor, code).orElseThrow(() -> BusinessException.badInput("EXP-TARGET",
                    "您管辖范围内没有这个统一社会信用代码的生产经营单位")).id();
        }
        String seed = form.seed() == null ? "" : form.seed().strip();
        DrawView d = draws.draw(actor, new DrawRequest(form.field(), form.subSpecialty(), blankToNull(form.level()),
                Integer.valueOf(form.count().strip()), target, seed.isEmpty() ? null : Long.valueOf(seed)));
        return "redirect:/experts/draws/" + d.id();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('expert:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                  @RequestParam(required = false) String declined, Model model) {
        return page(draws.get(actor, id), declined, model);
    }

    /** 复核: reruns the draw from its stored snapshot and seed and shows whether the selection is the same. */
    @PostMapping("/{id}/replay")
    @PreAuthorize("hasAuthority('expert:read')")
    String replay(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        Draws.Replay r = draws.replay(actor, id);
        model.addAttribute("replay", r);
        return page(r.draw(), null, model);
    }

    /**
     * EXP-14 beside the draw: each candidate's declines of the last twelve months (today's count, not part of the
     * snapshot: the draw itself never weighs them), and the filter "only those who declined".
     */
    private String page(DrawView d, String declined, Model model) {
        boolean only = Params.flag("近一年拒绝过委派", declined);
        java.util.Map<Long, Long> counts = declines.recent(d.candidates().stream().map(DrawView.Candidate::expertId).toList());
        model.addAttribute("draw", d);
        model.addAttribute("declines", counts);
        model.addAttribute("declinedOnly", only);
        model.addAttribute("candidates", only ? d.candidates().stream().filter(c -> counts.containsKey(c.expertId())).toList()
                : d.candidates());
        return "experts/draw";
    }

    private String formPage(Actor actor, Model model) {
        model.addAttribute("fields", structure.fields());
        model.addAttribute("levels", ExpertLevel.values());
        model.addAttribute("recent", draws.recent(actor, 20));
        return "experts/draws";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
