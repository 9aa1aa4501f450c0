package cn.anjian.recording.web;

import lombok.RequiredArgsConstructor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Choice;
import cn.anjian.kernel.FilterFormHtml;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.recording.AvKind;
import cn.anjian.recording.TextKind;
import cn.anjian.recording.internal.ActivityView;
import cn.anjian.recording.internal.RecordView;
import cn.anjian.recording.internal.RecordingQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code /recordings}: the records and the enforcement activities across cases in scope, filterable, sortable,
 * by page size, keyset-paged in the default order (newest first), and exported to Excel (issue 12).
 */
@Controller
@RequiredArgsConstructor
class RecordingListController {

    static final List<String> RECORD_HEADER = List.of("案件", "阶段", "种类", "名称", "时间", "录像中断（秒）", "密级");
    static final List<String> ACTIVITY_HEADER = List.of("案件", "活动", "地点", "开始时间", "结束时间", "音像记录（条）",
            "缺少音像记录", "移交逾期");

    private final RecordingQueries queries;
    private final Cases cases;
    private final RecordingFormat format;

    @GetMapping("/recordings")
    @PreAuthorize("hasAuthority('record:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params, Model model,
                PageRefusal refusal) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String k : new String[] {"view", "kind", "gaps", "flagged", "overdue", "after"}) {
            q.put(k, params.getOrDefault(k, "").strip());
        }
        boolean activities = "activities".equals(q.get("view"));
        q.put("view", activities ? "activities" : "records");
        model.addAttribute("q", q);
        model.addAttribute("filterHtml", filterHtml(q, Choice.of(AvKind.values(), AvKind::label, q.get("kind")),
                Choice.of(TextKind.values(), TextKind::label, q.get("kind"))));
        ListSort keys = activities ? RecordingQueries.ACTIVITY_SORT : RecordingQueries.RECORD_SORT;
        refusal.render("filterError", () -> {
            ListControls kit = ListControls.of(filters(q), keys.defaults(), PageSize.DEFAULT);
            return listPage(actor, q, activities, new RecordingQueries.RecordFilter(null, false), kit, null, 0, model);
        });
        Long after = Params.optionalId("after", q.get("after"));
        RecordingQueries.RecordFilter recordFilter = recordFilter(q);
        ListSort.Sort sort = keys.parse(params.get("sort"));
        int size = PageSize.parse(params.get("size"));
        int page = Params.page(params.get("page"));
        return listPage(actor, q, activities, recordFilter, ListControls.of(filters(q), sort, size), after, page, model);
    }

    @GetMapping({"/recordings/export", "/api/v1/recordings/export"})
    @PreAuthorize("hasAuthority('record:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        Map<Long, String> numbers = new HashMap<>();
        if ("activities".equals(q.get("view"))) {
            RecordingQueries.ActivityFilter f = activityFilter(q);
            ListSort.Sort sort = RecordingQueries.ACTIVITY_SORT.parse(q.get("sort"));      // refused before the response starts
            return SheetExport.attachment("执法活动.xlsx", "执法活动", ACTIVITY_HEADER, rows -> queries.eachActivity(actor, f, sort,
                    a -> rows.add(a.caseNumber() != null ? a.caseNumber() : number(numbers, a.caseId()), a.kind().label(),
                            a.place(), Fmt.dateTime(a.startedAt()), Fmt.dateTime(a.endedAt()), a.avCount(),
                            a.missingAv() ? "是" : "", a.uploadOverdue() ? "是" : "")));
        }
        RecordingQueries.RecordFilter f = recordFilter(q);
        ListSort.Sort sort = RecordingQueries.RECORD_SORT.parse(q.get("sort"));
        return SheetExport.attachment("执法记录.xlsx", "执法记录", RECORD_HEADER, rows -> queries.eachRecord(actor, f, sort,
                r -> rows.add(number(numbers, r.caseId()), r.stage().label(), r.kindLabel(), r.title(),
                        Fmt.dateTime(r.capturedStart() != null ? r.capturedStart() : r.createdAt()), r.gapSeconds(),
                        r.classification().label())));
    }

    private String listPage(Actor actor, Map<String, String> q, boolean activities, RecordingQueries.RecordFilter recordFilter,
                            ListControls kit, Long after, int page, Model model) {
        model.addAttribute("kit", kit);
        // the overdue archives' case numbers are looked up with the rows' (one statement for both)
        List<Long> overdue = queries.overdueArchives(actor);
        RecordingQueries.Slice<?> slice;
        Map<Long, String> numbers;
        if (activities) {
            RecordingQueries.Slice<ActivityView> a = queries.activities(actor, activityFilter(q), kit.sort(), after, page, kit.size());
            numbers = caseNumbers(a.items().stream().map(ActivityView::caseId).toList(), overdue);
            model.addAttribute("activities", a);
            model.addAttribute("activityRows", RecordingListRows.activities(a.items(), numbers, format));
            slice = a;
        } else {
            RecordingQueries.Slice<RecordView> r = queries.records(actor, recordFilter, kit.sort(), after, page, kit.size());
            numbers = caseNumbers(r.items().stream().map(RecordView::caseId).toList(), overdue);
            model.addAttribute("records", r);
            List<RecordingListRows.Record> rows = RecordingListRows.records(r.items(), numbers);
            model.addAttribute("recordRows", rows);
            model.addAttribute("recordRowsHtml", RecordingListRows.Record.html(rows));
            slice = r;
        }
        boolean keyset = kit.sort().isDefault();
        String firstUrl = keyset ? (after != null ? kit.page(0) : null) : kit.prev(page);
        String nextUrl = !slice.more() ? null
                : keyset ? kit.url().with("after", slice.nextAfter()).toString() : kit.page(page + 1);
        // the footer and the export link written once here (RecordPagerHtmlTests pins the former markup)
        model.addAttribute("pagerHtml", kit.keysetPagerHtml(keyset ? (after == null ? "第 1 页" : "") : "第 " + (page + 1) + " 页",
                firstUrl, nextUrl));
        model.addAttribute("exportHtml", kit.exportHtml("/recordings/export"));
        Map<Long, String> overdueArchives = new LinkedHashMap<>();
        overdue.forEach(id -> overdueArchives.put(id, numbers.get(id)));
        model.addAttribute("overdueArchives", overdueArchives);
        return "recording/list";
    }

    /**
     * The filter form as the template's former markup rendered it (issue 20 item 7: eight expressions and two conditional
     * blocks per request; {@code RecordFilterHtmlTests} compares both), written with {@code th:utext} at six spaces.
     */
    static String filterHtml(Map<String, String> q, List<Choice> av, List<Choice> text) {
        String view = q.get("view");
        StringBuilder b = new StringBuilder(3072)
                .append("<form method=\"get\" action=\"/recordings\" class=\"row g-2 align-items-end\" id=\"filter-form\">\n"
                        + "        <input type=\"hidden\" name=\"view\"").append(FilterFormHtml.value(view)).append(">\n        ");
        if ("records".equals(view)) {
            b.append("\n          <div class=\"col-12 col-md-4\">\n"
                            + "            <label class=\"form-label\" for=\"f-kind\">种类</label>\n"
                            + "            <select class=\"form-select\" id=\"f-kind\" name=\"kind\">\n"
                            + "              <option value=\"\">全部</option>\n"
                            + "              <optgroup label=\"音像记录\">").append(Choice.inline(av))
                    .append("</optgroup>\n              <optgroup label=\"文字记录\">").append(Choice.inline(text))
                    .append("</optgroup>\n            </select>\n          </div>\n"
                            + "          <div class=\"col-12 col-md-4\"><label class=\"form-check\"><input class=\"form-check-input\" "
                            + "type=\"checkbox\" name=\"gaps\" value=\"true\"").append(FilterFormHtml.checked("true".equals(q.get("gaps"))))
                    .append("> 仅显示录像中断（超过容差）</label></div>\n        ");
        }
        b.append("\n        ");
        if ("activities".equals(view)) {
            b.append("\n          <div class=\"col-12 col-md-4\"><label class=\"form-check\"><input class=\"form-check-input\" "
                            + "type=\"checkbox\" name=\"flagged\" value=\"true\"").append(FilterFormHtml.checked("true".equals(q.get("flagged"))))
                    .append("> 仅显示缺少音像记录</label></div>\n"
                            + "          <div class=\"col-12 col-md-4\"><label class=\"form-check\"><input class=\"form-check-input\" "
                            + "type=\"checkbox\" name=\"overdue\" value=\"true\"").append(FilterFormHtml.checked("true".equals(q.get("overdue"))))
                    .append("> 仅显示移交逾期</label></div>\n        ");
        }
        return b.append("\n        <div class=\"col-12 col-md-2\"><button class=\"btn btn-primary w-100\" type=\"submit\">筛选</button></div>\n"
                + "      </form>").toString();
    }

    static RecordingQueries.RecordFilter recordFilter(Map<String, String> q) {
        String kind = q.get("kind") == null || q.get("kind").isBlank() ? null : q.get("kind").strip();
        if (kind != null && !validKind(kind)) {
            throw BusinessException.badInput("BAD-PARAMETER", "记录种类“" + Params.abbreviate(kind) + "”无效");
        }
        return new RecordingQueries.RecordFilter(kind, "true".equals(q.get("gaps")));
    }

    static RecordingQueries.ActivityFilter activityFilter(Map<String, String> q) {
        return new RecordingQueries.ActivityFilter("true".equals(q.get("flagged")), "true".equals(q.get("overdue")));
    }

    /** The list's filters (not the cursor), kept in its pager, sort, size and export links. */
    static FilterUrl filters(Map<String, String> q) {
        FilterUrl url = FilterUrl.of("/recordings").with("view", "activities".equals(q.get("view")) ? "activities" : null);
        return "activities".equals(q.get("view"))
                ? url.with("flagged", q.get("flagged")).with("overdue", q.get("overdue"))
                : url.with("kind", q.get("kind")).with("gaps", q.get("gaps"));
    }

    private static boolean validKind(String kind) {
        for (AvKind k : AvKind.values()) {
            if (k.name().equals(kind)) {
                return true;
            }
        }
        for (TextKind k : TextKind.values()) {
            if (k.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    private String number(Map<Long, String> cache, long caseId) {
        return cache.computeIfAbsent(caseId, k -> cases.find(k).map(CaseRef::caseNumber).orElse(""));
    }

    /** The case numbers of the rows' and the other ids' cases, in one query ("案件 id" for a case not found). */
    private Map<Long, String> caseNumbers(List<Long> ids, List<Long> more) {
        java.util.Set<Long> all = new java.util.HashSet<>(ids);
        all.addAll(more);
        Map<Long, String> found = all.isEmpty() ? Map.of() : cases.numbers(all);
        Map<Long, String> numbers = new LinkedHashMap<>();
        for (Long id : all) {
            numbers.put(id, found.getOrDefault(id, "案件 " + id));
        }
        return numbers;
    }
}
