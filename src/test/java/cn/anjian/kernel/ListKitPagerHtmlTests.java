package cn.anjian.kernel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.anjian.personnel.PageResult;

import static cn.anjian.kernel.ListKitHtmlTests.kits;
import static cn.anjian.kernel.ListKitHtmlTests.render;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 item 7: the pager, the keyset footer of {@code /recordings} and the export link written once by the controller
 * ({@link ListControls#pagerHtml(int, int, boolean, String, String)}, {@link ListControls#keysetPagerHtml},
 * {@link ListControls#exportHtml}) are the HTML that the templates' former markup rendered, character for character:
 * every sort state and size, filters that need escaping, a counted and a capped count, first, middle and last pages,
 * the empty list, hostile labels.
 */
class ListKitPagerHtmlTests {

    /** The former markup of officers, deadlines (and submissions, enterprises): the pager's label built by SpEL. */
    private static final String COUNTED = "<div class=\"card\">\n    <th:block th:utext=\"${kit.pagerHtml(result.totalCapped ? "
            + "kit.cappedLabel(result.page) : '第 ' + (result.page + 1) + ' / ' + result.pages() + ' 页', prevUrl, nextUrl)}\">"
            + "</th:block>\n  </div>";

    /** The former footer of both views of {@code recording/list.html}, in its card. */
    private static final String KEYSET = """
            <div class="card">
                <div class="card-footer d-flex flex-wrap align-items-center gap-2">
                  <span class="text-secondary small" th:text="${pageLabel}">第 1 页</span>
                  <th:block th:utext="${kit.sizesHtml()}"></th:block>
                  <ul class="pagination m-0 ms-auto" th:if="${firstUrl != null || nextUrl != null}">
                    <li class="page-item" th:classappend="${firstUrl == null} ? 'disabled'"><a class="page-link" th:if="${firstUrl != null}" th:href="@{${firstUrl}}" th:text="${kit.sort().isDefault()} ? '第一页' : '上一页'">第一页</a><span class="page-link" th:if="${firstUrl == null}" aria-disabled="true">上一页</span></li>
                    <li class="page-item" th:classappend="${nextUrl == null} ? 'disabled'"><a class="page-link" th:if="${nextUrl != null}" th:href="@{${nextUrl}}">下一页</a><span class="page-link" th:if="${nextUrl == null}" aria-disabled="true">下一页</span></li>
                  </ul>
                </div>
              </div>""";

    private static final String NEW = "<div class=\"card\">\n    <th:block th:utext=\"${html}\"></th:block>\n  </div>";

    @Test
    @DisplayName("the counted pager built in the controller is the former template expression's HTML (counted, capped, each end, empty)")
    void counted() {
        int cases = 0;
        for (ListControls kit : kits()) {
            for (long total : new long[] {0, 20, 61, 1000}) {
                for (boolean capped : new boolean[] {false, true}) {
                    for (int page : new int[] {0, 1, 3}) {
                        PageResult<String> result = new PageResult<>(List.of(), page, kit.size(), total, capped);
                        String prev = result.hasPrevious() ? kit.page(page - 1) : null;
                        String next = total > 20 ? kit.page(page + 1) : null;
                        Map<String, Object> v = new HashMap<>(Map.of("kit", kit, "result", result));
                        v.put("prevUrl", prev);
                        v.put("nextUrl", next);
                        String before = render(COUNTED, v);
                        String after = render(NEW, Map.of("html",
                                kit.pagerHtml(result.page(), result.pages(), result.totalCapped(), prev, next)));
                        assertThat(after).isEqualTo(before);
                        cases++;
                    }
                }
            }
        }
        assertThat(cases).isGreaterThan(500);
        ListControls kit = kits().get(kits().size() - 1);
        assertThat(kit.pagerHtml(2, 4, false, kit.page(1), null)).contains("第 3 / 4 页").contains("&amp;")
                .contains("<li class=\"page-item disabled\"><span class=\"page-link\" aria-disabled=\"true\">下一页</span></li>");
        assertThat(kit.pagerHtml(2, 4, true, null, kit.page(3))).contains("第 3 页，1000 条以上");
    }

    @Test
    @DisplayName("the keyset footer of /recordings is its former markup's HTML: first page, later pages, last page, one page, hostile label")
    void keyset() {
        int cases = 0;
        for (ListControls kit : kits()) {
            for (String label : new String[] {"第 1 页", "", "第 4 页", ListKitRowsPin.HOSTILE}) {
                for (String first : new String[] {null, kit.page(0), kit.prev(2)}) {
                    for (String next : new String[] {null, kit.url().with("after", 123456L).toString(), kit.page(3)}) {
                        Map<String, Object> v = new HashMap<>(Map.of("kit", kit, "pageLabel", label));
                        v.put("firstUrl", first);
                        v.put("nextUrl", next);
                        assertThat(render(NEW, Map.of("html", kit.keysetPagerHtml(label, first, next)))).isEqualTo(render(KEYSET, v));
                        cases++;
                    }
                }
            }
        }
        assertThat(cases).isGreaterThan(500);
        ListControls sorted = ListControls.of(FilterUrl.of("/recordings"), ListKitHtmlTests.SORT.parse("name,asc"), 20);
        assertThat(sorted.keysetPagerHtml("第 2 页", sorted.page(0), null)).contains(">上一页</a>").doesNotContain("第一页");
        ListControls byDefault = ListControls.of(FilterUrl.of("/recordings"), ListKitHtmlTests.SORT.defaults(), 20);
        assertThat(byDefault.keysetPagerHtml("", byDefault.page(0), null)).contains(">第一页</a>");
        assertThat(byDefault.keysetPagerHtml("第 1 页", null, null)).doesNotContain("pagination");
    }

    @Test
    @DisplayName("the export link written by the kit is the former th:href link and the listkit fragment, filters escaped")
    void export() {
        for (ListControls kit : kits()) {
            Map<String, Object> v = Map.of("kit", kit);
            String before = render("<div>\n    <a class=\"btn btn-outline-secondary export-link\" "
                    + "th:href=\"@{${kit.export('/personnel/officers/export')}}\">导出Excel</a>\n</div>", v);
            assertThat(render("<div>\n    <th:block th:utext=\"${html}\"></th:block>\n</div>",
                    Map.of("html", kit.exportHtml("/personnel/officers/export")))).isEqualTo(before);
            assertThat(render("<div>\n    <a th:replace=\"~{fragments/listkit :: export(${kit.export('/personnel/officers/export')})}\"></a>\n</div>", v))
                    .isEqualTo(before);
        }
    }

    @Test
    @DisplayName("the officers page's fixed links and form action, now plain paths, are what th:href and th:action built")
    void fixedLinks() {
        Map<String, Object> v = Map.of("year", 2026);
        String before = render("""
                <div><a class="btn" th:href="@{/personnel/officers/new}">登记</a><a th:href="@{/personnel/officers/import}">导入</a>
                <a th:href="@{/personnel/officers/shortfalls(year=${year})}">不足</a><a th:href="@{/personnel/officers/follow-on}">缺项</a>
                <a th:href="@{/personnel/auxiliaries}">辅助</a><form method="get" th:action="@{/personnel/officers}"></form>
                <form method="get" th:action="@{/calendar/deadlines}"></form><form method="get" th:action="@{/recordings}"></form></div>""", v);
        String after = render("""
                <div><a class="btn" href="/personnel/officers/new">登记</a><a href="/personnel/officers/import">导入</a>
                <a th:href="${shortfallsUrl}">不足</a><a href="/personnel/officers/follow-on">缺项</a>
                <a href="/personnel/auxiliaries">辅助</a><form method="get" action="/personnel/officers"></form>
                <form method="get" action="/calendar/deadlines"></form><form method="get" action="/recordings"></form></div>""",
                Map.of("shortfallsUrl", "/personnel/officers/shortfalls?year=" + 2026));
        assertThat(after).isEqualTo(before);
    }
}
