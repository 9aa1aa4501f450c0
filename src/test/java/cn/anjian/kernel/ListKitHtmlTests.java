package cn.anjian.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 item 7: the list kit's headers, page-size choice and pager built in Java ({@link ListKitHtml}) are the HTML
 * that the fragments of {@code fragments/listkit.html} render, character for character, for every sort state, filters
 * that need encoding and escaping, each page size and both ends of the pager.
 */
class ListKitHtmlTests {

    static final ListSort SORT = ListSort.by("p.id").key("name", "姓名", "p.name").key("hired", "聘用日期", "p.hired_on")
            .byDefault("hired", false);

    private static final SpringTemplateEngine ENGINE = new SpringTemplateEngine();
    private static final MockServletContext SERVLET = new MockServletContext();

    static {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver snippets = new StringTemplateResolver();
        snippets.setOrder(2);
        ENGINE.addTemplateResolver(files);
        ENGINE.addTemplateResolver(snippets);
        ENGINE.setEnableSpringELCompiler(true);
    }

    static String render(String template, Map<String, Object> variables) {
        var exchange = JakartaServletWebApplication.buildApplication(SERVLET)
                .buildExchange(new MockHttpServletRequest(SERVLET), new MockHttpServletResponse());
        return ENGINE.process(template, new WebContext(exchange, Locale.SIMPLIFIED_CHINESE, variables));
    }

    static List<ListControls> kits() {
        List<ListControls> kits = new ArrayList<>();
        FilterUrl plain = FilterUrl.of("/personnel/officers");
        FilterUrl filtered = FilterUrl.of("/cases").with("party", "某 & \"煤业\" <一号>").with("stage", "INVESTIGATION")
                .with("unit", 12);
        for (FilterUrl url : List.of(plain, filtered)) {
            for (String sort : new String[] {null, "name,asc", "name,desc", "hired,asc", "hired,desc"}) {
                for (int size : PageSize.CHOICES) {
                    kits.add(ListControls.of(url, SORT.parse(sort), size));
                }
            }
        }
        return kits;
    }

    @Test
    @DisplayName("a sortable header (with and without extra classes) is the fragment's HTML for every sort state and filter")
    void headers() {
        for (ListControls kit : kits()) {
            for (String field : new String[] {"name", "hired"}) {
                Map<String, Object> v = new HashMap<>(Map.of("kit", kit, "field", field));
                String before = render("<tr><th th:replace=\"~{fragments/listkit :: sortable('姓名', ${field}, ${kit})}\"></th></tr>", v);
                String after = render("<tr><th:block th:utext=\"${kit.header('姓名', field)}\"></th:block></tr>", v);
                assertThat(after).isEqualTo(before);
                before = render("<tr><th th:replace=\"~{fragments/listkit :: sortableAt('姓名', ${field}, ${kit}, 'd-none d-md-table-cell')}\"></th></tr>", v);
                after = render("<tr><th:block th:utext=\"${kit.header('姓名', field, 'd-none d-md-table-cell')}\"></th:block></tr>", v);
                assertThat(after).isEqualTo(before);
            }
        }
        ListControls kit = kits().get(kits().size() - 1);
        assertThat(kit.header("姓名", "name")).contains("&amp;").doesNotContain("<一号>");
    }

    @Test
    @DisplayName("the page-size choice and the pager (either end disabled, a capped count's label) are the fragments' HTML")
    void pager() {
        for (ListControls kit : kits()) {
            Map<String, Object> v = new HashMap<>(Map.of("kit", kit));
            assertThat(render("<div><th:block th:utext=\"${kit.sizesHtml()}\"></th:block></div>", v))
                    .isEqualTo(render("<div><div th:replace=\"~{fragments/listkit :: sizes(${kit})}\"></div></div>", v));
            for (int page : new int[] {0, 3}) {
                for (boolean more : new boolean[] {false, true}) {
                    v.put("label", page == 3 ? kit.cappedLabel(page) : kit.label(page, 61));
                    v.put("prevUrl", kit.prev(page));
                    v.put("nextUrl", more ? kit.page(page + 1) : null);
                    String before = render("<div th:replace=\"~{fragments/listkit :: pager(${label}, ${prevUrl}, ${nextUrl}, ${kit})}\"></div>", v);
                    String after = render("<th:block th:utext=\"${kit.pagerHtml(label, prevUrl, nextUrl)}\"></th:block>", v);
                    assertThat(after).isEqualTo(before);
                }
            }
        }
        for (ListControls kit : kits()) {   // the export link, written out in the main list pages
            Map<String, Object> v = Map.of("kit", kit);
            assertThat(render("<a class=\"btn btn-outline-secondary export-link\" th:href=\"@{${kit.export('/x/export')}}\">导出Excel</a>", v))
                    .isEqualTo(render("<a id=\"e\" th:replace=\"~{fragments/listkit :: export(${kit.export('/x/export')})}\"></a>", v));
        }
        ListControls kit = ListControls.of(FilterUrl.of("/x"), SORT.defaults(), 20);
        assertThat(kit.pagerHtml(kit.cappedLabel(2), kit.prev(2), null)).contains("第 3 页，1000 条以上").contains("page-item disabled");
    }

    @Test
    @DisplayName("a filter's options written by the kit are what the th:each over its choices rendered, chosen one and escaping included")
    void options() {
        ListControls kit = ListControls.of(FilterUrl.of("/x"), SORT.defaults(), 20);
        List<Choice> none = List.of();
        List<Choice> some = List.of(new Choice("A", "甲 & \"乙\"", false), new Choice("B<", "丙", true), new Choice("7", "丁's", false));
        for (List<Choice> choices : List.of(none, some, some.subList(0, 1))) {
            Map<String, Object> v = Map.of("kit", kit, "choices", choices);
            String before = render("""
                    <select name="k">
                                <option value="">全部</option>
                                <option th:each="o : ${choices}" th:value="${o.value}" th:text="${o.label}" th:selected="${o.selected}">x</option>
                              </select>""", v);
            String after = render("""
                    <select name="k">
                                <option value="">全部</option>
                                <th:block th:utext="${kit.options(choices, 12)}"></th:block>
                              </select>""", v);
            assertThat(after).isEqualTo(before);
        }
    }
}
