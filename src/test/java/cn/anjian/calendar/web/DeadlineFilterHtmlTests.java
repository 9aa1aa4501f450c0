package cn.anjian.calendar.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineKind;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.internal.DeadlineQueries;
import cn.anjian.kernel.Choice;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListKitRowsPin;
import cn.anjian.kernel.PageSize;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 item 7: 期限督办's state filter written by {@code kit.options} (one expression) is the HTML of the former
 * {@code <option th:each>} (three expressions per option), character for character, for every state chosen, none and an
 * unknown or hostile value.
 */
class DeadlineFilterHtmlTests {

    static final String FORMER = """
          <select class="form-select" id="f-state" name="state">
            <option value="">进行中与已逾期</option>
            <option th:each="o : ${stateChoices}" th:value="${o.value}" th:text="${o.label}"
                    th:selected="${o.selected}">进行中</option>
          </select>
""";

    static final String NEW = """
          <select class="form-select" id="f-state" name="state">
            <option value="">进行中与已逾期</option>
            <th:block th:utext="${kit.options(stateChoices, 12)}"></th:block>
          </select>
""";

    /** The page's filter form as the template wrote it before it came from Java ({@code DeadlinePageController.Filters#html}). */
    static final String FORMER_FORM = """
<div>
      <form method="get" action="/calendar/deadlines" class="row g-2 align-items-end" id="filter-form">
        <div class="col-6 col-md-2">
          <label class="form-label" for="f-state">状态</label>
          <select class="form-select" id="f-state" name="state">
            <option value="">进行中与已逾期</option>
            <th:block th:utext="${kit.options(stateChoices, 12)}"></th:block>
          </select>
        </div>
        <div class="col-6 col-md-2">
          <label class="form-label" for="f-kind">期限类别</label>
          <select class="form-select" id="f-kind" name="kind">
            <option value="">全部</option>
            <th:block th:utext="${kit.options(kindChoices, 12)}"></th:block>
          </select>
        </div>
        <div class="col-6 col-md-2">
          <label class="form-label" for="f-from">届满日 从</label>
          <input class="form-control" type="date" id="f-from" name="dueFrom" th:value="${f.dueFrom}">
        </div>
        <div class="col-6 col-md-2">
          <label class="form-label" for="f-to">至</label>
          <input class="form-control" type="date" id="f-to" name="dueTo" th:value="${f.dueTo}">
        </div>
        <input type="hidden" name="sort" th:if="${kit.sort().param()}" th:value="${kit.sort().param()}">
        <input type="hidden" name="size" th:if="${kit.size() != 20}" th:value="${kit.size()}">
        <input type="hidden" name="unitId" th:if="${f.unitId}" th:value="${f.unitId}">
        <input type="hidden" name="jurisdictionId" th:if="${f.jurisdictionId}" th:value="${f.jurisdictionId}">
        <div class="col-12 col-md-1"><button class="btn btn-primary w-100" type="submit">筛选</button></div>
      </form>
      <p>after</p>
</div>""";

    static final String NEW_FORM = """
<div>
      <th:block th:utext="${filterHtml}"></th:block>
      <p>after</p>
</div>""";

    @Test
    @DisplayName("the filter form from Java is the former template's HTML: every state, kind, date, unit, sort and size, hostile values")
    void form() {
        List<String> states = new ArrayList<>(Arrays.asList(null, "", "x", ListKitRowsPin.HOSTILE));
        for (DeadlineState s : DeadlineState.values()) {
            states.add(s.name());
        }
        List<String> kinds = new ArrayList<>(Arrays.asList(null, "", ListKitRowsPin.HOSTILE));
        for (DeadlineKind k : DeadlineKind.values()) {
            kinds.add(k.name());
        }
        List<String> texts = Arrays.asList(null, "", "2026-03-01", "false", "off", "NO", "12", ListKitRowsPin.HOSTILE);
        List<ListControls> kits = new ArrayList<>();
        for (String sort : new String[] {null, "kind,asc", "due,desc", "urgency,asc"}) {
            for (int size : PageSize.CHOICES) {
                kits.add(ListControls.of(FilterUrl.of("/calendar/deadlines"), DeadlineQueries.SORT.parse(sort), size));
            }
        }
        int n = 0;
        for (int i = 0; i < Math.max(states.size(), kinds.size()); i++) {
            for (int j = 0; j < texts.size(); j++) {
                String state = states.get(i % states.size());
                String kind = kinds.get(i % kinds.size());
                var f = new DeadlinePageController.Filters(state, kind, texts.get(j), texts.get((j + i) % texts.size()),
                        texts.get((j + 1) % texts.size()), texts.get((j + i + 3) % texts.size()));
                ListControls kit = kits.get((i + j) % kits.size());
                List<Choice> stateChoices = Choice.of(DeadlineState.values(), DeadlineState::label, state);
                List<Choice> kindChoices = Choice.of(DeadlineKind.values(), DeadlineKind::label, kind);
                String former = ListKitRowsPin.render(FORMER_FORM, Map.of("f", f, "kit", kit, "stateChoices", stateChoices,
                        "kindChoices", kindChoices));
                assertThat(ListKitRowsPin.render(NEW_FORM, Map.of("filterHtml", f.html(stateChoices, kindChoices, kit))))
                        .as("state %s kind %s filters %s sort %s size %d", state, kind, f, kit.sort().param(), kit.size())
                        .isEqualTo(former);
                n++;
            }
        }
        assertThat(n).isGreaterThan(200);
        var f = new DeadlinePageController.Filters("OVERDUE", null, "7", null, "2026-03-01", null);
        String html = f.html(Choice.of(DeadlineState.values(), DeadlineState::label, "OVERDUE"),
                Choice.of(DeadlineKind.values(), DeadlineKind::label, null),
                ListControls.of(FilterUrl.of("/calendar/deadlines"), DeadlineQueries.SORT.parse("due,desc"), 50));
        assertThat(html).contains("<input type=\"hidden\" name=\"unitId\" value=\"7\">")
                .contains("name=\"dueFrom\" value=\"2026-03-01\">").contains("name=\"dueTo\" value=\"\">")
                .contains("<input type=\"hidden\" name=\"sort\" value=\"due,desc\">")
                .contains("<input type=\"hidden\" name=\"size\" value=\"50\">").doesNotContain("jurisdictionId");
    }

    @Test
    @DisplayName("the state options from kit.options are the former th:each's HTML for every chosen state, none and an unknown one")
    void stateOptions() {
        ListControls kit = ListControls.of(FilterUrl.of("/calendar/deadlines"), DeadlineQueries.SORT.defaults(), 20);
        List<String> values = new ArrayList<>(Arrays.asList(null, "", "x", ListKitRowsPin.HOSTILE));
        for (DeadlineState s : DeadlineState.values()) {
            values.add(s.name());
        }
        for (String state : values) {
            Map<String, Object> v = Map.of("kit", kit,
                    "stateChoices", Choice.of(DeadlineState.values(), DeadlineState::label, state));
            assertThat(ListKitRowsPin.render(NEW, v)).isEqualTo(ListKitRowsPin.render(FORMER, v));
        }
        String overdue = ListKitRowsPin.render(NEW, Map.of("kit", kit,
                "stateChoices", Choice.of(DeadlineState.values(), DeadlineState::label, DeadlineState.OVERDUE.name())));
        assertThat(overdue).contains("<option value=\"OVERDUE\" selected=\"selected\">" + DeadlineState.OVERDUE.label() + "</option>");
    }
}
