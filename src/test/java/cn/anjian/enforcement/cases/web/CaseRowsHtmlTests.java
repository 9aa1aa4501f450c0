package cn.anjian.enforcement.cases.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.ListKitRowsPin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 item 7: the case list's rows written from Java ({@link CaseListing.Row#html}) are the HTML that the page's
 * former {@code th:each} markup rendered, character for character: overdue or not, no unit (the dash), text that needs
 * escaping, and the empty list.
 */
class CaseRowsHtmlTests {

    static final String FORMER = """
        <tr th:if="${rows.isEmpty()}"><td colspan="7" class="text-secondary">没有符合条件的案件</td></tr>
        <tr th:each="r : ${rows}">
          <td><a th:href="@{${r.href}}" th:text="${r.title}">案件</a>
            <span th:if="${r.overdue}" class="badge bg-red-lt ms-1">超期</span>
            <div class="small text-secondary text-nowrap" th:text="${r.caseNumber}">泽应急案〔2026〕1号</div></td>
          <td class="text-nowrap"><span class="badge bg-blue-lt" th:text="${r.stage}">调查取证</span></td>
          <td class="text-nowrap" th:text="${r.kind}">行政检查</td>
          <td th:text="${r.party}">某煤业</td>
          <td class="text-nowrap" th:text="${r.source}">年度计划</td>
          <td th:text="${r.unit}">科室</td>
          <td class="text-nowrap" th:text="${r.opened}">2026-01-01</td>
        </tr>
""";

    @Test
    @DisplayName("the case rows from Java are the former template's HTML (overdue, dash, escaping, empty)")
    void sameHtml() {
        List<CaseListing.Row> rows = new ArrayList<>();
        String h = ListKitRowsPin.HOSTILE;
        rows.add(new CaseListing.Row("/cases/1", "某煤业违法案", false, "泽应急案〔2026〕1号", "调查取证", "行政处罚", "某煤业",
                "年度计划", "—", "2026-01-01 09:30"));
        rows.add(new CaseListing.Row("/cases/2?x=<1>&y=2", h, true, h, h, h, h, h, h, h));
        rows.add(new CaseListing.Row("/cases/3", "案", true, null, "立案", "行政检查", null, "举报", "执法股", null));
        for (int n : new int[] {0, 1, 2, 3}) {
            List<CaseListing.Row> some = rows.subList(0, n);
            assertThat(ListKitRowsPin.after(CaseListing.Row.html(some))).isEqualTo(ListKitRowsPin.before(FORMER, some, Map.of()));
        }
        assertThat(CaseListing.Row.html(rows)).contains("&lt;一号&gt;").doesNotContain("<一号>");
    }
}
