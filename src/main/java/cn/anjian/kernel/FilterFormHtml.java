package cn.anjian.kernel;

import org.thymeleaf.util.EvaluationUtils;

/**
 * The variable parts of a list page's GET filter form written from Java (issue 20 item 7): a form of a dozen
 * {@code th:value}, {@code th:if}, {@code th:checked} and option expressions cost as many interpreted evaluations and
 * small writes per request. The page builds its form once in the controller with these and {@link Choice#options}, and
 * writes it with one {@code th:utext}; each page's pin test renders the former markup and compares byte for byte.
 * Values are escaped as Thymeleaf escapes them, conditions follow Thymeleaf's truth.
 */
public final class FilterFormHtml {

    private FilterFormHtml() {
    }

    /** What {@code th:value="${value}"} adds to its tag: {@code  value="…"}, escaped; {@code  value=""} for null. */
    public static String value(Object value) {
        return value == null ? " value=\"\"" : " value=\"" + ListKitRows.esc(value.toString()) + "\"";
    }

    /** What {@code th:checked="${on}"} adds: {@code  checked="checked"}, or nothing. */
    public static String checked(boolean on) {
        return on ? " checked=\"checked\"" : "";
    }

    /**
     * {@code <input type="hidden" name="…" th:if="${value}" th:value="${value}">}: the field when {@code value} is true by
     * Thymeleaf's rules (not null, not "false", "off" or "no"; the empty text is true), else nothing.
     */
    public static String hidden(String name, Object value) {
        return hidden(name, value, EvaluationUtils.evaluateAsBoolean(value));
    }

    /** {@code <input type="hidden" name="…" th:if="${shown}" th:value="${value}">}. */
    public static String hidden(String name, Object value, boolean shown) {
        return shown ? "<input type=\"hidden\" name=\"" + ListKitRows.esc(name) + "\"" + value(value) + ">" : "";
    }

    /**
     * The hidden fields that keep a list's chosen order and page size in its filter form, as
     * {@code <input type="hidden" name="sort" th:if="${kit.sort().param()}" th:value="${kit.sort().param()}">} and
     * {@code <input type="hidden" name="size" th:if="${kit.size() != 20}" th:value="${kit.size()}">} on two lines
     * ({@code between}: the line break and indentation between them) render them.
     */
    public static String keptOrder(ListControls kit, String between) {
        return hidden("sort", kit.sort().param()) + between + hidden("size", kit.size(), kit.size() != PageSize.DEFAULT);
    }
}
