package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.PageRefusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "会话与设备" under 账户 (issue 13): the user's own browser sessions and API tokens; end one, or all others. */
@Controller
@RequiredArgsConstructor
class SessionsController {

    static final String PAGE = "/account/sessions";

    private final UserSessions sessions;

    @GetMapping(PAGE)
    @PreAuthorize("hasAuthority('home:view')")
    String page(@AuthenticationPrincipal IdentityPrincipal me, HttpSession session, Model model) {
        IdentityPrincipal user = account(me);
        model.addAttribute("sessions", sessions.sessions(user.username(), session.getId()));
        model.addAttribute("tokens", sessions.tokens(user.userId()));
        return "identity/sessions";
    }

    @PostMapping(PAGE + "/{handle}/end")
    @PreAuthorize("hasAuthority('home:view')")
    String end(@AuthenticationPrincipal IdentityPrincipal me, @PathVariable String handle, HttpServletRequest request,
               PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect(PAGE);
        if (handle.length() != 32 || !handle.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw BusinessException.notFound("会话");
        }
        sessions.end(account(me), handle, request.getSession().getId(), request.getRemoteAddr());
        flash.addFlashAttribute("flashMessage", "该会话已结束，对应设备须重新登录");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/end-others")
    @PreAuthorize("hasAuthority('home:view')")
    String endOthers(@AuthenticationPrincipal IdentityPrincipal me, HttpServletRequest request, RedirectAttributes flash) {
        int ended = sessions.endOthers(account(me), request.getSession().getId(), request.getRemoteAddr());
        flash.addFlashAttribute("flashMessage", ended == 0 ? "没有其他会话" : "已结束其他 " + ended + " 个会话");
        return "redirect:" + PAGE;
    }

    @PostMapping("/account/tokens/{id}/revoke")
    @PreAuthorize("hasAuthority('home:view')")
    String revoke(@AuthenticationPrincipal IdentityPrincipal me, @PathVariable String id, HttpServletRequest request,
                  PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect(PAGE);
        sessions.revokeToken(account(me), cn.anjian.kernel.Params.id("令牌编号", id), request.getRemoteAddr());
        flash.addFlashAttribute("flashMessage", "访问令牌已撤销，对应应用须重新登录");
        return "redirect:" + PAGE;
    }

    private static IdentityPrincipal account(IdentityPrincipal me) {
        if (me == null) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "IAM-ACCOUNT", "只有平台账户可以管理会话");
        }
        return me;
    }
}
