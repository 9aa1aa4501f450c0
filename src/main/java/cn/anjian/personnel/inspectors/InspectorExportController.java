package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
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

/** The inspector list as Excel (issue 12), for the page and the API: the list's filters, scope and sort. */
@RestController
@RequiredArgsConstructor
class InspectorExportController {

    static final List<String> HEADER = List.of("姓名", "类别", "聘用部门", "聘期开始", "聘期结束", "工作证编号",
            "工作证状态", "工作证有效期至", "状态");

    private final Inspectors inspectors;
    private final Clock clock;

    @GetMapping({"/personnel/inspectors/export", "/api/v1/personnel/inspectors/export"})
    @PreAuthorize("hasAuthority('personnel:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        Inspectors.Filter f = InspectorParams.filter(q.get("name"), q.get("kind"), q.get("status"), q.get("certificate"));
        ListSort.Sort sort = Inspectors.SORT.parse(q.get("sort"));
        LocalDate today = LocalDate.now(clock);
        return SheetExport.attachment("技术检查员.xlsx", "技术检查员", HEADER, rows -> inspectors.each(actor, f, sort,
                r -> rows.add(r.name(), r.kindLabel(), r.agencyName(), Fmt.date(r.termStart()), Fmt.date(r.termEnd()),
                        r.certificateNo(), r.certificateLabel(), Fmt.date(r.certificateExpiresOn()), r.statusLabelOn(today))));
    }
}
