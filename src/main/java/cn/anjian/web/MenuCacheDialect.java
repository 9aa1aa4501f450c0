package cn.anjian.web;

import java.io.StringWriter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.extras.springsecurity6.auth.AuthUtils;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code anj:cached="layout :: menu"} (and {@code anj:shell}, {@link PageShell}): the element is rendered once per set of the user's authorities and its HTML reused
 * (issue 20, item 7). The side menu of {@code layout.html} — some 60 entries, each a {@code sec:authorize} and a link —
 * depends on nothing else (the active entry is marked by {@code app.js}), and rendering it was the largest fixed part of
 * every page. So the menu's entries may only use {@code hasAuthority}/{@code hasAnyAuthority} and plain links
 * ({@code MenuCacheTests} checks). A miss renders the named fragment on its own (the flag variable stops the recursion),
 * exactly as the page would have rendered it in place. A tag processor that replaces the element by text marked not
 * processable: a model processor made the engine gather the menu's ~400 events on every request and re-scan the 7 KB
 * text it put back for {@code [[…]]} inlining (JFR of the officers page: 6.5 % of its samples).
 */
final class MenuCacheDialect extends AbstractProcessorDialect {

    MenuCacheDialect() {
        super("Anjian cached fragments", "anj", 1000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new Cached(dialectPrefix), new PageShell(dialectPrefix));
    }

    static final class Cached extends AbstractAttributeTagProcessor {

        static final String RENDERING = "anjianCachedFragmentRendering";
        /** distinct authority sets are few (the roles' combinations); a bound keeps a surprise from growing the heap */
        private static final int MAX_ENTRIES = 1000;
        private final Map<String, String> html = new ConcurrentHashMap<>();

        Cached(String dialectPrefix) {
            super(TemplateMode.HTML, dialectPrefix, null, false, "cached", true, 1, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, IElementTagStructureHandler structureHandler) {
            if (context.containsVariable(RENDERING) || !(context instanceof IWebContext web)) {
                return;   // the rendering of a miss (or no request): render in place, the attribute is removed
            }
            String key = attributeValue + '|' + authorities(AuthUtils.getAuthenticationObject(context));
            String rendered = html.get(key);
            if (rendered == null) {
                String[] selector = attributeValue.split("::", 2);
                StringWriter out = new StringWriter();
                context.getConfiguration().getTemplateManager().parseAndProcess(
                        new TemplateSpec(selector[0].strip(), Set.of(selector[1].strip()), TemplateMode.HTML, null),
                        new WebContext(web.getExchange(), context.getLocale(), Map.of(RENDERING, true)), out);
                rendered = out.toString();
                if (html.size() < MAX_ENTRIES) {
                    html.put(key, rendered);
                }
            }
            structureHandler.replaceWith(rendered, false);
        }

        /** What the menu's sec:authorize can see: authenticated or not, and the authority names. */
        static String authorities(Authentication authentication) {
            if (authentication == null) {
                return "-";
            }
            Set<String> names = new TreeSet<>();
            for (GrantedAuthority a : authentication.getAuthorities()) {
                names.add(a.getAuthority());
            }
            return new AuthenticationTrustResolverImpl().isAuthenticated(authentication) + ":" + String.join(",", names);
        }
    }
}
