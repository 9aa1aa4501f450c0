package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import java.util.List;

import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.SheetExport;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The security administrator's page of enrolled second factors (issue 13) and the reset of one, for a user who lost
 * the phone: audited, and the user's sessions and tokens end. Scoped to the administrator's jurisdiction (ORG-03).
 */
@Controller
@RequiredArgsConstructor
class SecondFactorAdminController {

    static final String PAGE = "/admin/two-factor";

    private final SecondFactorAdmin admin;

    static final List<String> HEADER = List.of("姓名", "机构", "绑定时间", "最近使用", "剩余恢复码");

    @GetMapping(PAGE)
    @PreAuthorize("hasAuthority('role:manage')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String size,
                @RequestParam(required = false) String page, Model model) {
        String name = Params.text("姓名或用户名", q, 64);
        ListSort.Sort order = SecondFactorAdmin.SORT.parse(sort);
        int pageSize = PageSize.parse(size);
        SecondFactorAdmin.Page result = admin.enrolled(actor, name, order, Params.page(page), pageSize);
        ListControls kit = ListControls.of(FilterUrl.of(PAGE).with("q", name), order, pageSize);
        model.addAttribute("q", name);
        model.addAttribute("kit", kit);
        model.addAttribute("result", result);
        model.addAttribute("prevUrl", result.page() > 0 ? kit.page(result.page() - 1) : null);
        model.addAttribute("nextUrl", result.hasNext() ? kit.page(result.page() + 1) : null);
        return "identity/two-factor-admin";
    }

    /** The list as Excel: the same filter, scope and order; people by name, never by login. */
    @GetMapping(PAGE + "/export")
    @PreAuthorize("hasAuthority('role:manage')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
                                                 @RequestParam(required = false) String sort) {
        String name = Params.text("姓名或用户名", q, 64);
        ListSort.Sort order = SecondFactorAdmin.SORT.parse(sort);
        return SheetExport.attachment("双因素认证.xlsx", "已绑定验证器的用户", HEADER, rows -> admin.each(actor, name, order,
                u -> rows.add(u.displayName(), u.agencyName(), Fmt.dateTime(u.enrolledAt()), Fmt.dateTime(u.lastUsedAt()),
                        u.recoveryCodesLeft())));
    }

    @PostMapping(PAGE + "/{userId}/reset")
    @PreAuthorize("hasAuthority('role:manage')")
    String reset(@AuthenticationPrincipal Actor actor, @PathVariable String userId, PageRefusal refusal,
                 RedirectAttributes flash) {
        refusal.redirect(PAGE);
        admin.reset(actor, Params.id("用户编号", userId));
        flash.addFlashAttribute("flashMessage", "已重置该用户的双因素认证，其会话和访问令牌均已结束");
        return "redirect:" + PAGE;
    }

    @DeleteMapping("/api/v1/users/{userId}/second-factor")
    @PreAuthorize("hasAuthority('role:manage')")
    @org.springframework.web.bind.annotation.ResponseBody
    ResponseEntity<Void> resetApi(@AuthenticationPrincipal Actor actor, @PathVariable String userId) {
        admin.reset(actor, Params.id("用户编号", userId));
        return ResponseEntity.noContent().build();
    }
}
