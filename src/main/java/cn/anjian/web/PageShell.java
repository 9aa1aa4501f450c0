package cn.anjian.web;

import java.util.Set;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ListKitRows;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.extras.springsecurity6.auth.AuthUtils;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.web.IWebExchange;

/**
 * {@code anj:shell="head|header|scripts"} in {@code layout.html}: the page shell every page shares, written from Java
 * (issue 20 item 7). As markup it was a dozen processors per request — six {@code @{…}} link builds, two
 * {@code th:action}s (the logout form's CSRF field), the CSRF metas, the title, five {@code sec:*} — for text that varies
 * only by the context path, the request's CSRF token, the title, two authorities and the user's agency and name.
 * The element is replaced by what the former markup rendered, character for character ({@code PageShellTests} renders
 * that markup, kept in the test, and this for several users); text marked not processable, so it is not re-scanned.
 */
final class PageShell extends AbstractAttributeTagProcessor {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();
    private static final Set<String> HOME = Set.of("home:view");
    private static final String SUFFIX = " - 安监执法综合管理平台";

    PageShell(String dialectPrefix) {
        super(TemplateMode.HTML, dialectPrefix, null, false, "shell", true, 1, true);
    }

    @Override
    protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                             String attributeValue, IElementTagStructureHandler structureHandler) {
        if (!(context instanceof IWebContext web)) {
            throw new IllegalStateException("anj:shell needs a web request");
        }
        IWebExchange exchange = web.getExchange();
        String ctx = exchange.getRequest().getApplicationPath();
        String html = switch (attributeValue.strip()) {
            case "head" -> head(ctx, (CsrfToken) exchange.getAttributeValue("_csrf"), context.getVariable("layoutTitle"));
            case "header" -> header(ctx, AuthUtils.getAuthenticationObject(context),
                    (CsrfToken) exchange.getAttributeValue(CsrfToken.class.getName()));
            case "scripts" -> scripts(ctx);
            default -> throw new IllegalArgumentException("anj:shell: unknown part " + attributeValue);
        };
        structureHandler.replaceWith(html, false);
    }

    static String head(String ctx, CsrfToken csrf, Object title) {
        StringBuilder b = new StringBuilder(700).append("<head>\n  <meta charset=\"utf-8\">\n  <link rel=\"icon\" type=\"image/svg+xml\" href=\"")
                .append(ctx).append("/favicon.svg\">\n  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  ");
        if (csrf != null) {
            b.append("<meta name=\"_csrf\" content=\"").append(ListKitRows.esc(csrf.getToken())).append("\">\n  ")
             .append("<meta name=\"_csrf_header\" content=\"").append(ListKitRows.esc(csrf.getHeaderName())).append("\">\n  ");
        } else {
            b.append("\n  \n  ");   // the two th:if metas leave their lines' whitespace
        }
        return b.append("<title>").append(ListKitRows.esc(String.valueOf(title) + SUFFIX)).append("</title>\n  ")
                .append("<link rel=\"stylesheet\" href=\"").append(ctx).append("/webjars/tabler__core/dist/css/tabler.min.css\">\n  ")
                .append("<link rel=\"stylesheet\" href=\"").append(ctx).append("/css/app.css\">\n</head>").toString();
    }

    static String header(String ctx, Authentication auth, CsrfToken csrf) {
        if (auth == null || !TRUST.isAuthenticated(auth)) {
            return "";
        }
        boolean home = FastSecurityDialect.Authorize.granted(auth.getAuthorities(), HOME);
        StringBuilder b = new StringBuilder(1400).append("<header class=\"navbar navbar-expand-md d-print-none\">\n")
                .append("      <div class=\"container-xl justify-content-end flex-wrap gap-2\">\n        ");
        if (home) {
            b.append("<form class=\"top-search\" action=\"").append(ctx).append("/search\" method=\"get\" role=\"search\">\n")
             .append("          <input class=\"form-control form-control-sm\" type=\"search\" name=\"q\" maxlength=\"50\" id=\"top-search-q\"\n")
             .append("                 placeholder=\"搜索案号、文号、单位、人员\" aria-label=\"全局搜索\">\n        </form>");
        }
        b.append("\n        <div class=\"d-flex align-items-center gap-2 small\">\n")
         .append("          <span class=\"text-secondary\" id=\"current-agency\">").append(principal(auth, "agencyName", "机构"))
         .append("</span>\n          <strong id=\"current-user\">").append(principal(auth, "displayName", "用户")).append("</strong>\n          ");
        if (home) {
            b.append("<span hx-get=\"/notifications/badge\" hx-trigger=\"load\" hx-swap=\"outerHTML\"></span>");
        }
        return b.append("\n          \n          <a class=\"btn btn-sm btn-outline-secondary\" href=\"").append(ctx)
                .append("/account/password\" title=\"修改密码、双因素认证、会话与设备\">账户安全</a>\n          <form action=\"")
                .append(ctx).append("/logout\" method=\"post\" class=\"d-inline\">")
                .append(csrf == null ? "" : ListKitRows.csrfInput(csrf.getParameterName(), csrf.getToken()))
                .append("\n            <button type=\"submit\" class=\"btn btn-sm btn-outline-secondary\">退出</button>\n")
                .append("          </form>\n        </div>\n      </div>\n    </header>").toString();
    }

    /** {@code sec:authentication="principal.x"}: escaped, or the element's own text when the value is null. */
    private static String principal(Authentication auth, String property, String placeholder) {
        Object value = auth.getPrincipal() instanceof Actor a
                ? ("agencyName".equals(property) ? a.agencyName() : a.displayName())
                : AuthUtils.getAuthenticationProperty(auth, "principal." + property);
        return value == null ? placeholder : ListKitRows.esc(value.toString());
    }

    static String scripts(String ctx) {
        return "<script src=\"" + ctx + "/webjars/tabler__core/dist/js/tabler.min.js\"></script>\n<script src=\"" + ctx
                + "/webjars/htmx.org/dist/htmx.min.js\"></script>\n<script src=\"" + ctx + "/js/app.js\"></script>";
    }
}
