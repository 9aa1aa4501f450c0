package cn.anjian.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 item 7: the page shell written by {@link PageShell} is what the layout's former markup (kept here) rendered,
 * character for character, and the cached menu is what the menu fragment renders in place. Both are rendered as Spring
 * views in the application's context (its {@code RequestDataValueProcessor} puts the logout form's CSRF field) for
 * anonymous and authenticated users with and without the search and badge, names and titles that need escaping or are
 * null, with and without a CSRF token, at the root and under a context path.
 */
@IntegrationTest
class PageShellTests {

    static final String FORMER = """
<head>
  <meta charset="utf-8">
  <link rel="icon" type="image/svg+xml" th:href="@{/favicon.svg}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="_csrf" th:if="${_csrf}" th:content="${_csrf.token}">
  <meta name="_csrf_header" th:if="${_csrf}" th:content="${_csrf.headerName}">
  <title th:text="${layoutTitle} + ' - 安监执法综合管理平台'">安监执法综合管理平台</title>
  <link rel="stylesheet" th:href="@{/webjars/tabler__core/dist/css/tabler.min.css}">
  <link rel="stylesheet" th:href="@{/css/app.css}">
</head>
<body>
    <header class="navbar navbar-expand-md d-print-none" sec:authorize="isAuthenticated()">
      <div class="container-xl justify-content-end flex-wrap gap-2">
        <form class="top-search" th:action="@{/search}" method="get" role="search" sec:authorize="hasAuthority('home:view')">
          <input class="form-control form-control-sm" type="search" name="q" maxlength="50" id="top-search-q"
                 placeholder="搜索案号、文号、单位、人员" aria-label="全局搜索">
        </form>
        <div class="d-flex align-items-center gap-2 small">
          <span class="text-secondary" id="current-agency" sec:authentication="principal.agencyName">机构</span>
          <strong id="current-user" sec:authentication="principal.displayName">用户</strong>
          <span sec:authorize="hasAuthority('home:view')" hx-get="/notifications/badge" hx-trigger="load" hx-swap="outerHTML"></span>
          <!--/* issue 13: 修改密码, 双因素认证 and 会话与设备 are tabs of the account pages */-->
          <a class="btn btn-sm btn-outline-secondary" th:href="@{/account/password}" title="修改密码、双因素认证、会话与设备">账户安全</a>
          <form th:action="@{/logout}" method="post" class="d-inline">
            <button type="submit" class="btn btn-sm btn-outline-secondary">退出</button>
          </form>
        </div>
      </div>
    </header>
<script th:src="@{/webjars/tabler__core/dist/js/tabler.min.js}"></script>
<script th:src="@{/webjars/htmx.org/dist/htmx.min.js}"></script>
<script th:src="@{/js/app.js}"></script>
""";

    static final String NEW = """
<head anj:shell="head"></head>
<body>
    <header anj:shell="header"></header>
<th:block anj:shell="scripts"></th:block>
""";

    /** a principal as identity's (a record read through its accessors) */
    public record User(long userId, String username, String displayName, long agencyId, String agencyName, Long unitId,
                       long jurisdictionId) implements Actor {
        @Override
        public Scope scope() {
            return null;
        }

        @Override
        public boolean hasPermission(String permission) {
            return false;
        }
    }

    @Autowired
    WebApplicationContext web;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    /** one engine for the test class: the menu's cache lives in its dialect */
    final SpringTemplateEngine engine = engine();

    static SpringTemplateEngine engine() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setResolvablePatterns(Set.of("layout"));
        files.setOrder(1);
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setTemplateMode(TemplateMode.HTML);
        strings.setOrder(2);
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(strings);
        engine.addDialect(new FastSecurityDialect());
        engine.addDialect(new MenuCacheDialect());
        return engine;
    }

    String render(String template, Map<String, Object> model, CsrfToken token, String contextPath) throws Exception {
        ThymeleafView view = new ThymeleafView(template) {
            {
                setTemplateEngine(engine);
                setLocale(Locale.SIMPLIFIED_CHINESE);
            }
        };
        view.setApplicationContext(web);
        view.setCharacterEncoding("UTF-8");
        view.setContentType("text/html;charset=UTF-8");
        MockHttpServletRequest req = new MockHttpServletRequest(web.getServletContext(), "GET", contextPath + "/cases");
        req.setContextPath(contextPath);
        req.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, web);
        if (token != null) {
            req.setAttribute(CsrfToken.class.getName(), token);
            req.setAttribute(token.getParameterName(), token);
        }
        MockHttpServletResponse res = new MockHttpServletResponse();
        view.render(model, req, res);
        return res.getContentAsString(StandardCharsets.UTF_8);
    }

    /** through the engine alone: a Spring view takes a name with "::" for a fragment selector */
    String renderPlain(String template) {
        MockHttpServletRequest req = new MockHttpServletRequest(web.getServletContext(), "GET", "/cases");
        IWebExchange exchange = JakartaServletWebApplication.buildApplication(web.getServletContext())
                .buildExchange(req, new MockHttpServletResponse());
        return engine.process(template, new WebContext(exchange, Locale.SIMPLIFIED_CHINESE));
    }

    static List<Authentication> users() {
        List<Authentication> users = new ArrayList<>();
        users.add(null);
        users.add(new AnonymousAuthenticationToken("k", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        users.add(login(new User(1, "zz_head", "张三", 2, "泽州县应急管理局", 5L, 3), "home:view", "case:read", "deadline:read"));
        users.add(login(new User(2, "admin", "系统管理员 <b>&\"'", 1, "山西省应急管理厅 & <i>", null, 1), "home:view", "user:manage"));
        users.add(login(new User(3, "commissioner", "李四", 4, null, null, 3), "mine:app", "mine:assessment-self"));
        users.add(login(new User(4, "nobody", null, 4, "某局", null, 3)));
        return users;
    }

    static Authentication login(User user, String... authorities) {
        return UsernamePasswordAuthenticationToken.authenticated(user, "x", AuthorityUtils.createAuthorityList(authorities));
    }

    @Test
    @DisplayName("the shell from Java is the former markup's output for every user, title, token and context path")
    void sameShell() throws Exception {
        CsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "IYhBA2THFJvRBk8Qx4xF-v3Lq_sN6PA7");
        Object[] titles = {"执法人员与证件", "<script>&\"'", null, 42};
        int compared = 0;
        for (Authentication user : users()) {
            for (Object title : titles) {
                for (CsrfToken t : new CsrfToken[] {token, null}) {
                    for (String ctx : new String[] {"", "/anjian"}) {
                        SecurityContextHolder.getContext().setAuthentication(user);
                        Map<String, Object> model = new HashMap<>();
                        model.put("title", title);
                        String wrap = "<th:block th:with=\"layoutTitle=${title}\">%s</th:block>";
                        String expected = render(wrap.formatted(FORMER), model, t, ctx);
                        String actual = render(wrap.formatted(NEW), model, t, ctx);
                        assertThat(actual).as("user %s, title %s, token %s, ctx %s", user, title, t, ctx).isEqualTo(expected);
                        compared++;
                        if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken) && t != null) {
                            assertThat(expected).contains("name=\"_csrf\" value=\"" + t.getToken() + "\"")
                                    .contains("<meta name=\"_csrf\" content=\"" + t.getToken() + "\">");
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(6 * 4 * 2 * 2);
    }

    @Test
    @DisplayName("the cached menu (a miss, then a hit) is what the menu fragment renders in place, for each authority set")
    void cachedMenuSameAsInPlace() throws Exception {
        for (Authentication user : users()) {
            SecurityContextHolder.getContext().setAuthentication(user);
            String inPlace = renderPlain("<th:block th:with=\"" + MenuCacheDialect.Cached.RENDERING
                    + "=true\"><div th:replace=\"~{layout :: menu}\"></div></th:block>");
            assertThat(inPlace).contains("<aside").contains("首页").doesNotContain("anj:");
            for (int i = 0; i < 2; i++) {
                assertThat(renderPlain("<div th:replace=\"~{layout :: menu}\"></div>")).isEqualTo(inPlace);
            }
        }
    }
}
