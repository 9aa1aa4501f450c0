package cn.anjian.workflow.web;

import lombok.RequiredArgsConstructor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Params;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.FlowState;
import cn.anjian.workflow.FlowStepView;
import cn.anjian.workflow.FlowView;
import cn.anjian.workflow.InboxFilter;
import cn.anjian.workflow.InboxItem;
import cn.anjian.workflow.Workflows;
import cn.anjian.workflow.internal.FlowQueries;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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

/** 我的待办 (the inbox), the decision form with the timeline, and the embeddable fragments. */
@Controller
@RequestMapping("/workflow")
@RequiredArgsConstructor
class WorkflowPageController {

    private final Workflows workflows;
    private final FlowQueries queries;
    private final Deadlines deadlines;

    record Filters(String type, String overdue) {
        public boolean overdueChecked() {
            return overdue != null && List.of("true", "on", "1", "yes").contains(overdue.strip().toLowerCase());
        }
    }

    @GetMapping("/inbox")
    @PreAuthorize("hasAuthority('workflow:inbox')")
    String inbox(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        Filters f = new Filters(q.get("type"), q.get("overdue"));
        model.addAttribute("f", f);
        model.addAttribute("types", queries.definitionNames(actor));
        refusal.render("filterError", () -> {
            model.addAttribute("kit", ListControls.of(filters(q), InboxFilter.SORT.defaults(), PageSize.DEFAULT));
            model.addAttribute("result", new PageImpl<>(List.of(), PageRequest.of(0, PageSize.DEFAULT), 0));
            return "workflow/inbox";
        });
        InboxFilter filter = filter(q);
        ListSort.Sort sort = InboxFilter.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        int p = Params.page(q.get("page"));
        Page<InboxItem> result = workflows.inbox(actor, filter, sort, PageRequest.of(p, size));
        ListControls kit = ListControls.of(filters(q), sort, size);
        model.addAttribute("kit", kit);
        model.addAttribute("prevUrl", result.hasPrevious() ? kit.page(p - 1) : null);
        model.addAttribute("nextUrl", result.hasNext() ? kit.page(p + 1) : null);
        model.addAttribute("result", result);
        return "workflow/inbox";
    }

    static InboxFilter filter(Map<String, String> q) {
        return new InboxFilter(WorkflowParams.type(q.get("type")), Params.flag("仅看逾期", q.get("overdue")));
    }

    /** The inbox's filters, kept in its pager, sort, size and export links. */
    static FilterUrl filters(Map<String, String> q) {
        return FilterUrl.of("/workflow/inbox").with("type", q.get("type")).with("overdue", q.get("overdue"));
    }

    /** Home-page panel "我的待办" (htmx fragment, no layout): the first ten to-dos. */
    @GetMapping("/inbox/panel")
    @PreAuthorize("hasAuthority('workflow:inbox')")
    String panel(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("result", workflows.inbox(actor, InboxFilter.all(), PageRequest.of(0, 10)));
        return "workflow/fragments :: inbox-panel";
    }

    @GetMapping("/flows/{id}")
    @PreAuthorize("hasAuthority('workflow:inbox')")
    String flow(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        return show(actor, WorkflowParams.flowId(id), model, null, null, null);
    }

    /** The timeline alone, for other modules' pages ({@code hx-get="/workflow/flows/{id}/timeline"}). */
    @GetMapping("/flows/{id}/timeline")
    @PreAuthorize("hasAuthority('workflow:inbox')")
    String timeline(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        FlowView flow = workflows.get(WorkflowParams.flowId(id), actor);
        model.addAttribute("flow", flow);
        model.addAttribute("wfDeadlines", deadlinesOf(flow));
        return "workflow/fragments :: timeline(flow=${flow})";
    }

    @PostMapping("/flows/{id}/decide")
    @PreAuthorize("hasAuthority('workflow:inbox')")
    String decide(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String opinion,
                  Model model, RedirectAttributes redirect, PageRefusal refusal) {
        FlowId flowId = WorkflowParams.flowId(id);
        refusal.render("decisionError", () -> show(actor, flowId, model, null, decision, opinion));
        Decision d = decision == null || decision.isBlank() ? null : Decision.parse(decision);
        workflows.decide(flowId, actor, d, opinion);
        return done(redirect, flowId, "已提交审批意见");
    }

    @PostMapping("/flows/{id}/resubmit")
    @PreAuthorize("hasAuthority('workflow:inbox')")
    String resubmit(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                    @RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
                    PageRefusal refusal) {
        FlowId flowId = WorkflowParams.flowId(id);
        model.addAttribute("note", note);
        refusal.render("resubmitError", () -> show(actor, flowId, model, null, null, null));
        workflows.resubmit(flowId, actor, note);
        return done(redirect, flowId, "已重新提交，审批从第一步重新开始");
    }

    /** The flow's page. */
    private String show(Actor actor, FlowId id, Model model, String error, String decision, String opinion) {
        FlowView flow = workflows.get(id, actor);
        model.addAttribute("flow", flow);
        model.addAttribute("summary", workflows.summary(id, actor));
        Map<Long, DeadlineView> stepDeadlines = deadlinesOf(flow);
        model.addAttribute("wfDeadlines", stepDeadlines);
        model.addAttribute("stepDeadline", flow.current().map(FlowStepView::deadlineId).map(stepDeadlines::get).orElse(null));
        boolean canDecide = workflows.canDecide(id, actor);
        model.addAttribute("canDecide", canDecide);
        model.addAttribute("canResubmit", flow.state() == FlowState.RETURNED && flow.initiatorUserId() == actor.userId());
        model.addAttribute("allowed", flow.current().map(FlowStepView::allowed)
                .map(set -> set.stream().sorted().toList()).orElse(List.of()));
        model.addAttribute("decisionError", error);
        model.addAttribute("decision", decision);
        model.addAttribute("opinion", opinion);
        model.addAttribute("opinionMax", 2000);
        return "workflow/flow";
    }

    private Map<Long, DeadlineView> deadlinesOf(FlowView flow) {
        Map<Long, DeadlineView> m = new LinkedHashMap<>();
        flow.steps().stream().map(FlowStepView::deadlineId).filter(Objects::nonNull)
                .forEach(d -> deadlines.find(new DeadlineId(d)).ifPresent(v -> m.put(d, v)));
        return m;
    }

    /** Back to the flow's page with the message shown on top. */
    private static String done(RedirectAttributes redirect, FlowId flowId, String message) {
        redirect.addFlashAttribute("flashMessage", message);
        return "redirect:/workflow/flows/" + flowId.value();
    }
}
