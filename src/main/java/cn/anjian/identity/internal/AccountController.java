package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.PageRefusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-in page and the user's own password (IAM-02 first-login change). */
@Controller
@RequiredArgsConstructor
class AccountController {

    record PasswordForm(@NotBlank(message = "请输入当前密码") @Size(max = 200) String currentPassword,
                        @NotBlank(message = "请输入新密码") @Size(max = 200) String newPassword,
                        @NotBlank(message = "请再次输入新密码") @Size(max = 200) String confirmPassword) {
    }

    private final UserService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login(HttpServletRequest request, Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated() && authentication.getPrincipal() instanceof IdentityPrincipal) {
            return "redirect:/";
        }
        HttpSession session = request.getSession(false);
        if (request.getParameter("error") != null) {
            // one message whatever the reason (issue 12 defect 10); the user name typed stays in the field
            model.addAttribute("loginError", LoginService.MESSAGE);
            if (session != null && session.getAttribute(SecurityConfiguration.LAST_USERNAME) instanceof String name) {
                model.addAttribute("username", name);
            }
        }
        return "identity/login";
    }

    @GetMapping("/account/password")
    @PreAuthorize("hasAuthority('home:view')")
    String passwordForm(@AuthenticationPrincipal IdentityPrincipal me, Model model) {
        model.addAttribute("form", new PasswordForm(null, null, null));
        model.addAttribute("mustChange", me != null && me.mustChangePassword());
        return "identity/password";
    }

    /** Live policy feedback while typing (htmx); the same gate the save runs, nothing stored. */
    @PostMapping("/account/password/check")
    @PreAuthorize("hasAuthority('home:view')")
    String checkPolicy(@AuthenticationPrincipal IdentityPrincipal me,
                       @org.springframework.web.bind.annotation.RequestParam(required = false) String newPassword, Model model) {
        String message = newPassword == null || newPassword.isEmpty() ? ""
                : cn.anjian.identity.PasswordPolicy.unmet(me == null ? null : me.username(), newPassword);
        model.addAttribute("policyMessage", message);
        model.addAttribute("policyChecked", true);
        return "identity/password :: policy-feedback";
    }

    @PostMapping("/account/password")
    @PreAuthorize("hasAuthority('home:view')")
    String changePassword(@AuthenticationPrincipal IdentityPrincipal me, @Valid @ModelAttribute("form") PasswordForm form,
                          BindingResult binding, Model model, PageRefusal refusal, HttpServletRequest request,
                          HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("mustChange", me != null && me.mustChangePassword());
        if (me == null) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "IAM-ACCOUNT", "只有平台账户可以修改密码");
        }
        if (!binding.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            binding.rejectValue("confirmPassword", "mismatch", "两次输入的新密码不一致");
        }
        refusal.render(() -> "identity/password").field("IAM-CURRENT-PASSWORD", "currentPassword").field("IAM-02", "newPassword")
                .field("IAM-PASSWORD-REUSED", "newPassword");
        refusal.check(binding);
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        users.changeOwnPassword(me.userId(), form.currentPassword(), form.newPassword(),
                session == null ? null : session.getId(), null);
        // the session's principal no longer needs the first-login redirect
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(PrincipalLoader.authenticated(me.passwordChanged(), auth.getDetails()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("flashMessage", "密码已修改");
        return "redirect:/";
    }
}
