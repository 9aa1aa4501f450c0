package cn.anjian.enforcement.cases.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.anjian.TemplateSnippets;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.cases.CaseRow;
import cn.anjian.kernel.Choice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 20 item 7: the case list's precomputed rows and options render exactly what the per-cell expressions did. */
class CaseListRowTests {

    static final String OLD = """
            <tr th:each="r : ${items}"><td th:text="${r.title}"></td><span th:if="${r.overdue}">超期</span>\
            <td th:text="${r.caseNumber}"></td><td th:text="${r.stage.label()}"></td><td th:text="${r.kind.label()}"></td>\
            <td th:text="${r.partyName}"></td><td th:text="${r.source.label()}"></td><td th:text="${r.unitName ?: '—'}"></td>\
            <td th:text="${dates.minutes(r.openedAt)}"></td><td th:text="${'/cases/' + r.id}"></td></tr>""";
    static final String NEW = """
            <tr th:each="r : ${rows}"><td th:text="${r.title}"></td><span th:if="${r.overdue}">超期</span>\
            <td th:text="${r.caseNumber}"></td><td th:text="${r.stage}"></td><td th:text="${r.kind}"></td>\
            <td th:text="${r.party}"></td><td th:text="${r.source}"></td><td th:text="${r.unit}"></td>\
            <td th:text="${r.opened}"></td><td th:text="${r.href}"></td></tr>""";

    @Test
    @DisplayName("a case row shows the same labels, dash for a missing or empty unit, Beijing time and link as before")
    void rowsRenderAsBefore() {
        Instant at = Instant.parse("2026-03-04T17:05:00Z");   // 01:05 the next day in Beijing
        List<CaseRow> items = List.of(
                new CaseRow(7, "泽应急案〔2026〕1号", "某煤业 <检查>", CaseKind.PENALTY, CaseStage.INVESTIGATION,
                        CaseSource.COMPLAINT, "某煤业", "执法一科", at, null, true),
                new CaseRow(8, "泽应急案〔2026〕2号", "无科室", CaseKind.values()[0], CaseStage.values()[0],
                        CaseSource.values()[0], null, null, at, at, false),
                new CaseRow(9, "泽应急案〔2026〕3号", "空科室", CaseKind.values()[0], CaseStage.values()[0],
                        CaseSource.values()[0], "", "", at, at, false));
        String before = TemplateSnippets.render(OLD, Map.of("items", items, "dates", new CaseDetailPage.Fmt()));
        String after = TemplateSnippets.render(NEW, Map.of("rows", CaseListing.Row.of(items)));
        assertThat(after).isEqualTo(before).contains("—").contains("2026-03-05 01:05").contains("&lt;检查&gt;");
    }

    @Test
    @DisplayName("the filter's options mark the chosen value as the old comparison did")
    void optionsRenderAsBefore() {
        String old = """
                <option th:each="k : ${kinds}" th:value="${k.name()}" th:text="${k.label()}" th:selected="${q['kind'] == k.name()}">x</option>""";
        String now = """
                <option th:each="o : ${choices}" th:value="${o.value}" th:text="${o.label}" th:selected="${o.selected}">x</option>""";
        for (String chosen : new String[] {"", "PENALTY", "nonsense"}) {
            String before = TemplateSnippets.render(old, Map.of("kinds", CaseKind.values(), "q", Map.of("kind", chosen)));
            String after = TemplateSnippets.render(now, Map.of("choices", Choice.of(CaseKind.values(), CaseKind::label, chosen)));
            assertThat(after).isEqualTo(before);
        }
        assertThat(TemplateSnippets.render(now, Map.of("choices", Choice.of(CaseKind.values(), CaseKind::label, "PENALTY"))))
                .contains("selected=\"selected\"");
    }
}
