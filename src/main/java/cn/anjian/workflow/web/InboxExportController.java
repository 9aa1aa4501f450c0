package cn.anjian.workflow.web;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.SheetExport;
import cn.anjian.workflow.InboxFilter;
import cn.anjian.workflow.Workflows;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 我的待办 as Excel (issue 12), for the page and the API: the inbox's filters and sort, one's own items only. */
@RestController
@RequiredArgsConstructor
class InboxExportController {

    static final List<String> HEADER = List.of("事项", "类型", "当前步骤", "发起机构", "送达时间", "期限", "是否逾期");

    private final Workflows workflows;

    @GetMapping({"/workflow/inbox/export", "/api/v1/workflow/inbox/export"})
    @PreAuthorize("hasAuthority('workflow:inbox')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        InboxFilter f = WorkflowPageController.filter(q);                 // refused before the response starts
        ListSort.Sort sort = InboxFilter.SORT.parse(q.get("sort"));
        return SheetExport.attachment("我的待办.xlsx", "我的待办", HEADER, rows -> workflows.eachInInbox(actor, f, sort,
                i -> rows.add(i.title(), i.definitionName(), i.returned() ? "退回修改" : i.stepName(), i.initiatingAgencyName(),
                        Fmt.dateTime(i.waitingSince()), Fmt.dateTime(i.dueAt()), i.overdue() ? "逾期" : "")));
    }
}
