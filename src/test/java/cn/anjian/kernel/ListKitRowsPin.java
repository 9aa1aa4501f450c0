package cn.anjian.kernel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For the pin tests of list rows written from Java ({@link ListKitRows}): renders a page's former {@code <tbody>}
 * markup with Thymeleaf and the new one ({@code th:utext} of the Java output) on the same rows, in a table.
 */
public final class ListKitRowsPin {

    private ListKitRowsPin() {
    }

    /** The former rows' markup ({@code <tr th:if=…>} and {@code <tr th:each="r : ${rows}">}) rendered on {@code rows}. */
    public static String before(String formerRows, List<?> rows, Map<String, Object> more) {
        Map<String, Object> v = new HashMap<>(more);
        v.put("rows", rows);
        return ListKitHtmlTests.render("<table>\n        <tbody>\n" + formerRows + "        </tbody>\n</table>", v);
    }

    /** The page's new markup with the rows' HTML. */
    public static String after(String rowsHtml) {
        return ListKitHtmlTests.render("<table>\n        <tbody>\n        <th:block th:utext=\"${rowsHtml}\"></th:block>\n"
                + "        </tbody>\n</table>", Map.of("rowsHtml", rowsHtml));
    }

    /** Any markup rendered with the same engine (a filter's former options against {@code kit.options}). */
    public static String render(String template, Map<String, Object> variables) {
        return ListKitHtmlTests.render(template, variables);
    }

    /** Text that needs escaping in text and in attributes. */
    public static final String HOSTILE = "某 & \"煤业\" <一号> '甲'";
}
