package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.BusinessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Token authentication for API clients (the phone app). Lockout (IAM-03) applies exactly as on the login page. */
@RestController
@RequestMapping("/api/v1/auth")
@RequiredArgsConstructor
class AuthApiController {

    record TokenRequest(@NotBlank(message = "请输入用户名") @Size(max = 64, message = "用户名过长") String username,
                        @NotBlank(message = "请输入密码") @Size(max = 128, message = "密码过长") String password,
                        @Size(max = 40, message = "动态码过长") String totp) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    record Me(long userId, String username, String displayName, long agencyId, String agencyName, Long unitId,
              long jurisdictionId, String scope, List<String> permissions, boolean mustChangePassword) {
    }

    record PasswordChange(@NotNull(message = "请输入当前密码") @Size(max = 200) String currentPassword,
                          @NotNull(message = "请输入新密码") @Size(max = 200) String newPassword) {
    }

    private final LoginService logins;
    private final ApiTokenService tokens;
    private final UserService users;
    private final SecondFactorService factors;

    @PostMapping("/token")
    @PreAuthorize("permitAll()")
    ResponseEntity<?> issue(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
        String source = request.getRemoteAddr();
        LoginService.Outcome outcome = logins.login(body.username(), body.password(), source);
        if (outcome instanceof LoginService.SecondFactorDue due) {
            outcome = secondStep(due, body.totp(), source);
            if (outcome == null) {
                throw new BusinessException(BusinessException.Kind.FORBIDDEN, "IAM-MFA-ENROLMENT-REQUIRED",
                        "管理员账户须先在网页端登录，在「账户 → 双因素认证」中绑定验证器后才能申请访问令牌");
            }
        }
        if (outcome instanceof LoginService.Success s) {
            ApiTokenService.Issued issued = tokens.issue(s.principal(), source, request.getHeader(HttpHeaders.USER_AGENT));
            return ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt()));
        }
        LoginService.Failure f = (LoginService.Failure) outcome;
        if (!f.message().equals(LoginService.MESSAGE)) {
            // the password was right: the second factor is missing or wrong, and the client is told which
            return problem(HttpStatus.UNAUTHORIZED, f.code(), f.message());
        }
        // one code for every reason, like the message: the answer does not reveal which accounts exist
        return problem(HttpStatus.UNAUTHORIZED, LoginService.BAD_CREDENTIALS, f.message());
    }

    /**
     * Issue 13: a user with a second factor sends its code (or a recovery code) in {@code totp}; missing → 401
     * {@code IAM-MFA-CODE-REQUIRED}, wrong → 401 (and counted towards the lockout). Null: an administrator who has not
     * enrolled yet.
     */
    private LoginService.Outcome secondStep(LoginService.SecondFactorDue due, String totp, String source) {
        if (!due.enrolled()) {
            return null;
        }
        if (totp == null || totp.isBlank()) {
            return new LoginService.Failure("IAM-MFA-CODE-REQUIRED",
                    "该账户已启用双因素认证：请在 totp 字段中提供验证器显示的 6 位动态码（或一个恢复码）");
        }
        SecondFactorService.Verification v = factors.verify(due.principal(), totp, source);
        if (v instanceof SecondFactorService.Refused r) {
            return r.locked() ? new LoginService.Failure(r.code()) : new LoginService.Failure(r.code(), r.message());
        }
        return new LoginService.Success(due.principal());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String message) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, message);
        pd.setType(java.net.URI.create("urn:anjian:error:" + code));
        pd.setTitle(status.getReasonPhrase());
        pd.setProperties(Map.of("code", code));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    @DeleteMapping("/token")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal IdentityPrincipal me, HttpServletRequest request) {
        Object token = request.getAttribute(BearerTokenFilter.TOKEN_ATTRIBUTE);
        if (me == null || token == null) {
            throw BusinessException.badInput("IAM-TOKEN-MISSING", "请在 Authorization 头中提供要撤销的访问令牌");
        }
        tokens.revoke(token.toString(), me, request.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    @PreAuthorize("hasAuthority('home:view')")
    Me me(@AuthenticationPrincipal IdentityPrincipal me) {
        if (me == null) {
            throw BusinessException.notFound("账户");
        }
        return new Me(me.userId(), me.username(), me.displayName(), me.agencyId(), me.agencyName(), me.unitId(),
                me.jurisdictionId(), me.scopePath(), me.permissions().stream().sorted().toList(), me.mustChangePassword());
    }

    @PutMapping("/password")
    @PreAuthorize("hasAuthority('home:view')")
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal IdentityPrincipal me, @Valid @RequestBody PasswordChange body,
                                        HttpServletRequest request) {
        if (me == null) {
            throw BusinessException.notFound("账户");
        }
        HttpSession session = request.getSession(false);
        users.changeOwnPassword(me.userId(), body.currentPassword(), body.newPassword(),
                session == null ? null : session.getId(), BearerTokenFilter.bearer(request).orElse(null));
        return ResponseEntity.noContent().build();
    }
}
