package cn.anjian.complaints.submissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.ListKitRowsPin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 item 7: the rows of 投诉举报与意见办理 written from Java ({@link SubmissionListRow#html}) are the HTML that the
 * page's former {@code th:each} markup rendered, character for character: overdue or not, answered or not, no due date,
 * text that needs escaping, and the empty list.
 */
class SubmissionRowsHtmlTests {

    static final String FORMER = """
        <tr th:if="${rows.isEmpty()}"><td colspan="9" class="text-secondary">没有符合条件的意见或线索</td></tr>
        <tr th:each="r : ${rows}" th:classappend="${r.overdue} ? 'table-danger'">
          <td><a th:href="@{${r.href}}" th:text="${r.trackingCode}">JD</a></td>
          <td th:text="${r.kindLabel}">意见</td>
          <td th:text="${r.title}">标题</td>
          <td th:text="${r.channelLabel}">门户网站</td>
          <td class="submitter" th:text="${r.submitter}">张*明</td>
          <td th:text="${r.agencyName}">泽州县应急管理局</td>
          <td th:text="${r.submitted}">2026-01-01</td>
          <td th:text="${r.dueDate}">2026-01-20</td>
          <td><span class="badge" th:classappend="${r.badgeClass}" th:text="${r.statusLabel}">待受理</span>
            <span th:if="${r.overdue}" class="badge bg-red-lt">已逾期</span></td>
        </tr>
""";

    @Test
    @DisplayName("the submission rows from Java are the former template's HTML (overdue, badge, no due date, escaping, empty)")
    void sameHtml() {
        List<SubmissionListRow> rows = new ArrayList<>();
        String h = ListKitRowsPin.HOSTILE;
        rows.add(new SubmissionListRow("/complaints/submissions/1", "JD20260001", "意见", "标题", "门户网站", "张*明", "泽州县应急管理局",
                "2026-01-01 09:00", "2026-01-20", "bg-blue-lt", "待受理", false));
        rows.add(new SubmissionListRow("/complaints/submissions/2?<a>&b", h, h, h, h, h, h, h, h, "bg-green-lt", h, true));
        rows.add(new SubmissionListRow("/complaints/submissions/3", "JD3", "举报", null, null, "—", null, null, null,
                "bg-blue-lt", "办理中", true));
        for (int n : new int[] {0, 1, 2, 3}) {
            List<SubmissionListRow> some = rows.subList(0, n);
            assertThat(ListKitRowsPin.after(SubmissionListRow.html(some))).isEqualTo(ListKitRowsPin.before(FORMER, some, Map.of()));
        }
        assertThat(SubmissionListRow.html(rows)).contains("&lt;一号&gt;").doesNotContain("<一号>");
    }
}
