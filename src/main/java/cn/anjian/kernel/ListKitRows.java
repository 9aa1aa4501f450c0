package cn.anjian.kernel;

import java.util.List;
import java.util.function.BiConsumer;

import org.unbescape.html.HtmlEscape;

/**
 * A list's table rows written from Java (issue 20 item 7: a {@code th:each} row of a dozen attribute processors was a
 * quarter of a list page's time). The output is what the page's former Thymeleaf markup rendered, character for
 * character: the template keeps {@code <tbody>} and its indentation and writes the result with {@code th:utext}
 * where the rows were; each page's pin test renders the former markup and this on the same rows. Text and attribute
 * values are escaped as Thymeleaf escapes them; a null text is empty, as {@code th:text} makes it.
 */
public final class ListKitRows {

    private ListKitRows() {
    }

    /**
     * The body of {@code <tbody>} that was {@code <tr th:if="${rows.isEmpty()}">empty</tr>} followed by
     * {@code <tr th:each="r : ${rows}">…</tr>}, each on its own line after {@code indent} (the whitespace before them).
     */
    public static <T> String of(List<T> rows, String indent, String emptyRow, BiConsumer<T, StringBuilder> row) {
        if (rows.isEmpty()) {
            return emptyRow + indent;
        }
        StringBuilder b = new StringBuilder(rows.size() * 1024);
        for (T r : rows) {
            b.append(indent);
            row.accept(r, b);
        }
        return b.toString();
    }

    /** Text or an attribute value escaped as Thymeleaf escapes it; null is the empty text. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'' || c >= '\uD800' && c <= '\uDFFF') {
                return HtmlEscape.escapeHtml4Xml(s); // nearly every cell has none of these: a scan is cheaper
            }
        }
        return s;
    }

    /**
     * The hidden CSRF field that Thymeleaf's {@code th:action} inserts right after a POST form's opening tag (Spring
     * Security's {@code CsrfRequestDataValueProcessor}); rows with forms append it the same way. Empty without a token.
     */
    public static String csrfInput(String parameterName, String token) {
        return token == null ? "" : "<input type=\"hidden\" name=\"" + esc(parameterName) + "\" value=\"" + esc(token) + "\"/>";
    }
}
