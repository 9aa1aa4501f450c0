package cn.anjian;

import java.util.Locale;
import java.util.Map;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders a template snippet with Thymeleaf and SpEL as the pages do (issue 20 item 7): a list row's old per-cell
 * expressions and its new precomputed record must give the same HTML.
 */
public final class TemplateSnippets {

    private static final SpringTemplateEngine ENGINE = new SpringTemplateEngine();

    static {
        ENGINE.setTemplateResolver(new StringTemplateResolver());
    }

    private TemplateSnippets() {
    }

    public static String render(String template, Map<String, Object> variables) {
        return ENGINE.process(template, new Context(Locale.SIMPLIFIED_CHINESE, variables));
    }
}
