package cn.anjian.kernel;

/**
 * The list kit's sortable headers, page-size choice and pager as HTML, built in Java (issue 20 item 7): the markup that
 * {@code fragments/listkit.html}'s fragments render, character for character ({@code ListKitHtmlTests} renders both),
 * without a fragment call and half a dozen interpreted expressions per header and size link on every request. Links are
 * context-relative as everywhere in the application (it runs at the root: layout and scripts use plain {@code /…}
 * paths); text and attribute values are escaped as Thymeleaf escapes them.
 */
final class ListKitHtml {

    private ListKitHtml() {
    }

    /** {@code listkit :: sortable(label, field, kit)}, or {@code sortableAt(…, cls)} when {@code cls} is not null. */
    static String header(ListControls kit, String label, String field, String cls) {
        return new StringBuilder(256)
                .append("<th class=\"text-nowrap").append(cls == null ? "" : " " + esc(cls)).append("\" aria-sort=\"")
                .append(kit.ariaSort(field)).append("\">\n  <a class=\"sort-link\" href=\"").append(esc(kit.sortHref(field)))
                .append("\" data-sort=\"").append(esc(field)).append("\"><span>").append(esc(label)).append("</span><span\n")
                .append("     class=\"sort-arrow\" aria-hidden=\"true\">").append(kit.arrow(field)).append("</span></a>\n</th>")
                .toString();
    }

    /** {@code listkit :: sizes(kit)}. */
    static String sizes(ListControls kit) {
        StringBuilder b = new StringBuilder(512)
                .append("<div class=\"page-sizes small text-secondary d-flex align-items-center gap-1\">\n  <span>每页</span>\n  ");
        for (int n : kit.sizes()) {
            if (n == kit.size()) {
                b.append("\n    <span class=\"page-size-current fw-bold\">").append(n).append("</span>\n    \n  ");
            } else {
                b.append("\n    \n    <a class=\"page-size-link\" href=\"").append(esc(kit.sizeHref(n))).append("\">").append(n)
                        .append("</a>\n  ");
            }
        }
        return b.append("\n  <span>条</span>\n</div>").toString();
    }

    /** {@code listkit :: pager(label, prevUrl, nextUrl, kit)}. */
    static String pager(ListControls kit, String label, String prevUrl, String nextUrl) {
        return new StringBuilder(1024)
                .append("<div class=\"card-footer d-flex flex-wrap align-items-center gap-2\">\n  <span class=\"text-secondary small\">")
                .append(esc(label)).append("</span>\n  ").append(sizes(kit))
                .append("\n  <ul class=\"pagination m-0 ms-auto\">\n    ").append(end(prevUrl, "上一页"))
                .append("\n    ").append(end(nextUrl, "下一页")).append("\n  </ul>\n</div>")
                .toString();
    }

    /**
     * The footer of a list paged by key ({@code /recordings}: "第一页" back to the start on the default order, else "上一页"),
     * what its former markup rendered: the label, the page-size choice and, when there is another page, the two ends.
     */
    static String keysetPager(ListControls kit, String label, String firstUrl, String nextUrl) {
        StringBuilder b = new StringBuilder(1024)
                .append("<div class=\"card-footer d-flex flex-wrap align-items-center gap-2\">\n      <span class=\"text-secondary small\">")
                .append(esc(label)).append("</span>\n      ").append(sizes(kit)).append("\n      ");
        if (firstUrl != null || nextUrl != null) {
            b.append("<ul class=\"pagination m-0 ms-auto\">\n        ")
                    .append(keysetEnd(firstUrl, kit.sort().isDefault() ? "第一页" : "上一页", "上一页"))
                    .append("\n        ").append(keysetEnd(nextUrl, "下一页", "下一页")).append("\n      </ul>");
        }
        return b.append("\n    </div>").toString();
    }

    private static String keysetEnd(String url, String link, String disabled) {
        return url == null
                ? "<li class=\"page-item disabled\"><span class=\"page-link\" aria-disabled=\"true\">" + disabled + "</span></li>"
                : "<li class=\"page-item\"><a class=\"page-link\" href=\"" + esc(url) + "\">" + link + "</a></li>";
    }

    /** {@code listkit :: export(href)}: the Excel export link. */
    static String export(String href) {
        return "<a class=\"btn btn-outline-secondary export-link\" href=\"" + esc(href) + "\">导出Excel</a>";
    }

    private static String end(String url, String text) {
        return url == null
                ? "<li class=\"page-item disabled\"><span class=\"page-link\" aria-disabled=\"true\">" + text + "</span></li>"
                : "<li class=\"page-item\"><a class=\"page-link\" href=\"" + esc(url) + "\">" + text + "</a></li>";
    }

    private static String esc(String s) {
        return ListKitRows.esc(s);
    }
}
