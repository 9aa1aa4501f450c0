package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.SheetExport;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The user list as Excel (issue 12), for the page and the API: filters, scope and sort; phone masked (IAM-06). */
@RestController
@RequiredArgsConstructor
class UserExportController {

    static final List<String> HEADER = List.of("用户名", "姓名", "机构", "内设机构", "手机号", "角色", "状态");

    private final UserQueries queries;

    @GetMapping({"/admin/users/export", "/api/v1/identity/users/export"})
    @PreAuthorize("hasAuthority('user:manage')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        UserQueries.Filter f = UserAdminController.filter(q);             // refused before the response starts
        ListSort.Sort sort = UserQueries.SORT.parse(q.get("sort"));
        return SheetExport.attachment("用户.xlsx", "用户", HEADER, rows -> queries.each(actor, f, sort,
                u -> rows.add(u.username(), u.displayName(), u.agencyName(), u.unitName(), u.phone(), u.roles(),
                        !u.enabled() ? "停用" : u.locked() ? "已锁定" : u.mustChangePassword() ? "待改密码" : "正常")));
    }
}
