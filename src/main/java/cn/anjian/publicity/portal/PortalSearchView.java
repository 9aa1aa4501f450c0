package cn.anjian.publicity.portal;

import java.io.IOException;
import java.util.Map;

import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListKitRows;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

/**
 * The portal's search page written from Java (issue 14: an uncached search cost ≈ 3.2 ms of JVM, most of it the layout,
 * the pager fragment and the footer through Thymeleaf and the writer's char → byte encoding), as {@code NoticeListView}
 * does for the notices list. The page is what {@code publicity/public-layout} with the former
 * {@code publicity/portal-search} template rendered, byte for byte ({@code PortalSearchHtmlTests} renders the former
 * template — kept in the test resources — with the same model): the constant chrome as UTF-8 bytes, the rest built once
 * and written with its length. It is also the view of a refused query (the bean's name is the former template's).
 */
@Component(PortalSearchView.NAME)
class PortalSearchView implements View {

    static final String NAME = "publicity/portal-search";

    @Override
    public String getContentType() {
        return PublicLayoutBytes.contentType();
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest req, HttpServletResponse res) throws IOException {
        Object error = model.get("filterError");
        PublicLayoutBytes.write(res, HEAD, middle((PortalDirectory.Portal) model.get("portal"),
                (PortalChannels.Channels) model.get("channels"), (String) model.get("q"), error == null ? null : error.toString(),
                (PortalDirectory.Hits) model.get("hits"), (String) model.get("prevUrl"), (String) model.get("nextUrl")));
    }

    /** The layout and the page up to the search form's hidden portal field. */
    private static final byte[] HEAD = PublicLayoutBytes.head("搜索公示信息", """
              <form method="get" action="/public/search" class="portal-search mb-3" role="search">
            """ + "    ");

    /** From the hidden portal field to the portal's footer (all that depends on the request), as the former template wrote it. */
    static String middle(PortalDirectory.Portal portal, PortalChannels.Channels channels, String q, String error,
                         PortalDirectory.Hits hits, String prevUrl, String nextUrl) {
        StringBuilder b = new StringBuilder(hits == null ? 2048 : 2048 + hits.items().size() * 400);
        String code = portal.code();
        if (code != null) {
            b.append("<input type=\"hidden\" name=\"portal\" value=\"").append(esc(code)).append("\">");
        }
        b.append("\n    <label class=\"visually-hidden\" for=\"portal-q\">搜索公示信息</label>\n")
                .append("    <input class=\"form-control")
                .append(error != null ? " is-invalid" : "")
                .append("\" type=\"search\" id=\"portal-q\" name=\"q\" maxlength=\"50\" value=\"").append(esc(q))
                .append("\" required>\n    <button class=\"btn btn-primary\" type=\"submit\">搜索</button>\n  </form>\n  ");
        if (error != null) {
            b.append("<div class=\"alert alert-danger\" role=\"alert\" id=\"filter-error\">").append(esc(error)).append("</div>");
        }
        b.append("\n  ");
        if (hits != null) {
            b.append("<div class=\"card\">\n    <div class=\"list-group list-group-flush\" id=\"search-hits\">\n      ");
            if (hits.items().isEmpty()) {
                b.append("<div class=\"list-group-item text-secondary\">没有找到相关公示信息</div>");
            }
            b.append("\n      ");
            for (PortalDirectory.Entry e : hits.items()) {
                b.append("<a class=\"list-group-item list-group-item-action\" href=\"/public/notices/").append(e.id())
                        .append("\">\n        <div class=\"text-wrap\">").append(esc(e.title()))
                        .append("</div>\n        <div class=\"small text-secondary\"><span>").append(esc(e.ownerName()))
                        .append("</span> · <span>").append(esc(Fmt.date(e.publishedAt()))).append("</span></div>\n      </a>");
            }
            b.append("\n    </div>\n    ");
            if (hits.capped()) {
                b.append("<p class=\"small text-secondary px-3 pt-2 mb-0\" id=\"search-capped\">找到 1000 条以上，仅列出最新的 1000 条；请输入更完整的名称以缩小范围。</p>");
            }
            b.append("\n    ");
            pager(b, hits.totalText() + "，第 " + (hits.page() + 1) + " / " + hits.pages() + " 页", prevUrl, nextUrl);
            b.append("\n  </div>");
        }
        b.append("\n  ");
        footer(b, portal, channels);
        return b.append("\n</div>").toString();
    }

    /** {@code fragments/pagination :: pager}: the label, and the previous/next links when there is more than one page. */
    private static void pager(StringBuilder b, String label, String prevUrl, String nextUrl) {
        b.append("<div class=\"card-footer d-flex align-items-center\">\n  <span class=\"text-secondary small\">").append(esc(label))
                .append("</span>\n  \n  ");
        if (prevUrl != null || nextUrl != null) {
            b.append("<ul class=\"pagination m-0 ms-auto\">\n    <li class=\"page-item");
            end(b, prevUrl, "上一页");
            b.append("\n    <li class=\"page-item");
            end(b, nextUrl, "下一页");
            b.append("\n  </ul>");
        }
        b.append("\n</div>");
    }

    private static void end(StringBuilder b, String url, String text) {
        if (url == null) {
            b.append(" disabled\"><span class=\"page-link\" aria-disabled=\"true\">").append(text).append("</span></li>");
        } else {
            b.append("\"><a class=\"page-link\" href=\"").append(esc(url)).append("\">").append(text).append("</a></li>");
        }
    }

    /** {@code publicity/portal-footer :: footer}: 主办单位 (the sponsor, else the agency) and the contact when set. */
    private static void footer(StringBuilder b, PortalDirectory.Portal portal, PortalChannels.Channels channels) {
        String sponsor = channels.sponsor() != null ? channels.sponsor() : portal.agency().name();
        b.append("<footer class=\"portal-footer\" id=\"portal-footer\">\n  <div>主办单位：<span id=\"portal-sponsor\">")
                .append(esc(sponsor)).append("</span></div>\n  ");
        if (channels.contact() != null && !channels.contact().isEmpty()) {
            b.append("<div>联系方式：<span>").append(esc(channels.contact())).append("</span></div>");
        }
        b.append("\n</footer>");
    }

    private static String esc(String s) {
        return ListKitRows.esc(s);
    }
}
