package cn.anjian.complaints.submissions;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The staff's submission list as Excel (issue 12), page and API: the list's filters, scope and sort. */
@RestController
@RequiredArgsConstructor
class SubmissionExportController {

    static final List<String> HEADER = List.of("查询码", "类别", "标题", "涉及单位", "监督员", "承办部门", "提交时间",
            "答复期限", "状态", "是否逾期", "答复时间", "来源", "提交人（脱敏）");

    private final SubmissionQueries queries;
    private final SubmissionService service;

    @GetMapping({"/complaints/submissions/export", "/api/v1/complaints/submissions/export"})
    @PreAuthorize("hasAuthority('submission:handle')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor,
                                                 @RequestParam(required = false) String status,
                                                 @RequestParam(required = false) String kind,
                                                 @RequestParam(required = false) String overdue,
                                                 @RequestParam(required = false) String q,
                                                 @RequestParam(required = false) String supervisorId,
                                                 @RequestParam(required = false) String sort) {
        SubmissionQueries.Filter f = SubmissionPageController.filter(new SubmissionPageController.Filters(status, kind, overdue, q),
                Params.optionalId("supervisorId", supervisorId));
        ListSort.Sort order = SubmissionQueries.SORT.parse(sort);
        LocalDate today = service.today();
        return SheetExport.attachment("投诉举报与监督员意见.xlsx", "投诉举报与意见", HEADER, rows -> queries.eachForStaff(actor.scope(), f, order, today,
                r -> rows.add(r.trackingCode(), r.kindLabel(), r.title(), r.enterpriseName(), r.supervisorName(), r.agencyName(),
                        Fmt.dateTime(r.submittedAt()), Fmt.date(r.dueDate()), r.statusLabel(), r.overdue() ? "是" : "否",
                        r.answeredAt() == null ? null : Fmt.dateTime(r.answeredAt()), r.channelLabel(), r.submitter())));
    }
}
