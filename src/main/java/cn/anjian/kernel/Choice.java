package cn.anjian.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * One {@code <option>} of a list page's filter, computed once in Java: its value, label and whether it is the chosen
 * one (issue 20 item 7: {@code th:value="${k.name()}" th:text="${k.label()}" th:selected="${q['kind'] == k.name()}"}
 * costs three interpreted SpEL calls per option and request). Template:
 * {@code <option th:each="o : ${kindChoices}" th:value="${o.value}" th:text="${o.label}" th:selected="${o.selected}">}.
 */
public record Choice(String value, String label, boolean selected) {

    /** The constants of an enum by name, labelled, the one named {@code current} (null: none) selected. */
    public static <E extends Enum<E>> List<Choice> of(E[] values, Function<E, String> label, String current) {
        List<Choice> out = new ArrayList<>(values.length);
        for (E e : values) {
            out.add(new Choice(e.name(), label.apply(e), e.name().equals(current)));
        }
        return out;
    }

    /** Any items: the value as text ({@code String.valueOf}), the one whose value equals {@code current} selected. */
    public static <T> List<Choice> of(Collection<T> items, Function<T, ?> value, Function<T, String> label, String current) {
        List<Choice> out = new ArrayList<>(items.size());
        for (T t : items) {
            String v = String.valueOf(value.apply(t));
            out.add(new Choice(v, label.apply(t), v.equals(current)));
        }
        return out;
    }

    /**
     * The options as HTML, what {@code <option th:each="o : ${choices}" th:value="${o.value}" th:text="${o.label}"
     * th:selected="${o.selected}">} renders at {@code indent} spaces (Thymeleaf repeats the line break and indentation
     * before the element between iterations); issue 20: one expression per filter instead of three per option.
     */
    public static String options(List<Choice> choices, int indent) {
        return options(choices, "\n" + " ".repeat(indent));
    }

    /**
     * The options one right after the other, what that {@code th:each} renders when the {@code <option>} follows its
     * parent's opening tag on the same line ({@code <optgroup label="…"><option th:each=…>}): no whitespace to repeat.
     */
    public static String inline(List<Choice> choices) {
        return options(choices, "");
    }

    private static String options(List<Choice> choices, String between) {
        if (choices == null) {
            return "";   // as th:each over nothing
        }
        StringBuilder b = new StringBuilder(choices.size() * 48);
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            b.append(i == 0 ? "" : between).append("<option value=\"").append(esc(c.value))
                    .append(c.selected ? "\" selected=\"selected\">" : "\">")
                    .append(esc(c.label)).append("</option>");
        }
        return b.toString();
    }

    private static String esc(String s) {
        return ListKitRows.esc(s);   // the escaper only when there is something to escape
    }
}
