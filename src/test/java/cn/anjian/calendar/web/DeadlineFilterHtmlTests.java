package cn.anjian.calendar.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.internal.DeadlineQueries;
import cn.anjian.kernel.Choice;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListKitRowsPin;
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
