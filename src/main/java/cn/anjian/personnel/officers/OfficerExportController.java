package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.SheetExport;
import cn.anjian.personnel.OfficerFilter;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The officer list as Excel (issue 12), page and API: the list's filters, scope and sort; ID cards masked (IAM-06). */
@RestController
@RequiredArgsConstructor
class OfficerExportController {

    static final List<String> HEADER = List.of("姓名", "身份证号", "单位", "内设机构", "岗位", "执法证号", "执法证状态",
            "执法证有效期至", "本年轮训学时", "学时不足");

    private final OfficerReports reports;

    @GetMapping({"/personnel/officers/export", "/api/v1/personnel/officers/export"})
    @PreAuthorize("hasAuthority('personnel:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        OfficerFilter f = OfficerPageController.filter(q);
        ListSort.Sort sort = OfficerReports.SORT.parse(q.get("sort"));
        reports.where(actor, f, new java.util.HashMap<>());   // a bad filter refuses (400) before the response starts
        return SheetExport.attachment("执法人员.xlsx", "执法人员", HEADER, rows -> reports.each(actor, f, sort,
                r -> rows.add(r.name(), r.idCardMasked(), r.agencyName(), r.unitName(), r.postStatus().label(),
                        r.certificateNumber(), r.certificateStatus() == null ? null : r.certificateStatus().label(),
                        Fmt.date(r.certificateValidTo()), r.yearHours(), r.shortfall() ? "是" : "否")));
    }
}
