package cn.anjian.enforcement.cases.web;

import java.util.HashMap;
import java.util.Map;

import cn.anjian.kernel.ListKitRowsPin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 item 7: the case list's tabs (全部案件 / 我的案件), the notice of an account without a person and the form's
 * hidden "mine" field, written from Java ({@link CaseListing#tabsHtml}, {@link CaseListing#mineHiddenHtml}), are the HTML
 * that the former fragments ({@code enforcement/cases/my-cases-tabs}, kept here) rendered into the page, character for
 * character: every value of "mine" (none, true, another), linked or not.
 */
class CaseTabsHtmlTests {

    /** The former fragments, as they stood in my-cases-tabs.html. */
    static final String FORMER_TABS = """
<ul th:fragment="tabs" class="nav nav-tabs mb-3" id="case-tabs">
  <li class="nav-item"><a class="nav-link" th:classappend="${q['mine'] != 'true'} ? 'active'"
                          th:attr="aria-current=${q['mine'] != 'true'} ? 'page'" th:href="@{/cases}">全部案件</a></li>
  <li class="nav-item"><a class="nav-link" id="tab-mine" th:classappend="${q['mine'] == 'true'} ? 'active'"
                          th:attr="aria-current=${q['mine'] == 'true'} ? 'page'" th:href="@{/cases(mine=true)}">我的案件</a></li>
</ul>
""";
    static final String FORMER_UNLINKED = """
<div th:if="${q['mine'] == 'true' and !myPersonLinked}" class="alert alert-info" role="note" id="mine-unlinked">
  您的登录账户尚未关联人员档案，请人事部门在人员信息页关联后再查看“我的案件”。
</div>
""";
    static final String FORMER_HIDDEN = """
<input type="hidden" name="mine" value="true" th:if="${q['mine'] == 'true'}">
""";

    /** The page's lines around them, the former way (the fragments inlined where th:replace put them) and the new. */
    static final String FORMER_PAGE = "  " + FORMER_TABS.strip() + "\n  " + FORMER_UNLINKED.strip() + "\n  <div>\n        "
            + FORMER_HIDDEN.strip() + "\n  </div>\n";
    static final String NEW_PAGE = """
  <th:block th:utext="${tabsHtml}"></th:block>
  <div>
        <th:block th:utext="${mineHiddenHtml}"></th:block>
  </div>
""";

    @Test
    @DisplayName("the tabs, the unlinked notice and the hidden field from Java are the former fragments' HTML")
    void sameHtml() {
        for (String mine : new String[] {null, "", "true", "false", "TRUE"}) {
            for (boolean linked : new boolean[] {true, false}) {
                Map<String, String> q = new HashMap<>();
                q.put("mine", mine);
                Map<String, Object> former = Map.of("q", q, "myPersonLinked", linked);
                boolean m = "true".equals(mine);
                Map<String, Object> now = Map.of("tabsHtml", CaseListing.tabsHtml(m, linked),
                        "mineHiddenHtml", CaseListing.mineHiddenHtml(m));
                String expected = ListKitRowsPin.render(FORMER_PAGE, former);
                assertThat(ListKitRowsPin.render(NEW_PAGE, now)).isEqualTo(expected);
            }
        }
    }
}
