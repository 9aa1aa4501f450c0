package cn.anjian.enforcement.joint;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.SheetExport;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The joint-operation list as Excel (issue 12), for the page and the API: the list's filters, scope and sort. */
@RestController
@RequiredArgsConstructor
class JointOperationExportController {

    static final List<String> HEADER = List.of("行动", "检查方案", "方案文号", "方案印发日期", "牵头部门", "参加部门",
            "开始日期", "结束日期", "状态");

    private final JointOperationList list;

    @GetMapping({"/joint-operations/export", "/api/v1/joint-operations/export"})
    @PreAuthorize("hasAuthority('case:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        JointOperations.Status status = JointOperationPageController.status(q.get("status"));  // refused before the response starts
        JointOperationList.check(q.get("q"));
        ListSort.Sort sort = JointOperationList.SORT.parse(q.get("sort"));
        return SheetExport.attachment("联合执法行动.xlsx", "联合执法行动", HEADER, rows -> list.each(actor, q.get("q"), status, sort,
                r -> rows.add(r.op().title(), r.op().planTitle(), r.op().planNumber(), Fmt.date(r.op().planDate()),
                        r.op().leadAgencyName(), r.participants(), Fmt.date(r.op().startDate()), Fmt.date(r.op().endDate()),
                        r.op().status().label())));
    }
}
