package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
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

    @GetMapping(PAGE)
    @PreAuthorize("hasAuthority('role:manage')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
                @RequestParam(required = false) String page, Model model) {
        String name = Params.text("姓名或用户名", q, 64);
        SecondFactorAdmin.Page result = admin.enrolled(actor, name, Params.page(page));
        FilterUrl url = FilterUrl.of(PAGE).with("q", name);
        model.addAttribute("q", name);
        model.addAttribute("result", result);
        model.addAttribute("prevUrl", result.page() > 0 ? url.page(result.page() - 1) : null);
        model.addAttribute("nextUrl", result.hasNext() ? url.page(result.page() + 1) : null);
        return "identity/two-factor-admin";
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
