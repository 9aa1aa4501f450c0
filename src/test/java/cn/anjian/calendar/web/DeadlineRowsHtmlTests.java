package cn.anjian.calendar.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineState;
import cn.anjian.kernel.ListKitRows;
import cn.anjian.kernel.ListKitRowsPin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 item 7: 期限督办's rows written from Java ({@link DeadlineListRow#html}) are the HTML that the page's former
 * {@code th:each} markup rendered, character for character, here without a CSRF token (the standalone engine adds none;
 * {@code DeadlineRowsCsrfHtmlTests} renders the forms with the request's token in the Spring context): every state,
 * suspended or not, with and without a link, basis, waive reason and actions, text that needs escaping, the empty list.
 */
class DeadlineRowsHtmlTests {

    static final String FORMER = """
        <tr th:if="${rows.isEmpty()}"><td colspan="7" class="text-secondary">没有符合条件的期限</td></tr>
        <tr th:each="r : ${rows}" th:classappend="${r.rowClass}"
            th:attr="data-deadline-id=${r.id}">
          <td><a th:if="${r.link}" th:href="@{${r.link}}" th:text="${r.title}">案卷归档</a>
            <span th:unless="${r.link}" th:text="${r.title}">案卷归档</span></td>
          <td><span th:text="${r.kindLabel}">案卷归档期限</span>
            <div class="small text-secondary text-wrap" th:if="${r.basis != null}" th:text="${r.basis}">《……》第十九条</div></td>
          <td th:text="${r.due}">2024-10-11 24:00 前</td>
          <td>
            <span class="badge" th:classappend="${r.badgeClass}"
                  th:text="${r.stateLabel}">进行中</span>
            <span th:if="${r.suspended}" class="badge bg-yellow-lt">已中止计时</span>
            <span th:if="${r.overdueText != null}" class="text-red small" th:text="${r.overdueText}">逾期 2 天</span>
            <span th:if="${r.metLate}" class="text-orange small">逾期后完成</span>
            <div th:if="${r.waiveText != null}" class="small text-secondary text-wrap" th:text="${r.waiveText}">理由</div>
          </td>
          <td th:text="${r.periodLabel}">10个工作日</td>
          <td th:text="${r.start}">2024-09-27 10:00</td>
          <td th:if="${canManage}">
            <div th:if="${r.manageable}" class="d-flex flex-wrap gap-1">
              <form method="post" th:action="@{${r.metUrl}}">
                <input type="hidden" name="back" th:value="${currentUrl}">
                <button class="btn btn-sm btn-success" type="submit">完成</button>
              </form>
              <form th:if="${r.suspendable}" method="post" class="d-flex gap-1"
                    th:action="@{${r.suspendUrl}}">
                <input type="hidden" name="back" th:value="${currentUrl}">
                <input class="form-control form-control-sm reason-input" name="reason" required maxlength="500" placeholder="中止理由">
                <button class="btn btn-sm btn-outline-warning" type="submit">中止</button>
              </form>
              <form th:if="${r.suspended}" method="post" th:action="@{${r.resumeUrl}}">
                <input type="hidden" name="back" th:value="${currentUrl}">
                <button class="btn btn-sm btn-outline-primary" type="submit">恢复计时</button>
              </form>
              <form method="post" class="d-flex gap-1" th:action="@{${r.waiveUrl}}">
                <input type="hidden" name="back" th:value="${currentUrl}">
                <input class="form-control form-control-sm reason-input" name="reason" required maxlength="500" placeholder="豁免理由（必填）">
                <button class="btn btn-sm btn-outline-danger" type="submit">豁免</button>
              </form>
            </div>
          </td>
        </tr>
""";

    static List<DeadlineListRow> rows() {
        List<DeadlinePageController.Row> items = new ArrayList<>();
        String h = ListKitRowsPin.HOSTILE;
        long id = 1;
        for (DeadlineState s : DeadlineState.values()) {
            for (boolean suspended : new boolean[] {false, true}) {
                items.add(DeadlineListRowTests.row(id++, s, suspended, true, null, null, "CASE-03", "/cases/1", true));
                items.add(DeadlineListRowTests.row(id++, s, suspended, false, h, h, "NO-SUCH-RULE", null, false));
                items.add(DeadlineListRowTests.row(id++, s, suspended, true, "false", "", null, "false", true));
                items.add(DeadlineListRowTests.row(id++, s, suspended, false, "", null, null, "/cases/2?a=1&b=<2>", true));
            }
        }
        return DeadlineListRow.of(items);
    }

    static Map<String, Object> vars(boolean canManage, String currentUrl) {
        Map<String, Object> v = new java.util.HashMap<>();
        v.put("canManage", canManage);
        v.put("currentUrl", currentUrl);
        return v;
    }

    @Test
    @DisplayName("the deadline rows from Java are the former template's HTML (states, actions, links, escaping, empty)")
    void sameHtml() {
        List<DeadlineListRow> rows = rows();
        for (boolean canManage : new boolean[] {true, false}) {
            for (String current : new String[] {"/calendar/deadlines", "/calendar/deadlines?state=OPEN&kind=" + ListKitRowsPin.HOSTILE}) {
                for (int n : new int[] {0, 1, 3, rows.size()}) {
                    List<DeadlineListRow> some = rows.subList(0, n);
                    assertThat(ListKitRowsPin.after(DeadlineListRow.html(some, canManage, current, "")))
                            .isEqualTo(ListKitRowsPin.before(FORMER, some, vars(canManage, current)));
                }
            }
        }
        assertThat(DeadlineListRow.html(rows, true, "/calendar/deadlines", ListKitRows.csrfInput("_csrf", "t<1>")))
                .contains("<input type=\"hidden\" name=\"_csrf\" value=\"t&lt;1&gt;\"/>").doesNotContain("<一号>");
    }
}
