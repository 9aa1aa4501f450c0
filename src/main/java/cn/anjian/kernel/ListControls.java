package cn.anjian.kernel;

/**
 * What a list page's sortable headers, page-size choice, pager and export link need: the filters
 * ({@link FilterUrl}), the chosen {@link ListSort.Sort} and page size. Every link keeps the filters; a sort or size
 * link starts again at the first page. Templates use it through {@code fragments/listkit.html}:
 * <pre>{@code
 * ListControls kit = ListControls.of(url, sort, size);            // url: the filters, no page/sort/size
 * model.addAttribute("kit", kit);
 * model.addAttribute("nextUrl", hasNext ? kit.page(page + 1) : null);
 * }</pre>
 * {@code <th th:replace="~{fragments/listkit :: sortable('姓名', 'name', ${kit})}"></th>},
 * {@code <div th:replace="~{fragments/listkit :: sizes(${kit})}"></div>},
 * {@code <a th:replace="~{fragments/listkit :: export(${kit.export('/personnel/inspectors/export')})}"></a>}.
 */
public record ListControls(FilterUrl filters, ListSort.Sort sort, int size) {

    public static ListControls of(FilterUrl filters, ListSort.Sort sort, int size) {
        return new ListControls(filters, sort, size);
    }

    /** The filters with this sort and size (no page). */
    public FilterUrl url() {
        return filters.with("sort", sort.param()).with("size", size == PageSize.DEFAULT ? null : size);
    }

    /** Page {@code page} (0-based) of this list. */
    public String page(int page) {
        return url().page(page);
    }

    /** The previous page of page {@code page}, or null on the first. */
    public String prev(int page) {
        return page > 0 ? page(page - 1) : null;
    }

    /** The next page after page {@code page} of {@code total} rows, or null on the last. */
    public String next(int page, long total) {
        return (long) (page + 1) * size < total ? page(page + 1) : null;
    }

    /** "第 n / m 页" of page {@code page} (0-based) of {@code total} rows. */
    public String label(int page, long total) {
        return "第 " + (page + 1) + " / " + Math.max(1, (total + size - 1) / size) + " 页";
    }

    /**
     * The pager's label when the count was capped ({@link ListCount#CAPPED}: more than {@value ListCount#CAP} rows match),
     * as the APIs' {@code totalCapped} and the portal say it: "第 n 页，1000 条以上".
     */
    public String cappedLabel(int page) {
        return "第 " + (page + 1) + " 页，" + ListCount.CAP + " 条以上";
    }

    /** The first page sorted by {@code field}: the other direction when it is the current column, else ascending. */
    public String sortHref(String field) {
        boolean asc = !(field.equals(sort.field()) && sort.ascending());
        ListSort.Sort next = new ListSort.Sort(sort.keys(), field, asc);
        return filters.with("sort", next.isDefault() ? null : field + "," + (asc ? "asc" : "desc"))
                .with("size", size == PageSize.DEFAULT ? null : size).toString();
    }

    /** ▲ / ▼ on the current column, empty elsewhere. */
    public String arrow(String field) {
        return field.equals(sort.field()) ? (sort.ascending() ? "▲" : "▼") : "";
    }

    /** The {@code aria-sort} value of the column. */
    public String ariaSort(String field) {
        return field.equals(sort.field()) ? (sort.ascending() ? "ascending" : "descending") : "none";
    }

    /** The first page with {@code n} rows per page, same filters and sort. */
    public String sizeHref(int n) {
        return filters.with("sort", sort.param()).with("size", n == PageSize.DEFAULT ? null : n).toString();
    }

    public java.util.List<Integer> sizes() {
        return PageSize.CHOICES;
    }

    /**
     * A sortable column header as HTML, what {@code listkit :: sortable(label, field, kit)} renders (issue 20: built in
     * Java, one compiled expression instead of a fragment call): {@code <th:block th:utext="${kit.header('姓名', 'name')}"/>}.
     */
    public String header(String label, String field) {
        return ListKitHtml.header(this, label, field, null);
    }

    /** As {@link #header(String, String)} with extra classes, what {@code listkit :: sortableAt(…, cls)} renders. */
    public String header(String label, String field, String cls) {
        return ListKitHtml.header(this, label, field, cls);
    }

    /** The page-size choice as HTML, what {@code listkit :: sizes(kit)} renders. */
    public String sizesHtml() {
        return ListKitHtml.sizes(this);
    }

    /** The pager with the page-size choice as HTML, what {@code listkit :: pager(label, prevUrl, nextUrl, kit)} renders. */
    public String pagerHtml(String label, String prevUrl, String nextUrl) {
        return ListKitHtml.pager(this, label, prevUrl, nextUrl);
    }

    /**
     * The pager of a counted list as HTML, built once by the controller ({@code model.addAttribute("pagerHtml", …)}) instead
     * of the template's {@code kit.pagerHtml(result.totalCapped ? kit.cappedLabel(result.page) : '第 ' + (result.page + 1)
     * + ' / ' + result.pages() + ' 页', prevUrl, nextUrl)}, an interpreted expression on every request.
     */
    public String pagerHtml(int page, int pages, boolean capped, String prevUrl, String nextUrl) {
        return pagerHtml(capped ? cappedLabel(page) : "第 " + (page + 1) + " / " + pages + " 页", prevUrl, nextUrl);
    }

    /** The footer of a list paged by key ({@code /recordings}) as HTML: {@code firstUrl} leads back, null on the first page. */
    public String keysetPagerHtml(String label, String firstUrl, String nextUrl) {
        return ListKitHtml.keysetPager(this, label, firstUrl, nextUrl);
    }

    /** The export link of this list at {@code path} as HTML, what {@code listkit :: export(kit.export(path))} renders. */
    public String exportHtml(String path) {
        return ListKitHtml.export(export(path));
    }

    /** A filter's options as HTML at {@code indent} spaces ({@link Choice#options}): {@code th:utext="${kit.options(kindChoices, 12)}"}. */
    public String options(java.util.List<Choice> choices, int indent) {
        return Choice.options(choices, indent);
    }

    /** The export of this list at {@code path}: the same filters and sort. */
    public String export(String path) {
        return filters.with("sort", sort.param()).at(path).toString();
    }
}
