package cn.anjian.personnel.officers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Choice;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListKitRowsPin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 item 7: the parts of 执法人员与证件 now written from Java are the HTML of the page's former markup, character
 * for character: the 应调离执法岗位 rows (overdue or not, escaping) and the certificate and post filters' options (every
 * value selected in turn, none, an unknown one).
 */
class OfficerPageHtmlTests {

    static final String FORMER_CASES = """
<table>
        <tbody>
        <tr th:each="c : ${cases}" th:classappend="${c.overdue} ? 'table-danger'">
          <td><a th:href="@{/personnel/officers/{id}(id=${c.personId})}" th:text="${c.personName}">张三</a></td>
          <td th:text="${c.causeLabel}">吊销</td>
          <td th:text="${c.openedOn}">2025-03-04</td>
          <td th:text="${c.dueDate}">2025-03-14</td>
          <td><span class="badge" th:classappend="${c.overdue} ? 'bg-red-lt' : 'bg-blue-lt'" th:text="${c.overdue} ? '已逾期' : '进行中'">进行中</span></td>
        </tr>
        </tbody>
</table>""";

    static final String NEW_CASES = """
<table>
        <tbody>
        <th:block th:utext="${postCasesHtml}"></th:block>
        </tbody>
</table>""";

    static final String FORMER_FILTERS = """
          <select class="form-select" id="f-cert" name="certificate">
            <option value="">全部</option>
            <option value="VALID" th:selected="${q['certificate'] == 'VALID'}">今日有效</option>
            <option value="EXPIRED" th:selected="${q['certificate'] == 'EXPIRED'}">已过期</option>
            <option value="NONE" th:selected="${q['certificate'] == 'NONE'}">无有效证件</option>
            <option th:each="o : ${statusChoices}" th:value="${o.value}" th:text="${o.label}"
                    th:selected="${o.selected}">暂扣</option>
          </select>
          <select class="form-select" id="f-post" name="post">
            <option value="">全部</option>
            <option value="ON_POST" th:selected="${q['post'] == 'ON_POST'}">在执法岗位</option>
            <option value="OFF_POST" th:selected="${q['post'] == 'OFF_POST'}">不在执法岗位</option>
          </select>
""";

    static final String NEW_FILTERS = """
          <select class="form-select" id="f-cert" name="certificate">
            <option value="">全部</option>
            <th:block th:utext="${kit.options(certificateChoices, 12)}"></th:block>
          </select>
          <select class="form-select" id="f-post" name="post">
            <option value="">全部</option>
            <th:block th:utext="${kit.options(postChoices, 12)}"></th:block>
          </select>
""";

    @Test
    @DisplayName("the 应调离执法岗位 rows from Java are the former th:each's HTML (overdue or not, escaping, one to three rows)")
    void postCases() {
        List<PostCaseView> cases = new ArrayList<>();
        cases.add(new PostCaseView(1, 46, "严宇平", "REVOKED", "执法证被吊销", LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 14), 9,
                null, false));
        cases.add(new PostCaseView(2, 7, ListKitRowsPin.HOSTILE, "NONE", ListKitRowsPin.HOSTILE, LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 1, 10), 10, null, true));
        cases.add(new PostCaseView(3, 123456789012L, "李四", "CANCELLED", "执法证被注销", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 11), 11, null, false));
        for (int n = 1; n <= cases.size(); n++) {
            List<PostCaseView> some = cases.subList(0, n);
            assertThat(ListKitRowsPin.render(NEW_CASES, Map.of("postCasesHtml", OfficerListRow.postCasesHtml(some))))
                    .isEqualTo(ListKitRowsPin.render(FORMER_CASES, Map.of("cases", some)));
        }
        assertThat(OfficerListRow.postCasesHtml(cases)).contains("table-danger").contains("&lt;一号&gt;");
    }

    @Test
    @DisplayName("the certificate and post filters' options are the former markup's for every chosen value")
    void filterOptions() {
        ListControls kit = ListControls.of(FilterUrl.of("/personnel/officers"), OfficerReports.SORT.defaults(), 20);
        String[] certificates = {null, "", "VALID", "EXPIRED", "NONE", "SUSPENDED", "REVOKED", "CANCELLED", "RETURNED", "x<y"};
        String[] posts = {null, "ON_POST", "OFF_POST", "x"};
        for (String cert : certificates) {
            for (String post : posts) {
                Map<String, String> q = new HashMap<>();
                q.put("certificate", cert);
                q.put("post", post);
                Map<String, Object> former = Map.of("q", q, "statusChoices", Choice.of(cn.anjian.personnel.CertificateStatus.values(),
                        s -> "有" + s.label() + "证件", cert));
                Map<String, Object> now = Map.of("kit", kit, "certificateChoices", OfficerPageController.certificateChoices(cert),
                        "postChoices", OfficerPageController.postChoices(post));
                assertThat(ListKitRowsPin.render(NEW_FILTERS, now)).isEqualTo(ListKitRowsPin.render(FORMER_FILTERS, former));
            }
        }
        assertThat(ListKitRowsPin.render(NEW_FILTERS, Map.of("kit", kit, "certificateChoices",
                OfficerPageController.certificateChoices("NONE"), "postChoices", OfficerPageController.postChoices(null))))
                .contains("<option value=\"NONE\" selected=\"selected\">无有效证件</option>");
    }
}
