package cn.anjian.mines.web;

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
import cn.anjian.mines.assessment.AccidentKind;
import cn.anjian.mines.assessment.AccidentLevel;
import cn.anjian.mines.assessment.AssessmentFacts;
import cn.anjian.mines.assessment.FactKind;
import cn.anjian.mines.assessment.NewFact;
import cn.anjian.mines.web.AssessmentForms.FactForm;
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

/** Issue 18 item 1: accidents, integrity violations and assigned tasks — the list and the form on one page. */
@Controller
@RequestMapping("/mines/assessment-facts")
@RequiredArgsConstructor
class AssessmentFactsPageController {

    static final List<String> HEADER = List.of("类别", "矿山或监管专员", "发生日期", "情况说明", "认定情况");
    static final String PATH = "/mines/assessment-facts";

    private final AssessmentFacts facts;

    @GetMapping
    @PreAuthorize("hasAuthority('mine:assessment-read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("form", FactForm.blank());
        return page(actor, q, model, refusal);
    }

    private String page(Actor actor, Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("kinds", FactKind.values());
        model.addAttribute("levels", AccidentLevel.values());
        model.addAttribute("accidentKinds", AccidentKind.values());
        model.addAttribute("mayManage", actor.hasPermission("mine:assess"));
        refusal.render("filterError", () -> {
            model.addAttribute("result", facts.list(actor, null, AssessmentFacts.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(FilterUrl.of(PATH), AssessmentFacts.SORT.defaults(), PageSize.DEFAULT));
            return "mines/assessment/facts";
        });
        FactKind kind = Params.choice(FactKind.class, "事实类别", q.get("kind"), FactKind::label);
        ListSort.Sort sort = AssessmentFacts.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(FilterUrl.of(PATH).with("kind", q.get("kind")), sort, size));
        model.addAttribute("result", facts.list(actor, kind, sort, Params.page(q.get("page")), size));
        return "mines/assessment/facts";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('mine:assessment-read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        FactKind kind = Params.choice(FactKind.class, "事实类别", q.get("kind"), FactKind::label);
        ListSort.Sort sort = AssessmentFacts.SORT.parse(q.get("sort"));
        return SheetExport.attachment("监管专员考核事实.xlsx", "考核事实", HEADER, rows -> facts.each(actor, kind, sort,
                r -> rows.add(r.kind().label(), r.subject(), Fmt.date(r.occurredOn()), r.title(), r.detail())));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('mine:assess')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") FactForm form, BindingResult errors,
                  PageRefusal refusal, Model model, RedirectAttributes flash) {
        refusal.render(() -> page(actor, Map.of(), model, refusal));
        FactForm.fields(refusal);
        refusal.check(errors);
        facts.record(actor, new NewFact(Params.choice(FactKind.class, "事实类别", form.kind(), FactKind::label),
                form.commissionerName(), form.mineName(), Params.date("发生日期", form.occurredOn()), form.title(),
                Params.choice(AccidentLevel.class, "事故等级", form.level(), AccidentLevel::label),
                Params.choice(AccidentKind.class, "事故类别", form.accidentKind(), AccidentKind::label),
                AssessmentForms.yesNo("是否责任事故", form.liability()), AssessmentForms.yesNo("是否认定履职到位", form.dutiesFulfilled()),
                AssessmentForms.yesNo("是否服从安排", form.obeyed()), AssessmentForms.yesNo("是否完成", form.completed())));
        flash.addFlashAttribute("notice", "考核事实已登记");
        return "redirect:" + PATH;
    }
}
