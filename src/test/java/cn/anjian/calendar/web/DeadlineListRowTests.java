package cn.anjian.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.TemplateSnippets;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineKind;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 20 item 7: 期限督办's precomputed rows render exactly what the per-cell expressions did. */
class DeadlineListRowTests {

    static final String OLD = """
            <tr th:each="r : ${items}" th:classappend="${r.d.state.name() == 'OVERDUE'} ? 'table-danger'" th:attr="data-deadline-id=${r.d.id.value}">
            <a th:if="${r.link}" th:text="${r.d.title} ?: ${r.kind.label()}"></a><span th:unless="${r.link}" th:text="${r.d.title} ?: ${r.kind.label()}"></span>
            <span th:text="${r.kind.label()}"></span><div th:if="${r.kind.basis().isPresent()}" th:text="${r.kind.basis().get()}"></div>
            <span class="badge" th:classappend="${r.d.state.name() == 'OVERDUE'} ? 'bg-red-lt' : (${r.d.state.name() == 'OPEN'} ? 'bg-blue-lt' : 'bg-secondary-lt')" th:text="${r.d.state.label()}"></span>
            <span th:if="${r.d.suspended}">已中止计时</span><span th:if="${r.d.state.name() == 'OVERDUE'}" th:text="'逾期 ' + ${r.daysOverdue} + ' 天'"></span>
            <span th:if="${r.d.wasOverdue and r.d.state.name() == 'MET'}">逾期后完成</span><div th:if="${r.d.waiveReason}" th:text="'理由：' + ${r.d.waiveReason}"></div>
            <td th:text="${r.d.period.label()}"></td><div th:if="${r.actionable and (r.d.state.name() == 'OPEN' or r.d.state.name() == 'OVERDUE')}">
            <i th:text="${'/calendar/deadlines/' + r.d.id.value + '/met'}"></i><i th:if="${r.d.state.name() == 'OPEN' and !r.d.suspended}">suspend</i>
            <i th:if="${r.d.suspended}" th:text="${'/calendar/deadlines/' + r.d.id.value + '/resume'}"></i></div></tr>""";
    static final String NEW = """
            <tr th:each="r : ${rows}" th:classappend="${r.rowClass}" th:attr="data-deadline-id=${r.id}">
            <a th:if="${r.link}" th:text="${r.title}"></a><span th:unless="${r.link}" th:text="${r.title}"></span>
            <span th:text="${r.kindLabel}"></span><div th:if="${r.basis != null}" th:text="${r.basis}"></div>
            <span class="badge" th:classappend="${r.badgeClass}" th:text="${r.stateLabel}"></span>
            <span th:if="${r.suspended}">已中止计时</span><span th:if="${r.overdueText != null}" th:text="${r.overdueText}"></span>
            <span th:if="${r.metLate}">逾期后完成</span><div th:if="${r.waiveText != null}" th:text="${r.waiveText}"></div>
            <td th:text="${r.periodLabel}"></td><div th:if="${r.manageable}">
            <i th:text="${r.metUrl}"></i><i th:if="${r.suspendable}">suspend</i>
            <i th:if="${r.suspended}" th:text="${r.resumeUrl}"></i></div></tr>""";

    static DeadlinePageController.Row row(long id, DeadlineState state, boolean suspended, boolean wasOverdue, String waive,
                                          String title, String ruleId, String link, boolean actionable) {
        DeadlineView d = new DeadlineView(new DeadlineId(id), "case", "1", ruleId, 1L, null, 1, "/1/", Period.workingDays(10),
                Instant.parse("2026-03-01T02:00:00Z"), LocalDate.parse("2026-03-13"), Instant.parse("2026-03-13T16:00:00Z"),
                state, suspended, wasOverdue, null, null, waive, 0, title);
        return new DeadlinePageController.Row(d, id, "2026-03-13 24:00 前", "2026-03-01 10:00", DeadlineKind.of(ruleId), link,
                actionable);
    }

    @Test
    @DisplayName("states, badges, the overdue days, waive reasons (Thymeleaf's truth: 'false' and 'no' hide) and actions as before")
    void rowsRenderAsBefore() {
        List<DeadlinePageController.Row> items = new ArrayList<>();
        String rule = "CASE-03";   // a kind with its own basis
        long id = 1;
        for (DeadlineState s : DeadlineState.values()) {
            for (boolean suspended : new boolean[] {false, true}) {
                items.add(row(id++, s, suspended, true, null, null, rule, "/cases/1", true));
                items.add(row(id++, s, suspended, false, "不再需要", "自定标题", "NO-SUCH-RULE", null, false));
                items.add(row(id++, s, suspended, true, "false", "", null, null, true));
                items.add(row(id++, s, suspended, false, "", null, null, "/cases/2", true));
            }
        }
        String before = TemplateSnippets.render(OLD, Map.of("items", items));
        String after = TemplateSnippets.render(NEW, Map.of("rows", DeadlineListRow.of(items)));
        assertThat(after).isEqualTo(before).contains("table-danger").contains("逾期后完成").contains("理由：不再需要");
    }
}
