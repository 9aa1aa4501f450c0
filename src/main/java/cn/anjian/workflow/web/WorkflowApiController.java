package cn.anjian.workflow.web;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.FlowView;
import cn.anjian.workflow.FlowSummary;
import cn.anjian.workflow.InboxFilter;
import cn.anjian.workflow.InboxItem;
import cn.anjian.workflow.Workflows;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the inbox and decisions; refusals become problem+json (web module's handler). */
@RestController
@RequestMapping("/api/v1/workflow")
@RequiredArgsConstructor
class WorkflowApiController {

    private final Workflows workflows;

    record InboxPage(List<InboxItem> items, int page, int size, long total) {
    }

    /** A flow plus whether the caller may decide its current step now. */
    record FlowResponse(FlowView flow, boolean canDecide, FlowSummary summary) {
    }

    record DecisionRequest(String decision, String opinion) {
    }

    record ResubmitRequest(String note) {
    }

    @GetMapping("/inbox")
    @PreAuthorize("hasAuthority('workflow:inbox')")
    InboxPage inbox(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        Page<InboxItem> p = workflows.inbox(actor, WorkflowPageController.filter(q), InboxFilter.SORT.parse(q.get("sort")),
                PageRequest.of(Params.page(q.get("page")), PageSize.parse(q.get("size"))));
        return new InboxPage(p.getContent(), p.getNumber(), p.getSize(), p.getTotalElements());
    }

    @GetMapping("/flows/{id}")
    @PreAuthorize("hasAuthority('workflow:inbox')")
    FlowResponse flow(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        FlowId flowId = WorkflowParams.flowId(id);
        return response(flowId, actor);
    }

    @PostMapping("/flows/{id}/decisions")
    @PreAuthorize("hasAuthority('workflow:inbox')")
    FlowResponse decide(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                        @RequestBody(required = false) DecisionRequest body) {
        FlowId flowId = WorkflowParams.flowId(id);
        Params.requireBody(body, "请提交审批决定 decision 和审批意见 opinion");
        workflows.decide(flowId, actor, body.decision() == null ? null : Decision.parse(body.decision()), body.opinion());
        return response(flowId, actor);
    }

    @PostMapping("/flows/{id}/resubmit")
    @PreAuthorize("hasAuthority('workflow:inbox')")
    FlowResponse resubmit(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                          @RequestBody(required = false) ResubmitRequest body) {
        FlowId flowId = WorkflowParams.flowId(id);
        workflows.resubmit(flowId, actor, body == null ? null : body.note());
        return response(flowId, actor);
    }

    private FlowResponse response(FlowId flowId, Actor actor) {
        return new FlowResponse(workflows.get(flowId, actor), workflows.canDecide(flowId, actor), workflows.summary(flowId, actor));
    }
}
