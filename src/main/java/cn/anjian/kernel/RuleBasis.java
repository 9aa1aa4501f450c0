package cn.anjian.kernel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Where a rule comes from, as users read it (issue 12 defect 7): "OFF-04" → "《执法人员岗前培训和持证上岗制度》第五条第（四）项".
 * Rule IDs are for code and tests; pages, messages and exports show this instead. One table,
 * {@code kernel/rule-basis.properties} (from RULES.md and the seeds), for every module. Templates use the bean:
 * {@code ${@rules.basis(d.ruleId)}}; Java: {@code RuleBasis.of(id)} / {@code RuleBasis.humanize(message)}.
 */
@Component("rules")
public final class RuleBasis {

    /** Shown for a rule whose source the catalogue does not name. */
    public static final String UNNAMED = "相关规定";

    private static final Pattern RULE_ID = Pattern.compile("[（(]?\\b([A-Z]{2,4}-\\d{2})\\b[）)]?");
    /** Compiled once: the deadline list asks for a basis per row (a compile per call was 3 % of that page, JFR). */
    private static final Pattern BASE_ID = Pattern.compile("^([A-Z]{2,4}-\\d{2})");
    private static final Map<String, String> BASIS = load();

    /** The regulation and article of a rule, if the catalogue names one. */
    public static Optional<String> of(String ruleId) {
        return ruleId == null ? Optional.empty() : Optional.ofNullable(BASIS.get(baseId(ruleId)));
    }

    /** For a template: the regulation and article, or {@value #UNNAMED}; "—" for no rule. */
    public String basis(String ruleId) {
        if (ruleId == null || ruleId.isBlank()) {
            return Fmt.EMPTY;
        }
        return of(ruleId).orElse(UNNAMED);
    }

    /**
     * A message with its rule IDs replaced: "（CASE-04）" becomes "（《…》第八条）", an ID without a named source
     * disappears with its brackets.
     */
    public static String humanize(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = RULE_ID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String basis = of(m.group(1)).orElse(null);
            String whole = m.group();
            boolean bracketed = whole.length() > m.group(1).length() && (whole.startsWith("（") || whole.startsWith("("));
            String replacement = basis == null ? "" : bracketed ? "（" + basis + "）" : basis;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "CASE-14-EXTENDED" (a refusal code built on a rule) → "CASE-14". */
    static String baseId(String id) {
        Matcher m = BASE_ID.matcher(id.strip());
        return m.find() ? m.group(1) : id.strip();
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (var in = RuleBasis.class.getResourceAsStream("/kernel/rule-basis.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        p.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return Map.copyOf(map);
    }
}
