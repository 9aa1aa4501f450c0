package cn.anjian.publicity.notices;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Choice;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListKitRows;
import cn.anjian.kernel.PageSize;
import cn.anjian.publicity.portal.PublicLayoutBytes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

/**
 * The public notices list written from Java (issue 14: an uncached list page cost ≈ 4 ms of JVM, a fifth of it
 * Thymeleaf and SpEL for the layout, filter form and footer, another sixth the writer's char → byte encoding). The page
 * is what {@code publicity/public-layout} with the former {@code publicity/notices} template rendered, byte for byte
 * ({@code PublicNoticeListHtmlTests} renders the former template — kept in the test resources — with the same model):
 * the constant chrome before and after the list kept as UTF-8 bytes, the filter's options kept with the agencies' list
 * (by the portal's revision, {@link PublicNoticeQueries#ownerOptions}), the list's links built from the filters' URL
 * encoded once. It is also the view of the refused filter (the bean's name is the former template's: {@link #NAME}).
 */
@Component(NoticeListView.NAME)
class NoticeListView implements View {

    static final String NAME = "publicity/notices";

    @Override
    public String getContentType() {
        return PublicLayoutBytes.contentType();
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest req, HttpServletResponse res) throws IOException {
        PublicNoticeController.Filters f = (PublicNoticeController.Filters) model.get("f");
        ListControls kit = (ListControls) model.get("kit");
        PublicNoticeQueries.Page result = (PublicNoticeQueries.Page) model.get("result");
        Object error = model.get("filterError");
        PublicLayoutBytes.write(res, HEAD, middle(f, (String) model.get("ownerOptions"), (String) model.get("kindOptions"),
                error == null ? null : error.toString(), kit, result, (String) model.get("rows")));
    }

    /** The layout and the page up to the filter's agency options. */
    private static final byte[] HEAD = PublicLayoutBytes.head("公告", """
              <div class="card mb-3">
                <div class="card-body">
                  <form method="get" action="/public/notices" class="row g-2 align-items-end" id="filter-form">
                    <div class="col-12 col-md-3">
                      <label class="form-label" for="f-agency">发布部门</label>
                      <select class="form-select" id="f-agency" name="agencyId">
                        <option value="">全部</option>
            """ + "            ");

    /** From the agency options to the pager (all that depends on the request), as the former template wrote it. */
    static String middle(PublicNoticeController.Filters f, String ownerOptions, String kindOptions, String error,
                         ListControls kit, PublicNoticeQueries.Page result, String rows) {
        Links links = new Links(f.url().toString()); // the filters encoded once; sort, size and page appended
        String sort = kit.sort().param();
        Integer size = kit.size() == PageSize.DEFAULT ? null : kit.size();
        StringBuilder b = new StringBuilder(6144 + ownerOptions.length() + rows.length());
        b.append(ownerOptions).append("\n          </select>\n        </div>\n        <div class=\"col-12 col-md-3\">\n")
                .append("          <label class=\"form-label\" for=\"f-kind\">类别</label>\n")
                .append("          <select class=\"form-select\" id=\"f-kind\" name=\"kind\">\n")
                .append("            <option value=\"\">全部</option>\n            ").append(kindOptions)
                .append("\n          </select>\n        </div>\n        <div class=\"col-6 col-md-2\">\n")
                .append("          <label class=\"form-label\" for=\"f-from\">发布日期 从</label>\n")
                .append("          <input class=\"form-control\" type=\"date\" id=\"f-from\" name=\"from\" value=\"").append(esc(f.from()))
                .append("\">\n        </div>\n        <div class=\"col-6 col-md-2\">\n")
                .append("          <label class=\"form-label\" for=\"f-to\">至</label>\n")
                .append("          <input class=\"form-control\" type=\"date\" id=\"f-to\" name=\"to\" value=\"").append(esc(f.to()))
                .append("\">\n        </div>\n        <div class=\"col-8 col-md-10\">\n")
                .append("          <label class=\"form-label\" for=\"f-q\">标题</label>\n")
                .append("          <input class=\"form-control\" id=\"f-q\" name=\"q\" maxlength=\"100\" value=\"").append(esc(f.q()))
                .append("\">\n        </div>\n        ");
        if (sort != null) {
            b.append("<input type=\"hidden\" name=\"sort\" value=\"").append(esc(sort)).append("\">");
        }
        b.append("\n        ");
        if (size != null) {
            b.append("<input type=\"hidden\" name=\"size\" value=\"").append(size).append("\">");
        }
        b.append("\n        <div class=\"col-4 col-md-2\"><button class=\"btn btn-primary w-100\" type=\"submit\">查询</button></div>\n")
                .append("      </form>\n      ");
        if (error != null && !error.isEmpty()) {
            b.append("<div class=\"alert alert-danger mt-2 mb-0\" role=\"alert\" id=\"filter-error\">").append(esc(error)).append("</div>");
        }
        b.append("\n    </div>\n  </div>\n  <div class=\"card\">\n    <div class=\"card-header d-flex flex-wrap gap-2 align-items-center\">\n")
                .append("      <span class=\"me-auto\">共 <span id=\"notice-total\">").append(result.total()).append("</span> 条")
                .append(result.total() >= PublicNoticeQueries.COUNT_CAP ? "<span>以上</span>" : "").append("</span>\n")
                .append("      <span class=\"small text-secondary\">排序：</span>\n");
        sortLink(b, kit, links, size, "published", "发布日期");
        b.append("\n");
        sortLink(b, kit, links, size, "title", "标题");
        b.append("\n    </div>\n    <div class=\"list-group list-group-flush\" id=\"notice-list\">\n      ")
                .append(result.items().isEmpty() ? "<div class=\"list-group-item text-secondary\">暂无公告</div>" : "")
                .append("\n      ").append(rows).append("\n    </div>\n    ");
        pager(b, kit, links, sort, size, result);
        return b.append("\n  </div>\n</div>").toString();
    }

    /** {@code th:href="@{${kit.sortHref(field)}}"} with {@code aria-current} on the current column. */
    private static void sortLink(StringBuilder b, ListControls kit, Links links, Integer size, String field, String label) {
        boolean current = field.equals(kit.sort().field());
        boolean asc = !(current && kit.sort().ascending());
        boolean isDefault = new cn.anjian.kernel.ListSort.Sort(kit.sort().keys(), field, asc).isDefault();
        b.append("      <a class=\"small sort-link\" id=\"sort-").append(field).append("\" href=\"")
                .append(esc(links.with(isDefault ? null : field + "," + (asc ? "asc" : "desc"), size, null))).append('"')
                .append(current ? " aria-current=\"true\">" : ">").append(label)
                .append("<span class=\"sort-arrow\" aria-hidden=\"true\">").append(kit.arrow(field)).append("</span></a>");
    }

    /** What {@code kit.pagerHtml(kit.label(…), kit.prev(…), kit.next(…))} writes (kernel's ListKitHtml), its links from {@code links}. */
    private static void pager(StringBuilder b, ListControls kit, Links links, String sort, Integer size,
                              PublicNoticeQueries.Page result) {
        int page = result.page();
        b.append("<div class=\"card-footer d-flex flex-wrap align-items-center gap-2\">\n  <span class=\"text-secondary small\">")
                .append(esc(kit.label(page, result.total()))).append("</span>\n  ")
                .append("<div class=\"page-sizes small text-secondary d-flex align-items-center gap-1\">\n  <span>每页</span>\n  ");
        for (int n : kit.sizes()) {
            if (n == kit.size()) {
                b.append("\n    <span class=\"page-size-current fw-bold\">").append(n).append("</span>\n    \n  ");
            } else {
                b.append("\n    \n    <a class=\"page-size-link\" href=\"")
                        .append(esc(links.with(sort, n == PageSize.DEFAULT ? null : n, null))).append("\">").append(n)
                        .append("</a>\n  ");
            }
        }
        b.append("\n  <span>条</span>\n</div>\n  <ul class=\"pagination m-0 ms-auto\">\n    ");
        end(b, page > 0 ? links.with(sort, size, page - 1) : null, "上一页");
        b.append("\n    ");
        end(b, (long) (page + 1) * kit.size() < result.total() ? links.with(sort, size, page + 1) : null, "下一页");
        b.append("\n  </ul>\n</div>");
    }

    private static void end(StringBuilder b, String url, String text) {
        if (url == null) {
            b.append("<li class=\"page-item disabled\"><span class=\"page-link\" aria-disabled=\"true\">").append(text)
                    .append("</span></li>");
        } else {
            b.append("<li class=\"page-item\"><a class=\"page-link\" href=\"").append(esc(url)).append("\">").append(text)
                    .append("</a></li>");
        }
    }

    private static String esc(String s) {
        return ListKitRows.esc(s);
    }

    /** The list's links: the filters' URL (encoded once per request) and sort, size and page appended as the list kit does. */
    record Links(String filters) {
        String with(String sort, Integer size, Integer page) {
            StringBuilder b = new StringBuilder(filters.length() + 40).append(filters);
            char sep = filters.indexOf('?') < 0 ? '?' : '&';
            if (sort != null) {
                b.append(sep).append("sort=").append(sort);
                sep = '&';
            }
            if (size != null) {
                b.append(sep).append("size=").append(size);
                sep = '&';
            }
            if (page != null) {
                b.append(sep).append("page=").append(page);
            }
            return b.toString();
        }
    }

    private static final Map<String, String> KIND_OPTIONS = new HashMap<>();
    private static final String NO_KIND;

    static {
        for (PublicationKind k : PublicationKind.values()) {
            KIND_OPTIONS.put(k.name(), Choice.options(Choice.of(PublicationKind.values(), PublicationKind::label, k.name()), 12));
        }
        NO_KIND = Choice.options(Choice.of(PublicationKind.values(), PublicationKind::label, null), 12);
    }

    /** The kind filter's options as HTML ({@code kind}: the raw parameter, null or unknown: none chosen). */
    static String kindOptions(String kind) {
        return kind == null ? NO_KIND : KIND_OPTIONS.getOrDefault(kind, NO_KIND);
    }

    /**
     * A filter's options as {@link Choice#options} writes them, kept: the chosen one gets {@code selected} spliced in
     * after its value (the values are plain ids).
     */
    record Options(String html, Map<String, Integer> at) {
        static Options of(List<Choice> choices) {
            String html = Choice.options(choices, 12);
            Map<String, Integer> at = new HashMap<>();
            int from = 0;
            for (Choice c : choices) {
                String open = "<option value=\"" + esc(c.value()) + "\"";
                int i = html.indexOf(open, from);
                at.putIfAbsent(c.value(), i + open.length());
                from = i + open.length();
            }
            return new Options(html, Map.copyOf(at));
        }

        String with(String selected) {
            Integer i = selected == null ? null : at.get(selected);
            return i == null ? html : html.substring(0, i) + " selected=\"selected\"" + html.substring(i);
        }
    }
}
