package cn.anjian.recording.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Choice;
import cn.anjian.kernel.ListKitRowsPin;
import cn.anjian.recording.AvKind;
import cn.anjian.recording.TextKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 item 7: the filter form of 全过程记录 written from Java ({@link RecordingListController#filterHtml}) is the HTML
 * that the template's former form rendered, character for character: both views (and neither), every kind, each
 * checkbox on and off, and values that need escaping.
 */
class RecordFilterHtmlTests {

    static final String FORMER = """
<div>
      <form method="get" action="/recordings" class="row g-2 align-items-end" id="filter-form">
        <input type="hidden" name="view" th:value="${q['view']}">
        <th:block th:if="${q['view'] == 'records'}">
          <div class="col-12 col-md-4">
            <label class="form-label" for="f-kind">种类</label>
            <select class="form-select" id="f-kind" name="kind">
              <option value="">全部</option>
              <optgroup label="音像记录"><th:block th:utext="${avOptions}"></th:block></optgroup>
              <optgroup label="文字记录"><th:block th:utext="${textOptions}"></th:block></optgroup>
            </select>
          </div>
          <div class="col-12 col-md-4"><label class="form-check"><input class="form-check-input" type="checkbox" name="gaps" value="true" th:checked="${q['gaps'] == 'true'}"> 仅显示录像中断（超过容差）</label></div>
        </th:block>
        <th:block th:if="${q['view'] == 'activities'}">
          <div class="col-12 col-md-4"><label class="form-check"><input class="form-check-input" type="checkbox" name="flagged" value="true" th:checked="${q['flagged'] == 'true'}"> 仅显示缺少音像记录</label></div>
          <div class="col-12 col-md-4"><label class="form-check"><input class="form-check-input" type="checkbox" name="overdue" value="true" th:checked="${q['overdue'] == 'true'}"> 仅显示移交逾期</label></div>
        </th:block>
        <div class="col-12 col-md-2"><button class="btn btn-primary w-100" type="submit">筛选</button></div>
      </form>
      <p>after</p>
</div>""";

    static final String NEW = """
<div>
      <th:block th:utext="${filterHtml}"></th:block>
      <p>after</p>
</div>""";

    @Test
    @DisplayName("the filter form from Java is the former template's HTML for both views, every kind and checkbox, hostile values")
    void sameHtml() {
        List<String> kinds = new ArrayList<>(Arrays.asList("", ListKitRowsPin.HOSTILE));
        for (AvKind k : AvKind.values()) {
            kinds.add(k.name());
        }
        for (TextKind k : TextKind.values()) {
            kinds.add(k.name());
        }
        List<String> flags = Arrays.asList("true", "", "TRUE", ListKitRowsPin.HOSTILE);
        int n = 0;
        for (String view : new String[] {"records", "activities", "", ListKitRowsPin.HOSTILE}) {
            for (int i = 0; i < kinds.size(); i++) {
                for (int j = 0; j < flags.size(); j++) {
                    Map<String, String> q = new HashMap<>();
                    q.put("view", view);
                    q.put("kind", kinds.get(i));
                    q.put("gaps", flags.get(j));
                    q.put("flagged", flags.get((i + j) % flags.size()));
                    q.put("overdue", flags.get((i + j + 1) % flags.size()));
                    List<Choice> av = Choice.of(AvKind.values(), AvKind::label, q.get("kind"));
                    List<Choice> text = Choice.of(TextKind.values(), TextKind::label, q.get("kind"));
                    String former = ListKitRowsPin.render(FORMER, Map.of("q", q, "avOptions", Choice.inline(av), "textOptions", Choice.inline(text)));
                    assertThat(ListKitRowsPin.render(NEW, Map.of("filterHtml", RecordingListController.filterHtml(q, av, text))))
                            .as("%s", q).isEqualTo(former);
                    n++;
                }
            }
        }
        assertThat(n).isGreaterThan(200);
        Map<String, String> q = Map.of("view", "activities", "flagged", "true", "overdue", "");
        assertThat(RecordingListController.filterHtml(q, List.of(), List.of()))
                .contains("name=\"flagged\" value=\"true\" checked=\"checked\"> 仅显示缺少音像记录")
                .contains("name=\"overdue\" value=\"true\"> 仅显示移交逾期").doesNotContain("f-kind");
    }
}
