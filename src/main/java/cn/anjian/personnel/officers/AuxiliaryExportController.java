package cn.anjian.personnel.officers;

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

/** The auxiliary-staff list as Excel (issue 12), for the page and the API: the list's filters, scope and sort. */
@RestController
@RequiredArgsConstructor
class AuxiliaryExportController {

    static final List<String> HEADER = List.of("姓名", "辅助工作内容", "登记日期", "培训学时", "状态", "离岗日期");

    private final AuxiliaryList list;

    @GetMapping({"/personnel/auxiliaries/export", "/api/v1/personnel/auxiliaries/export"})
    @PreAuthorize("hasAuthority('personnel:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        AuxiliaryList.Filter f = AuxiliaryPageController.filter(q);          // refused before the response starts
        ListSort.Sort sort = AuxiliaryList.SORT.parse(q.get("sort"));
        return SheetExport.attachment("执法辅助人员.xlsx", "执法辅助人员", HEADER, rows -> list.each(actor, f, sort,
                a -> rows.add(a.name(), a.duties(), Fmt.date(a.registeredOn()), Fmt.hours(a.trainingHours()),
                        a.active() ? "在岗" : "已离岗", Fmt.date(a.leftOn()))));
    }
}
