package cn.anjian.publicity.decisions;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.publicity.decisions.EntryEnums.Kind;
import cn.anjian.publicity.decisions.EntryEnums.RevisionKind;
import cn.anjian.publicity.decisions.EntryEnums.Status;
import cn.anjian.publicity.decisions.EntryForms.DecideForm;
import cn.anjian.publicity.decisions.EntryForms.ExemptForm;
import cn.anjian.publicity.decisions.EntryForms.ReviseForm;
import cn.anjian.publicity.decisions.EntryForms.WithdrawForm;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
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

/**
 * The back office of results after enforcement: the list of drafted entries (filter, sort, page size, Excel export) and
 * an entry's page — its PUB-04 fields as the portal will show them, the PUB-06 deadline, and the actions: submit for
 * review, exempt (PUB-05), the reviewers' approve/reject (PUB-11, through the flow), revise (PUB-08), withdraw (PUB-07).
 */
@Controller
@RequestMapping("/publicity/entries")
@RequiredArgsConstructor
class EntryPageController {

    static final List<String> HEADER = List.of("类别", "标题", "案号", "当事人（检查对象）", "实施机关", "决定日期", "公示期限", "状态");

    private final EntryQueries queries;
    private final DecisionDisclosure disclosure;
    private final Workflows workflows;
    private final Deadlines deadlines;

    @GetMapping
    @PreAuthorize("hasAuthority('disclosure:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("statuses", Status.values());
        refusal.render("filterError", () -> {
            model.addAttribute("result", new EntryQueries.Page(List.of(), 0, 0, PageSize.parse(null)));
            model.addAttribute("kit", ListControls.of(FilterUrl.of("/publicity/entries"), EntryQueries.SORT.defaults(), PageSize.parse(null)));
            model.addAttribute("dues", Map.of());
            return "publicity/entries";
        });
        EntryQueries.Filter f = filter(q.get("status"), q.get("kind"), q.get("q"));
        ListSort.Sort sort = EntryQueries.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        ListControls kit = ListControls.of(FilterUrl.of("/publicity/entries").with("status", q.get("status")).with("kind", q.get("kind"))
                .with("q", q.get("q")), sort, size);
        EntryQueries.Page p = queries.list(actor, f, sort, Params.page(q.get("page")), size);
        model.addAttribute("kit", kit);
        model.addAttribute("result", p);
        model.addAttribute("dues", dues(p.items()));
        model.addAttribute("prevUrl", p.page() > 0 ? kit.page(p.page() - 1) : null);
        model.addAttribute("nextUrl", p.hasNext() ? kit.page(p.page() + 1) : null);
        return "publicity/entries";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('disclosure:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String status,
                                                 @RequestParam(required = false) String kind, @RequestParam(required = false) String q,
                                                 @RequestParam(required = false) String sort) {
        EntryQueries.Filter f = filter(status, kind, q); // refused (400) before the response starts
        ListSort.Sort order = EntryQueries.SORT.parse(sort);
        return SheetExport.attachment("执法决定公示.xlsx", "执法决定公示", HEADER, rows -> queries.each(actor, f, order,
                r -> rows.add(r.kindLabel(), r.title(), r.caseNumber(), r.party(), r.ownerName(), Fmt.date(r.decidedOn()),
                        r.deadlineId() == null ? null : deadlines.find(new DeadlineId(r.deadlineId()))
                                .map(d -> Fmt.date(d.dueDate())).orElse(null), r.statusLabel())));
    }

    static EntryQueries.Filter filter(String status, String kind, String q) {
        return new EntryQueries.Filter(Params.choice(Status.class, "状态", status, Status::label),
                Params.choice(Kind.class, "公示类别", kind, Kind::label), Params.text("关键词", q, 50));
    }

    private Map<Long, String> dues(List<EntryQueries.Row> rows) {
        List<DeadlineId> ids = rows.stream().filter(r -> r.deadlineId() != null).map(r -> new DeadlineId(r.deadlineId())).toList();
        Map<Long, String> out = new java.util.HashMap<>();
        deadlines.findAll(ids).forEach((id, d) -> out.put(id.value(), Fmt.date(d.dueDate()) + "（" + d.state().label() + "）"));
        return out;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('disclosure:read')")
    String view(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        return page(actor, id, model);
    }

    String page(Actor actor, long id, Model model) {
        DecisionEntry e = disclosure.load(actor, id);
        model.addAttribute("e", e);
        model.addAttribute("fields", EntryText.fields(e));
        model.addAttribute("deadline", e.deadlineId() == null ? null : deadlines.find(new DeadlineId(e.deadlineId())).orElse(null));
        model.addAttribute("revisionKinds", RevisionKind.values());
        model.addAttribute("inReview", e.status() == Status.IN_REVIEW || e.status() == Status.REVISION_REVIEW
                || e.status() == Status.WITHDRAWAL_REVIEW);
        model.addAttribute("flowId", e.status() == Status.WITHDRAWAL_REVIEW ? e.withdrawalFlowId() : e.flowId());
        for (String form : List.of("exemptForm", "reviseForm", "withdrawForm", "decideForm")) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, switch (form) {
                    case "exemptForm" -> new ExemptForm(null);
                    case "reviseForm" -> new ReviseForm(null, null);
                    case "withdrawForm" -> new WithdrawForm(null);
                    default -> new DecideForm(null, null);
                });
            }
        }
        return "publicity/entry";
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('disclosure:manage')")
    String submit(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/publicity/entries/" + id);
        disclosure.submit(actor, id);
        return done(flash, id, "已报送办公室审核");
    }

    @PostMapping("/{id}/exempt")
    @PreAuthorize("hasAuthority('disclosure:manage')")
    String exempt(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("exemptForm") ExemptForm form,
                  BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("exemptError", () -> page(actor, id, model)).field("PUB-05", "ground");
        refusal.check(errors);
        disclosure.exempt(actor, id, form.ground());
        return done(flash, id, "已决定免予公开");
    }

    @PostMapping("/{id}/revise")
    @PreAuthorize("hasAuthority('disclosure:manage')")
    String revise(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("reviseForm") ReviseForm form,
                  BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("reviseError", () -> page(actor, id, model)).field("PUB-08", "note");
        refusal.check(errors);
        disclosure.revise(actor, id, form.kind(), form.note());
        return done(flash, id, "更正已报送审核");
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAuthority('disclosure:manage')")
    String withdraw(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("withdrawForm") WithdrawForm form,
                    BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("withdrawError", () -> page(actor, id, model)).field("PUB-07", "reason");
        refusal.check(errors);
        disclosure.requestWithdrawal(actor, id, form.reason());
        return done(flash, id, "撤下申请已报送承办机构负责人");
    }

    @PostMapping("/{id}/decide")
    @PreAuthorize("hasAuthority('disclosure:read') and hasAuthority('workflow:inbox')")
    String decide(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("decideForm") DecideForm form,
                  BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("decideError", () -> page(actor, id, model));
        refusal.check(errors);
        Decision d = Params.requiredChoice("PUB-11", Decision.class, "审核结果", form.decision(), Decision::label);
        DecisionEntry e = disclosure.load(actor, id);
        Long flow = e.status() == Status.WITHDRAWAL_REVIEW ? e.withdrawalFlowId() : e.flowId();
        if (flow == null || !(e.status() == Status.IN_REVIEW || e.status() == Status.REVISION_REVIEW
                || e.status() == Status.WITHDRAWAL_REVIEW)) {
            throw cn.anjian.kernel.BusinessException.conflict("PUB-STATE", "该公示信息不在审批中");
        }
        workflows.decide(new FlowId(flow), actor, d, Params.text("意见", form.opinion(), 2000));
        return done(flash, id, d == Decision.APPROVE ? "已同意" : "已退回");
    }

    private static String done(RedirectAttributes flash, long id, String notice) {
        flash.addFlashAttribute("notice", notice);
        return "redirect:/publicity/entries/" + id;
    }
}
