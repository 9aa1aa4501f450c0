package cn.anjian.enforcement.cases.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.enforcement.cases.CaseFilter;
import cn.anjian.enforcement.cases.CaseList;
import cn.anjian.enforcement.cases.CasePage;
import cn.anjian.enforcement.cases.CaseRow;
import cn.anjian.enforcement.cases.Dates;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListKitRows;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The case list's sort, page size and Excel export, shared by the page ({@code /cases}) and the API
 * ({@code /api/v1/cases}): the default order pages by keyset ({@code after}/{@code before}), any other by
 * {@code page}; the export writes every case of the filter in the chosen order.
 */
final class CaseListing {

    static final String[] FILTER_KEYS = {"kind", "stage", "source", "unit", "party", "from", "to", "overdue", "mine"};
    static final List<String> HEADER = List.of("案号", "案件名称", "案件类型", "阶段", "来源", "当事人", "承办科室",
            "立案时间", "办理期限", "是否超期");

    private CaseListing() {
    }

    /**
     * A line of the page as it shows, computed once in Java (issue 20 item 7: labels, the date and the link were
     * interpreted SpEL calls and a parameterised link per cell); the HTML is the same as the per-cell expressions gave.
     * Public, so that the SpEL compiler can compile {@code ${r.title}} (it compiles only public members of public types).
     */
    public record Row(String href, String title, boolean overdue, String caseNumber, String stage, String kind, String party,
               String source, String unit, String opened) {

        static List<Row> of(List<CaseRow> rows) {
            List<Row> out = new ArrayList<>(rows.size());
            for (CaseRow r : rows) {
                out.add(new Row("/cases/" + r.id(), r.title(), r.overdue(), r.caseNumber(), r.stage().label(),
                        r.kind().label(), r.partyName(), r.source().label(), elvis(r.unitName()),
                        Dates.minutes(r.openedAt())));
            }
            return out;
        }

        /** The rows as the page writes them ({@link ListKitRows}; {@code CaseRowsHtmlTests} pins the former markup). */
        static String html(List<Row> rows) {
            return ListKitRows.of(rows, "\n        ",
                    "<tr><td colspan=\"7\" class=\"text-secondary\">没有符合条件的案件</td></tr>", Row::append);
        }

        private void append(StringBuilder b) {
            b.append("<tr>\n          <td><a href=\"").append(esc(href)).append("\">").append(esc(title)).append("</a>\n            ");
            if (overdue) {
                b.append("<span class=\"badge bg-red-lt ms-1\">超期</span>");
            }
            b.append("\n            <div class=\"small text-secondary text-nowrap\">").append(esc(caseNumber))
                    .append("</div></td>\n          <td class=\"text-nowrap\"><span class=\"badge bg-blue-lt\">").append(esc(stage))
                    .append("</span></td>\n          <td class=\"text-nowrap\">").append(esc(kind))
                    .append("</td>\n          <td>").append(esc(party))
                    .append("</td>\n          <td class=\"text-nowrap\">").append(esc(source))
                    .append("</td>\n          <td>").append(esc(unit))
                    .append("</td>\n          <td class=\"text-nowrap\">").append(esc(opened)).append("</td>\n        </tr>");
        }

        private static String esc(String s) {
            return ListKitRows.esc(s);
        }

        /** SpEL's {@code ?: '—'}: null and the empty text both give the dash. */
        private static String elvis(String s) {
            return s == null || s.isEmpty() ? "—" : s;
        }
    }

    /** One page in the requested order and size (parsed here: 400 on a bad sort, size, page or cursor). */
    static CasePage page(CaseList list, Actor actor, CaseFilter filter, Map<String, String> params,
                         ListSort.Sort sort, int size) {
        if (sort.isDefault()) {
            return list.list(actor, filter, params.get("after"), params.get("before"), size);
        }
        return list.sorted(actor, filter, sort, Params.page(params.get("page")), size);
    }

    static ListControls controls(Map<String, String> q, ListSort.Sort sort, int size) {
        FilterUrl url = FilterUrl.of("/cases");
        for (String k : FILTER_KEYS) {
            url = url.with(k, q.get(k));
        }
        return ListControls.of(url, sort, size);
    }

    /** The neighbour page's link: a cursor in the default order, a page number in any other. */
    static String link(ListControls kit, String cursorOrPage, boolean next) {
        if (cursorOrPage == null) {
            return null;
        }
        if (!kit.sort().isDefault()) {
            return kit.page(Integer.parseInt(cursorOrPage));
        }
        return kit.url().with(next ? "after" : "before", cursorOrPage).toString();
    }

    static int size(Map<String, String> params) {
        return PageSize.parse(params.get("size"));
    }

    /** The export: filters and sort checked before the response starts (400), rows streamed. */
    static ResponseEntity<StreamingResponseBody> export(CaseList list, Actor actor, Map<String, String> params) {
        CaseFilter filter = CaseForms.filter(params);
        CaseList.check(filter);
        ListSort.Sort sort = CaseList.SORT.parse(params.get("sort"));
        return SheetExport.attachment("执法案件.xlsx", "执法案件", HEADER, rows -> list.each(actor, filter, sort,
                r -> rows.add(r.caseNumber(), r.title(), r.kind().label(), r.stage().label(), r.source().label(),
                        r.partyName(), r.unitName(), Dates.minutes(r.openedAt()),
                        r.dueAt() == null ? null : Dates.minutes(r.dueAt()), r.overdue() ? "是" : "否")));
    }

    /**
     * The tabs 全部案件 / 我的案件 and, with 我的案件 on an account without a person, the notice (the page's HTML as the
     * former {@code my-cases-tabs} fragments wrote it: {@code CaseTabsHtmlTests}); nothing here needs escaping.
     */
    static String tabsHtml(boolean mine, boolean linked) {
        String current = " aria-current=\"page\"";
        String tabs = "<ul class=\"nav nav-tabs mb-3\" id=\"case-tabs\">\n"
                + "  <li class=\"nav-item\"><a class=\"nav-link" + (mine ? "" : " active") + "\" href=\"/cases\""
                + (mine ? "" : current) + ">全部案件</a></li>\n"
                + "  <li class=\"nav-item\"><a class=\"nav-link" + (mine ? " active" : "") + "\" id=\"tab-mine\" href=\"/cases?mine=true\""
                + (mine ? current : "") + ">我的案件</a></li>\n</ul>";
        return tabs + "\n  " + (mine && !linked ? """
                <div class="alert alert-info" role="note" id="mine-unlinked">
                  您的登录账户尚未关联人员档案，请人事部门在人员信息页关联后再查看“我的案件”。
                </div>""" : "");
    }

    /** The filter form's hidden field that keeps 我的案件 (as the former fragment wrote it). */
    static String mineHiddenHtml(boolean mine) {
        return mine ? "<input type=\"hidden\" name=\"mine\" value=\"true\">" : "";
    }
}
