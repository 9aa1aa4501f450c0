package cn.anjian.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Form login through {@link LoginService}; the refusal's Chinese message is shown on the login page. */
class LoginAuthenticationProvider implements AuthenticationProvider {

    /** A refused login with the stable code of {@link LoginService.Failure}. */
    static class LoginRefusedException extends AuthenticationException {
        private final String code;

        LoginRefusedException(String code, String message) {
            super(message);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private final LoginService logins;

    LoginAuthenticationProvider(LoginService logins) {
        this.logins = logins;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String source = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        LoginService.Outcome outcome = logins.login(authentication.getName(),
                authentication.getCredentials() == null ? null : authentication.getCredentials().toString(), source);
        if (outcome instanceof LoginService.Success s) {
            return PrincipalLoader.authenticated(s.principal(), authentication.getDetails());
        }
        if (outcome instanceof LoginService.SecondFactorDue due) {
            // the password alone grants nothing: the session waits for the second step (issue 13)
            return new PendingSignIn(due.principal(), due.enrolled()).authentication(authentication.getDetails());
        }
        LoginService.Failure f = (LoginService.Failure) outcome;
        throw new LoginRefusedException(f.code(), f.message());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
