package cn.anjian.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.expression.EvaluationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.access.expression.DefaultHttpSecurityExpressionHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Issue 20 item 7: the fast sec:authorize answers exactly as Spring Security's evaluation, or leaves it to that. */
class FastSecurityDialectTests {

    private final DefaultHttpSecurityExpressionHandler spring = new DefaultHttpSecurityExpressionHandler();

    @Test
    @DisplayName("hasAuthority / hasAnyAuthority answered from the authorities agree with Spring Security's SpEL evaluation")
    void agreesWithSpringSecurity() {
        List<String> expressions = List.of("hasAuthority('case:read')", "hasAuthority( 'mine:app' )",
                "hasAnyAuthority('case:read','plan:manage','legalreview:read')", "hasAnyAuthority('x:y', 'mine:app')",
                "hasAnyAuthority('role:manage')");
        List<Authentication> who = List.of(auth("case:read", "home:view"), auth("mine:app"), auth(), auth("plan:manage"),
                auth("CASE:READ"));
        for (String e : expressions) {
            assertThat(FastSecurityDialect.Authorize.parse(e)).as(e).isPresent();
            for (Authentication a : who) {
                boolean fast = FastSecurityDialect.Authorize.granted(a.getAuthorities(), FastSecurityDialect.Authorize.parse(e).get());
                assertThat(fast).as(e + " for " + a.getAuthorities()).isEqualTo(evaluate(e, a));
            }
        }
    }

    @Test
    @DisplayName("anything but the plain forms is left to Spring Security's evaluation")
    void othersFallBack() {
        for (String e : List.of("isAuthenticated()", "hasAuthority('a') and hasAuthority('b')", "!hasAuthority('a')",
                "hasAuthority('a','b')", "hasRole('ADMIN')", "${flag}", "hasAuthority('a') or true", "hasAuthority(\"a\")")) {
            assertThat(FastSecurityDialect.Authorize.parse(e)).as(e).isEmpty();
        }
    }

    private boolean evaluate(String expression, Authentication a) {
        EvaluationContext ctx = spring.createEvaluationContext(a, new RequestAuthorizationContext(new MockHttpServletRequest()));
        return Boolean.TRUE.equals(spring.getExpressionParser().parseExpression(expression).getValue(ctx, Boolean.class));
    }

    private static Authentication auth(String... authorities) {
        TestingAuthenticationToken t = new TestingAuthenticationToken("u", "p", authorities);
        t.setAuthenticated(true);
        return t;
    }
}
