package cn.anjian.audit.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.anjian.kernel.CodeLabels;
import cn.anjian.kernel.RuleBasis;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An audit entry's before/after as people read it (issue 12): field names in Chinese ({@link FieldLabels}), stored codes
 * as their labels ({@link CodeLabels}: "REGISTRATION" → 立案, "APPROVED" → 已批准, lists and "CODE/12" references too),
 * a rule ID as its regulation and article ({@link RuleBasis}), yes/no for booleans. The export keeps the codes of action
 * and subject in their own columns; the values it shows are these.
 */
final class AuditValues {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");
    private static final Pattern CODE_LIST = Pattern.compile("[A-Z][A-Z0-9_]*(?:\\s*,\\s*[A-Z][A-Z0-9_]*)+");
    private static final Pattern CODE_REF = Pattern.compile("([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{3,})([ /:].*)");
    private static final Pattern RULE = Pattern.compile("[A-Z]{2,5}-\\d{2}");

    /** The stored prefix of an audit action → the module (package under cn.anjian) that stored it. */
    private static final Map<String, String> MODULES = Map.of("iam", "identity", "ti", "personnel", "enterprise", "enterprises",
            "document", "documents");

    private AuditValues() {
    }

    static Map<String, String> readable(ObjectMapper json, String action, String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        String module = module(action);
        try {
            JsonNode node = json.readTree(text);
            if (!node.isObject()) {
                out.put("", value(module, null, node));
                return out;
            }
            for (var p : node.properties()) {
                out.merge(FieldLabels.label(p.getKey()), value(module, p.getKey(), p.getValue()), (a, b) -> a + "；" + b);
            }
        } catch (JacksonException ex) {
            out.put("", text);
        }
        return out;
    }

    static String module(String action) {
        if (action == null) {
            return null;
        }
        int dot = action.indexOf('.');
        String prefix = dot < 0 ? action : action.substring(0, dot);
        return MODULES.getOrDefault(prefix, prefix);
    }

    private static String value(String module, String field, JsonNode v) {
        if (v == null || v.isNull()) {
            return "（空）";
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "是" : "否";
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(e -> parts.add(value(module, field, e)));
            return parts.isEmpty() ? "（无）" : String.join("、", parts);
        }
        if (v.isObject()) {
            List<String> parts = new ArrayList<>();
            for (var p : v.properties()) {
                parts.add(FieldLabels.label(p.getKey()) + "：" + value(module, p.getKey(), p.getValue()));
            }
            return "（" + String.join("，", parts) + "）";
        }
        return text(module, field, v.asString());
    }

    /** A stored text: a code, a list of codes, a rule ID, a "CODE/12" reference — or ordinary text, kept. */
    static String text(String module, String field, String s) {
        if (s == null) {
            return "（空）";
        }
        String t = s.strip();
        if (RULE.matcher(t).matches()) {
            return RuleBasis.of(t).orElse(RuleBasis.UNNAMED);
        }
        if (CODE.matcher(t).matches() && t.length() > 1) {
            return code(module, field, t);
        }
        if (CODE_LIST.matcher(t).matches()) {
            List<String> parts = new ArrayList<>();
            for (String c : t.split("\\s*,\\s*")) {
                parts.add(code(module, field, c));
            }
            return String.join("、", parts);
        }
        Matcher ref = CODE_REF.matcher(t);
        if (ref.matches()) {
            String label = CodeLabels.label(module, field, ref.group(1)).orElse(null);
            if (label != null) {
                String rest = ref.group(2).strip();
                rest = rest.startsWith("/") || rest.startsWith(":") ? rest.substring(1).strip() : rest;
                return rest.isEmpty() ? label : label + "（" + rest + "）";
            }
        }
        return s;
    }

    private static String code(String module, String field, String c) {
        return CodeLabels.label(module, field, c).orElse("其他（未登记的代码）");
    }
}
