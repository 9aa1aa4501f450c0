package cn.anjian.legalreview.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.anjian.kernel.ListKitRowsPin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 item 7: the rows of 法制审核 written from Java ({@link ReviewListRow#html}) are the HTML that the page's former
 * {@code th:each} markup rendered, character for character: each badge on and off, every round, no submitter, the system,
 * text and links that need escaping, 0 to 5 rows (the empty list). The former markup called {@code @people.name} on the
 * submitter's display name; the standalone engine has no beans, so {@code people} here is {@link FormerNames}, the bean's
 * answer for a value that is no login name (what a display name is) — the one statement per name it ran is what went.
 */
class ReviewRowsHtmlTests {

    static final String FORMER = """
        <tr th:if="${rows.isEmpty()}"><td colspan="7" class="text-secondary">没有符合条件的法制审核</td></tr>
        <tr th:each="r : ${rows}">
          <td th:text="${r.caseNumber}">案号</td>
          <td><a th:href="@{${r.href}}" th:text="${r.caseTitle}">案件</a>
            <span th:if="${r.major}" class="badge bg-red-lt">重大</span>
            <span th:if="${r.roundBadge != null}" class="badge bg-yellow-lt" th:text="${r.roundBadge}">复核</span></td>
          <td><span class="badge bg-blue-lt" th:text="${r.status}">审核中</span>
            <span th:if="${r.discussed}" class="badge bg-green-lt">已集体讨论</span></td>
          <td th:text="${r.due}">2026-01-01</td>
          <td th:text="${r.outcome}">同意</td>
          <td th:text="${r.opinionNumber}">文号</td>
          <td><span th:text="${r.submitted}">2026-01-01</span> <span class="text-secondary" th:text="${people.name(r.submittedBy)}">张三</span></td>
        </tr>
""";

    /** {@code PeopleNames.name} for a value that is no account's login name (no database here). */
    public static final class FormerNames {
        private static final Pattern LOGIN_LIKE = Pattern.compile("[A-Za-z0-9_.@-]+");

        public String name(String username) {
            if (username == null || username.isBlank()) {
                return "—";
            }
            if ("system".equals(username)) {
                return "系统";
            }
            return LOGIN_LIKE.matcher(username).matches() ? "未登记的账户" : username;
        }
    }

    @Test
    @DisplayName("the review rows from Java are the former template's HTML (badges, rounds, names, escaping, empty)")
    void sameHtml() {
        String h = ListKitRowsPin.HOSTILE;
        List<ReviewListRow> rows = new ArrayList<>();
        rows.add(row("晋应急罚〔2026〕1号", "/legal-review/1", "某煤矿超层越界", true, 1, "审核中", false, "2026-01-15", "—", "—",
                "2026-01-02 09:30", "张伟"));
        rows.add(row(h, "/legal-review/2?<a>&b", h, false, 2, h, true, h, h, h, h, h));
        rows.add(row("—", "/legal-review/3", null, true, 3, "已通过", true, "—", "同意", "晋应急法审〔2026〕3号", "2026-01-03 10:00",
                null));
        rows.add(row("3", "/legal-review/4", "t", false, 1, "退回", false, "", "不同意", "", "2026-01-04 00:00", "system"));
        rows.add(row("5", "/legal-review/5", "t", false, 2, "退回", false, "", "不同意", "", "2026-01-05 00:00", " "));
        // the former markup read the name as the statement gave it; the new rows carry it as shown
        List<ReviewListRow> former = rows;
        List<ReviewListRow> shown = rows.stream().map(r -> new ReviewListRow(r.caseNumber(), r.href(), r.caseTitle(), r.major(),
                r.roundBadge(), r.status(), r.discussed(), r.due(), r.outcome(), r.opinionNumber(), r.submitted(),
                ReviewListRow.submitter(r.submittedBy()))).toList();
        for (int n : new int[] {0, 1, 2, 3, 5}) {
            assertThat(ListKitRowsPin.after(ReviewListRow.html(shown.subList(0, n))))
                    .isEqualTo(ListKitRowsPin.before(FORMER, former.subList(0, n), Map.of("people", new FormerNames())));
        }
        rows = shown;
        assertThat(ReviewListRow.html(rows)).contains("&lt;一号&gt;").doesNotContain("<一号>").contains(">系统<").contains(">—<");
    }

    @Test
    @DisplayName("a display name of Latin letters only is shown as it is (the former second lookup hid it as 未登记的账户)")
    void latinName() {
        assertThat(ReviewListRow.submitter("Alice")).isEqualTo("Alice");
        assertThat(ReviewListRow.submitter("张伟")).isEqualTo("张伟");
        assertThat(ReviewListRow.submitter(null)).isEqualTo("—");
    }

    private static ReviewListRow row(String number, String href, String title, boolean major, int round, String status,
                                     boolean discussed, String due, String outcome, String opinion, String submitted,
                                     String submittedBy) {
        return new ReviewListRow(number, href, title, major, round > 1 ? (round == 2 ? "复核" : "报主要负责人") : null, status,
                discussed, due, outcome, opinion, submitted, submittedBy);
    }
}
