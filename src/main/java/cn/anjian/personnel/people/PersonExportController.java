package cn.anjian.personnel.people;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.SheetExport;
import cn.anjian.personnel.PersonFilter;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The people list as Excel (issue 12), for the page and the API: filters, scope, sort; ID card and phone masked. */
@RestController
@RequiredArgsConstructor
class PersonExportController {

    static final List<String> HEADER = List.of("姓名", "性别", "身份证号", "出生日期", "电话", "学历", "专业", "工作单位", "登记单位");

    private final PersonList list;

    @GetMapping({"/personnel/people/export", "/api/v1/personnel/people/export"})
    @PreAuthorize("hasAuthority('personnel:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        PersonFilter f = PeoplePageController.filter(q);
        PersonList.check(f);                                            // refused before the response starts
        ListSort.Sort sort = PersonList.SORT.parse(q.get("sort"));
        return SheetExport.attachment("人员.xlsx", "人员", HEADER, rows -> list.each(actor, f, sort,
                p -> rows.add(p.name(), p.gender().label(), p.idCardMasked(), Fmt.date(p.birthDate()), p.phoneMasked(),
                        p.education() == null ? "" : p.education().label(), p.major(), p.employer(), p.agencyName())));
    }
}
