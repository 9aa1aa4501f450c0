package cn.anjian.personnel.officers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.ListKitRowsPin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 item 7: the officer list's rows written from Java ({@link OfficerListRow#html}) are the HTML that the page's
 * former {@code th:each} markup rendered, character for character: certificate with and without a status badge,
 * without a certificate, short of hours, no unit, text that needs escaping, and the empty list.
 */
class OfficerRowsHtmlTests {

    static final String FORMER = """
        <tr th:if="${rows.isEmpty()}"><td colspan="6" class="text-secondary">没有符合条件的执法人员</td></tr>
        <tr th:each="r : ${rows}">
          <td><a th:href="@{${r.href}}" th:text="${r.name}">张三</a></td>
          <td class="text-nowrap" th:text="${r.idCardMasked}">1405**********0016</td>
          <td><span th:text="${r.agencyName}">泽州县应急管理局</span><div class="small text-secondary" th:text="${r.unitName}">股室</div></td>
          <td th:text="${r.post}">在执法岗位</td>
          <td>
            <span th:if="${r.certificateNumber == null}" class="badge bg-red-lt">无</span>
            <span th:if="${r.certificateNumber != null}">
              <span th:text="${r.certificateNumber}">晋执001</span>
              <span class="badge" th:if="${r.certBadge != null}" th:classappend="${r.certClass}" th:text="${r.certBadge}">有效</span>
              <div class="small text-secondary" th:text="${r.certUntil}">至 2028-01-01</div>
            </span>
          </td>
          <td><span th:text="${r.hours}">24</span> <span th:if="${r.shortfall}" class="badge bg-orange-lt">不足</span></td>
        </tr>
""";

    @Test
    @DisplayName("the officer rows from Java are the former template's HTML (badges, no certificate, shortfall, escaping, empty)")
    void sameHtml() {
        List<OfficerListRow> rows = new ArrayList<>();
        String h = ListKitRowsPin.HOSTILE;
        rows.add(new OfficerListRow("/personnel/officers/46", "严宇平", "1405**********5266", "泽州县应急管理局", null, "在执法岗位",
                "晋执05252026", "有效", "bg-green-lt", "至 2028-09-19", "24", false));
        rows.add(new OfficerListRow("/personnel/officers/7", h, h, h, h, h, h, "已过期", "bg-red-lt", "至 " + h, "1.5", true));
        rows.add(new OfficerListRow("/personnel/officers/8", "李四", "1405**********0016", "泽州县应急管理局", "执法股", "不在执法岗位",
                "晋执1", null, "bg-red-lt", "至 null", "0", true));
        rows.add(new OfficerListRow("/personnel/officers/9?a=1&b=<2>", "王五", null, null, "", "在执法岗位",
                null, null, "bg-red-lt", "至 null", "12", false));
        for (int n : new int[] {0, 1, 2, 4}) {
            List<OfficerListRow> some = rows.subList(0, n);
            assertThat(ListKitRowsPin.after(OfficerListRow.html(some))).isEqualTo(ListKitRowsPin.before(FORMER, some, Map.of()));
        }
        assertThat(OfficerListRow.html(rows)).contains("&lt;一号&gt;").doesNotContain("<一号>");
    }
}
