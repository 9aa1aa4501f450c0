package cn.anjian.personnel.supervisors;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

/** The social supervisor list as Excel (issue 12), page and API: the list's filters, scope and sort; phones masked. */
@RestController
@RequiredArgsConstructor
class SupervisorExportController {

    static final List<String> HEADER = List.of("姓名", "电话", "所在单位", "聘任部门", "方式", "类别", "状态",
            "工作证号", "聘期至");

    private final SupervisorQueries queries;
    private final Clock clock;

    @GetMapping({"/personnel/supervisors/export", "/api/v1/personnel/supervisors/export"})
    @PreAuthorize("hasAuthority('personnel:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor,
                                                 @RequestParam(required = false) String status,
                                                 @RequestParam(required = false) String route,
                                                 @RequestParam(required = false) String name,
                                                 @RequestParam(required = false) String sort) {
        SupervisorQueries.Filter f = new SupervisorPageController.Filters(status, route, name).parse();
        ListSort.Sort order = SupervisorQueries.SORT.parse(sort);
        LocalDate today = LocalDate.now(clock);
        return SheetExport.attachment("社会监督员.xlsx", "社会监督员", HEADER, rows -> queries.each(actor.scope(), f, order, today,
                r -> rows.add(r.personName(), r.phoneMasked(), r.employerName(), r.agencyName(), r.routeLabel(),
                        r.sourceKindLabel(), r.expired() ? "聘期已满" : r.statusLabel(), r.certificateNo(), Fmt.date(r.termEnd()))));
    }
}
