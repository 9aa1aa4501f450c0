package cn.anjian.org;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * ORG-03, the one data-scope condition every module uses. Lists filter in SQL:
 * <pre>{@code
 * jdbc.sql("SELECT ... FROM enf_case c WHERE " + ScopeSql.condition("c.scope_path") + " ORDER BY ...")
 *     .param(ScopeSql.PARAM, actor.scope().pattern())   // or ScopeSql.bind(spec, actor)
 * }</pre>
 * A path index with {@code text_pattern_ops} makes the prefix LIKE an index range scan. Single
 * records are checked with {@link #requireInScope}: outside the scope they answer 404, never 403,
 * so ids of other jurisdictions cannot be probed.
 */
public final class ScopeSql {

    /** The named parameter {@link #condition} refers to. */
    public static final String PARAM = "scopePattern";

    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private ScopeSql() {
    }

    /**
     * {@code <column> LIKE :scopePattern}, with a space on both sides: a text block concatenated after it may lose its
     * indentation, and {@code :scopePatternAND} would be read as another parameter. The column is a SQL identifier
     * (checked), never user input.
     */
    public static String condition(String column) {
        if (column == null || !COLUMN.matcher(column).matches()) {
            throw new IllegalArgumentException("not a column name: " + column);
        }
        return " " + column + " LIKE :" + PARAM + " ";
    }

    /**
     * As {@link #condition}, the pattern written into the statement ({@link Scope#patternLiteral}): for lists whose
     * plan depends on the scope prefix, so that the plan PostgreSQL caches for the statement is the one for that scope.
     */
    public static String inline(String column, Scope scope) {
        if (column == null || !COLUMN.matcher(column).matches()) {
            throw new IllegalArgumentException("not a column name: " + column);
        }
        return " " + column + " LIKE " + scope.patternLiteral() + " ";
    }

    public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Scope scope) {
        return spec.param(PARAM, scope.pattern());
    }

    public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Actor actor) {
        return bind(spec, actor.scope());
    }

    /** Refuses with 404 ("…不存在或不在您的管辖范围内") when {@code path} lies outside {@code scope}. */
    public static void requireInScope(Scope scope, String path, String what) {
        if (scope == null || !scope.covers(path)) {
            throw BusinessException.notFound(what);
        }
    }

    public static void requireInScope(Actor actor, String path, String what) {
        requireInScope(actor == null ? null : actor.scope(), path, what);
    }

    /** The record found, when there is one and its {@code path} lies in the actor's scope; 404 otherwise, either way. */
    public static <T> T requireInScope(Actor actor, Optional<T> found, Function<T, String> path, String what) {
        T record = found.orElseThrow(() -> BusinessException.notFound(what));
        requireInScope(actor, path.apply(record), what);
        return record;
    }
}
