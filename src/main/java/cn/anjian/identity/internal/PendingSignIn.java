package cn.anjian.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The session's principal between a correct password and the second step (issue 13): it carries no permission,
 * only {@link #AUTHORITY}, so nothing but the second step (or, for an administrator without a second factor, the
 * enrolment) can be reached; {@link SecondFactorFilter} sends every other request there. The full
 * {@link IdentityPrincipal} is kept to complete the sign-in.
 */
record PendingSignIn(IdentityPrincipal user, boolean enrolled) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String AUTHORITY = "SIGN_IN_SECOND_STEP";

    /** Where the user goes now: the code page, or the enrolment an administrator must complete first. */
    String nextPage() {
        return enrolled ? SecondFactorFilter.CODE_PAGE : SecondFactorFilter.ENROL_PAGE;
    }

    Authentication authentication(Object details) {
        var token = UsernamePasswordAuthenticationToken.authenticated(this, null, List.of(new SimpleGrantedAuthority(AUTHORITY)));
        token.setDetails(details);
        return token;
    }

    /** The principal name Spring Session indexes the session by, as for a full sign-in. */
    @Override
    public String toString() {
        return user.username();
    }
}
