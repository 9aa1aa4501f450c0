package cn.anjian.kernel;

import java.util.Objects;

/**
 * A data scope (ORG-03): a jurisdiction subtree, written as the materialised path of internal
 * jurisdiction ids (e.g. {@code /1/5/42/}). Paths never change when a division is renamed or retired,
 * so scoped tables may keep a copy ({@code scope_path}) and filter with
 * {@code scope_path LIKE :scopePattern} in the query itself (index with {@code text_pattern_ops}).
 */
public record Scope(String path) {

    // compiled once: a Scope is made on every request (String.matches compiled the pattern each time, ~7 % of a draw's allocations)
    private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile("(/\\d+)+/");

    public Scope {
        Objects.requireNonNull(path, "path");
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("not a jurisdiction path: " + path);
        }
    }

    /** The LIKE pattern for the subtree. Paths contain only digits and slashes, so nothing needs escaping. */
    public String pattern() {
        return path + "%";
    }

    /**
     * The LIKE pattern as a SQL string literal ({@code '/1/5/%'}), safe because the path is only digits and slashes
     * (checked above). A list's first page whose only parameter was the scope then has none: PostgreSQL caches one plan
     * per scope and connection, made for that prefix, instead of planning every request anew (issue 20 item 7).
     */
    public String patternLiteral() {
        return "'" + pattern() + "'";
    }

    /** The path as a SQL string literal ({@code '/1/5/'}), safe for the same reason as {@link #patternLiteral}. */
    public String pathLiteral() {
        return "'" + path + "'";
    }

    /** Whether a record at {@code otherPath} lies inside this scope. */
    public boolean covers(String otherPath) {
        return otherPath != null && otherPath.startsWith(path);
    }

    /** How deep the scope lies: 1 the province, 2 a city, 3 a county, 4 a township (the number of jurisdictions in the path). */
    public int depth() {
        return (int) path.chars().filter(ch -> ch == '/').count() - 1;
    }

    /**
     * Whether this is the whole province (a path of one jurisdiction): global configuration — roles and their
     * permissions, the holiday calendar, rule settings — is changed only at this level (issue 13, finding 1).
     */
    public boolean isProvince() {
        return path.indexOf('/', 1) == path.length() - 1;
    }
}
