package cn.anjian.web;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.extras.springsecurity6.auth.AuthUtils;
import org.thymeleaf.extras.springsecurity6.dialect.SpringSecurityDialect;
import org.thymeleaf.extras.springsecurity6.dialect.processor.AuthorizeAttrProcessor;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.standard.processor.AbstractStandardConditionalVisibilityTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The Spring Security dialect with a cheaper {@code sec:authorize} (issue 20, item 7). The stock processor parses and
 * evaluates a SpEL expression through the web security expression handler on every use — some 60 times per page for
 * the menu in {@code layout.html} alone, the largest part of a list page's rendering. The plain forms templates use,
 * {@code hasAuthority('x')} and {@code hasAnyAuthority('a', 'b')}, are answered here from the authentication's
 * authorities, as Spring Security answers them (no role hierarchy is configured), and {@code isAuthenticated()} by
 * Spring Security's trust resolver; anything else goes to the stock
 * evaluation unchanged.
 */
class FastSecurityDialect extends SpringSecurityDialect {

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        Set<IProcessor> processors = super.getProcessors(dialectPrefix);
        processors.removeIf(p -> p instanceof AuthorizeAttrProcessor);
        processors.add(new Authorize(dialectPrefix, AuthorizeAttrProcessor.ATTR_NAME));
        processors.add(new Authorize(dialectPrefix, AuthorizeAttrProcessor.ATTR_NAME_EXPR));
        return processors;
    }

    static final class Authorize extends AbstractStandardConditionalVisibilityTagProcessor {

        private static final Pattern PLAIN = Pattern.compile(
                "has(Any)?Authority\\(\\s*'[^'\\\\]+'\\s*(,\\s*'[^'\\\\]+'\\s*)*\\)");
        private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
        private static final String AUTHENTICATED = "isAuthenticated()";
        /** what Spring Security's isAuthenticated() asks */
        private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();
        /** expression → the authorities any of which grants it; empty when the expression is not a plain form */
        private static final Map<String, Optional<Set<String>>> PARSED = new ConcurrentHashMap<>();

        Authorize(String dialectPrefix, String attrName) {
            super(TemplateMode.HTML, dialectPrefix, attrName, AuthorizeAttrProcessor.ATTR_PRECEDENCE);
        }

        @Override
        protected boolean isVisible(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                    String attributeValue) {
            String expression = attributeValue == null ? "" : attributeValue.strip();
            if (expression.isEmpty()) {
                return false;
            }
            Authentication authentication = AuthUtils.getAuthenticationObject(context);
            if (authentication == null) {
                return false;
            }
            if (AUTHENTICATED.equals(expression)) {
                return TRUST.isAuthenticated(authentication);
            }
            Optional<Set<String>> anyOf = PARSED.computeIfAbsent(expression, Authorize::parse);
            if (anyOf.isEmpty()) {
                return AuthUtils.authorizeUsingAccessExpression(context, expression, authentication);
            }
            return granted(authentication.getAuthorities(), anyOf.get());
        }

        static Optional<Set<String>> parse(String expression) {
            if (!PLAIN.matcher(expression).matches()) {
                return Optional.empty();
            }
            // hasAuthority takes exactly one name; more is a template error the stock evaluation reports
            Set<String> names = QUOTED.matcher(expression).results().map(m -> m.group(1)).collect(Collectors.toSet());
            boolean any = expression.startsWith("hasAny");
            return any || names.size() == 1 && !expression.contains(",") ? Optional.of(Set.copyOf(names)) : Optional.empty();
        }

        static boolean granted(Collection<? extends GrantedAuthority> authorities, Set<String> anyOf) {
            for (GrantedAuthority a : authorities) {
                if (anyOf.contains(a.getAuthority())) {
                    return true;
                }
            }
            return false;
        }
    }
}
