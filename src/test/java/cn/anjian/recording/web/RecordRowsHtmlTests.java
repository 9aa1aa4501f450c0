package cn.anjian.recording.web;

import java.util.ArrayList;
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
 * Issue 20 item 7: the rows of 全过程记录 written from Java ({@link RecordingListRows.Record#html}) are the HTML that the
 * page's former {@code th:each} markup rendered, character for character: with and without the gap and classification
 * badges, no case number, text that needs escaping, and the empty list.
 */
class RecordRowsHtmlTests {

    static final String FORMER = """
        <tr th:if="${recordRows.isEmpty()}"><td colspan="6" class="text-secondary">没有符合条件的记录</td></tr>
        <tr th:each="r : ${recordRows}">
          <td class="text-nowrap"><a th:href="@{${r.href}}" th:text="${r.caseNumber}">案件</a></td>
          <td th:text="${r.stage}">调查取证</td>
          <td th:text="${r.kind}">录像</td>
          <td class="text-break" th:text="${r.title}">名称</td>
          <td class="small text-nowrap" th:text="${r.time}">时间</td>
          <td><span class="badge bg-orange-lt" th:if="${r.gapBadge != null}" th:text="${r.gapBadge}">中断</span>
            <span class="badge bg-yellow-lt" th:if="${r.classification != null}" th:text="${r.classification}">涉密</span></td>
        </tr>
""";

    static final String FORMER_KINDS = """
            <select class="form-select" id="f-kind" name="kind">
              <option value="">全部</option>
              <optgroup label="音像记录"><option th:each="k : ${avKinds}" th:value="${k.name()}" th:text="${k.label()}" th:selected="${q['kind'] == k.name()}">录像</option></optgroup>
              <optgroup label="文字记录"><option th:each="k : ${textKinds}" th:value="${k.name()}" th:text="${k.label()}" th:selected="${q['kind'] == k.name()}">决定书</option></optgroup>
            </select>""";

    static final String NEW_KINDS = """
            <select class="form-select" id="f-kind" name="kind">
              <option value="">全部</option>
              <optgroup label="音像记录"><th:block th:utext="${avOptions}"></th:block></optgroup>
              <optgroup label="文字记录"><th:block th:utext="${textOptions}"></th:block></optgroup>
            </select>""";

    @Test
    @DisplayName("the kind filter's options from Java are the former th:each's HTML for every kind chosen, none and an unknown one")
    void kindOptions() {
        List<String> kinds = new ArrayList<>(java.util.Arrays.asList("", "x<y"));
        for (AvKind k : AvKind.values()) {
            kinds.add(k.name());
        }
        for (TextKind k : TextKind.values()) {
            kinds.add(k.name());
        }
        for (String kind : kinds) {
            Map<String, Object> former = Map.of("q", Map.of("kind", kind), "avKinds", AvKind.values(), "textKinds", TextKind.values());
            Map<String, Object> now = Map.of("avOptions", Choice.inline(Choice.of(AvKind.values(), AvKind::label, kind)),
                    "textOptions", Choice.inline(Choice.of(TextKind.values(), TextKind::label, kind)));
            assertThat(ListKitRowsPin.render(NEW_KINDS, now)).isEqualTo(ListKitRowsPin.render(FORMER_KINDS, former));
        }
        assertThat(ListKitRowsPin.render(NEW_KINDS, Map.of("avOptions", Choice.inline(Choice.of(AvKind.values(), AvKind::label, "VIDEO")),
                "textOptions", Choice.inline(Choice.of(TextKind.values(), TextKind::label, "VIDEO")))))
                .contains("<option value=\"VIDEO\" selected=\"selected\">录像</option><option value=\"SURVEILLANCE\">");
    }

    @Test
    @DisplayName("the record rows from Java are the former template's HTML (badges, no case number, escaping, empty)")
    void sameHtml() {
        List<RecordingListRows.Record> rows = new ArrayList<>();
        String h = ListKitRowsPin.HOSTILE;
        rows.add(new RecordingListRows.Record("/recording/cases/1", "泽应急案〔2026〕1号", "调查取证", "录像", "现场检查", "2026-01-01 09:00",
                "中断 30 秒", "涉密"));
        rows.add(new RecordingListRows.Record("/recording/cases/2?<a>&b", h, h, h, h, h, null, h));
        rows.add(new RecordingListRows.Record("/recording/cases/3", null, "立案", "照片", null, null, h, null));
        rows.add(new RecordingListRows.Record("/recording/cases/4", "4", "结案", "照片", "t", "t", null, null));
        for (int n : new int[] {0, 1, 2, 4}) {
            List<RecordingListRows.Record> some = rows.subList(0, n);
            assertThat(ListKitRowsPin.after(RecordingListRows.Record.html(some)))
                    .isEqualTo(ListKitRowsPin.before(FORMER, List.of(), Map.of("recordRows", some)));
        }
        assertThat(RecordingListRows.Record.html(rows)).contains("&lt;一号&gt;").doesNotContain("<一号>");
    }
}
