package cn.anjian.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one builder of a list page's own links (pagination, sort, export): the path plus the filters
 * that are set, encoded once. Blank filters are left out so links stay short and bookmarkable.
 * <pre>{@code FilterUrl.of("/complaints/submissions").with("status", status).with("q", q).page(2)}</pre>
 */
public final class FilterUrl {

    private final String path;
    private final Map<String, String> params;

    private FilterUrl(String path, Map<String, String> params) {
        this.path = path;
        this.params = params;
    }

    public static FilterUrl of(String path) {
        return new FilterUrl(path, new LinkedHashMap<>());
    }

    /** A copy with {@code name=value} added (stripped), or unchanged when the value is null or blank. */
    public FilterUrl with(String name, Object value) {
        String v = value == null ? null : value.toString().strip();
        if (v == null || v.isEmpty()) {
            return this;
        }
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.put(name, v);
        return new FilterUrl(path, copy);
    }

    /** The same filters on another path (e.g. the list's {@code /export}). */
    public FilterUrl at(String otherPath) {
        return new FilterUrl(otherPath, params);
    }

    /** The link to page {@code page} (0-based) of this filtered list. */
    public String page(int page) {
        return with("page", page).toString();
    }

    @Override
    public String toString() {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        params.forEach(b::queryParam);
        return b.encode().build().toUriString();
    }
}
