package cn.anjian.calendar.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import cn.anjian.IntegrationTest;
import cn.anjian.kernel.ListKitRows;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 item 7: 期限督办's rows from Java carry each POST form's CSRF field exactly where and as Thymeleaf's
 * {@code th:action} put it. Both the former {@code th:each} markup and the new {@code th:utext} are rendered as a Spring
 * view in the application's context (its {@code RequestDataValueProcessor}, Spring Security's), on a request holding a
 * token, and compared character for character.
 */
@IntegrationTest
class DeadlineRowsCsrfHtmlTests {

    @Autowired
    WebApplicationContext web;

    String render(String body, Map<String, Object> model, CsrfToken token) throws Exception {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(strings);
        ThymeleafView view = new ThymeleafView("<table>\n        <tbody>\n" + body + "        </tbody>\n</table>") {
            {
                setTemplateEngine(engine);
                setLocale(Locale.SIMPLIFIED_CHINESE);
            }
        };
        view.setApplicationContext(web);
        view.setCharacterEncoding("UTF-8");
        view.setContentType("text/html;charset=UTF-8");
        MockHttpServletRequest req = new MockHttpServletRequest(web.getServletContext(), "GET", "/calendar/deadlines");
        req.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, web);
        req.setAttribute(CsrfToken.class.getName(), token);
        req.setAttribute(token.getParameterName(), token);
        MockHttpServletResponse res = new MockHttpServletResponse();
        view.render(model, req, res);
        return res.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the deadline rows' forms from Java carry the request's CSRF field as the th:action forms did")
    void sameHtmlWithToken() throws Exception {
        List<DeadlineListRow> rows = DeadlineRowsHtmlTests.rows();
        CsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", UUID.randomUUID() + "-_x");
        String field = ListKitRows.csrfInput(token.getParameterName(), token.getToken());
        for (boolean canManage : new boolean[] {true, false}) {
            for (int n : new int[] {0, 2, rows.size()}) {
                List<DeadlineListRow> some = rows.subList(0, n);
                Map<String, Object> before = new HashMap<>(DeadlineRowsHtmlTests.vars(canManage, "/calendar/deadlines?page=2"));
                before.put("rows", some);
                String expected = render(DeadlineRowsHtmlTests.FORMER, before, token);
                String actual = render("        <th:block th:utext=\"${rowsHtml}\"></th:block>\n",
                        Map.of("rowsHtml", DeadlineListRow.html(some, canManage, "/calendar/deadlines?page=2", field)), token);
                assertThat(actual).isEqualTo(expected);
                if (canManage && n == rows.size()) {
                    assertThat(expected).contains("value=\"" + token.getToken() + "\"");
                }
            }
        }
    }
}
