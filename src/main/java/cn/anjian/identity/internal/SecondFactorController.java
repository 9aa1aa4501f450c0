package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.util.List;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.PageRefusal;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two-factor sign-in pages (issue 13): the second step after the password ({@code /login/code}) and the enrolment
 * under 账户 ({@code /account/two-factor}: scan the QR code or type the secret, confirm with a code, note the ten
 * recovery codes shown once). An administrator without a second factor lands on the enrolment right after the
 * password and can do nothing else until it is done.
 */
@Controller
@RequiredArgsConstructor
class SecondFactorController {

    /** The secret being enrolled, encrypted, in the session until a code confirms it. */
    static final String ENROLLING = "anjian.mfa.enrolling";

    record EnrolForm(@NotBlank(message = "请输入验证器显示的 6 位动态码")
                     @Pattern(regexp = "\\s*\\d{3}\\s?\\d{3}\\s*", message = "动态码为 6 位数字") String code) {
    }

    private final SecondFactorService factors;
    private final SignInCompletion signIn;
    private final SecretCipher cipher;
    private final LoginService logins;

    @GetMapping(SecondFactorFilter.CODE_PAGE)
    @PreAuthorize("hasAuthority('" + PendingSignIn.AUTHORITY + "')")
    String codePage(Authentication auth) {
        return pending(auth).enrolled() ? "identity/login-code" : "redirect:" + SecondFactorFilter.ENROL_PAGE;
    }

    @PostMapping(SecondFactorFilter.CODE_PAGE)
    @PreAuthorize("hasAuthority('" + PendingSignIn.AUTHORITY + "')")
    String verify(Authentication auth, @RequestParam(required = false) String code, Model model,
                  HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        PendingSignIn pending = pending(auth);
        SecondFactorService.Verification outcome = factors.verify(pending.user(), code, request.getRemoteAddr());
        if (outcome instanceof SecondFactorService.Accepted) {
            signIn.secondStepPassed(request, response, pending, true);
            return null;
        }
        SecondFactorService.Refused refused = (SecondFactorService.Refused) outcome;
        if (refused.locked()) {
            // locked while typing codes (IAM-03): the sign-in starts again, with the one login message
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            return "redirect:/login?error";
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("codeError", refused.message());
        return "identity/login-code";
    }

    @GetMapping(SecondFactorFilter.ENROL_PAGE)
    @PreAuthorize("hasAnyAuthority('home:view', '" + PendingSignIn.AUTHORITY + "')")
    String enrolPage(Authentication auth, Model model, HttpSession session) {
        if (auth.getPrincipal() instanceof PendingSignIn p && p.enrolled()) {
            return "redirect:" + SecondFactorFilter.CODE_PAGE;
        }
        model.addAttribute("form", new EnrolForm(null));
        return enrolView(auth, model, session, true);
    }

    @GetMapping(SecondFactorFilter.ENROL_PAGE + "/qr.png")
    @PreAuthorize("hasAnyAuthority('home:view', '" + PendingSignIn.AUTHORITY + "')")
    ResponseEntity<byte[]> qr(Authentication auth, HttpSession session) {
        String secret = enrollingSecret(session);
        if (secret == null) {
            throw BusinessException.notFound("二维码");
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(Totp.qrPng(secret, user(auth).username()));
    }

    @PostMapping(SecondFactorFilter.ENROL_PAGE)
    @PreAuthorize("hasAnyAuthority('home:view', '" + PendingSignIn.AUTHORITY + "')")
    String enrol(Authentication auth, @Valid @ModelAttribute("form") EnrolForm form, BindingResult errors, Model model,
                 PageRefusal refusal, HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        HttpSession session = request.getSession();
        refusal.render(() -> enrolView(auth, model, session, false)).field("IAM-MFA-CODE", "code");
        refusal.check(errors);
        IdentityPrincipal user = user(auth);
        List<String> codes = factors.enrol(user.userId(), user.username(), enrollingSecret(session), form.code(),
                request.getRemoteAddr());
        session.removeAttribute(ENROLLING);
        if (auth.getPrincipal() instanceof PendingSignIn pending) {
            signIn.secondStepPassed(request, response, pending, false);
            logins.completed(pending.user(), request.getRemoteAddr(), "enrolment");
        }
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("recoveryCodes", codes);
        return "identity/recovery-codes";
    }

    /** The enrolment page (or the status, once enrolled); a fresh secret unless one is being enrolled. */
    private String enrolView(Authentication auth, Model model, HttpSession session, boolean fresh) {
        IdentityPrincipal user = user(auth);
        boolean pending = auth.getPrincipal() instanceof PendingSignIn;
        var status = factors.status(user.userId());
        if (status.isPresent()) {
            model.addAttribute("status", status.get());
            return "identity/two-factor";
        }
        String secret = fresh ? null : enrollingSecret(session);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(ENROLLING, cipher.encrypt(secret));
        }
        model.addAttribute("secret", Totp.grouped(secret));
        model.addAttribute("account", user.displayName());
        model.addAttribute("mustEnrol", pending);
        return pending ? "identity/two-factor-first" : "identity/two-factor";
    }

    private String enrollingSecret(HttpSession session) {
        return session.getAttribute(ENROLLING) instanceof String s ? cipher.decrypt(s) : null;
    }

    private static PendingSignIn pending(Authentication auth) {
        if (auth.getPrincipal() instanceof PendingSignIn p) {
            return p;
        }
        throw BusinessException.notFound("登录验证");
    }

    private static IdentityPrincipal user(Authentication auth) {
        if (auth.getPrincipal() instanceof PendingSignIn p) {
            return p.user();
        }
        if (auth.getPrincipal() instanceof IdentityPrincipal p) {
            return p;
        }
        throw new BusinessException(BusinessException.Kind.FORBIDDEN, "IAM-ACCOUNT", "只有平台账户可以绑定验证器");
    }
}
