package cn.anjian.audit.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The Chinese label of an audit action code (issue 12 defect 7): "iam.login.succeeded" → "登录成功". The table is
 * {@code audit/action-labels.properties}; a code missing there reads "<module>：其他操作", never the code. The export
 * keeps the code in a second column for whoever needs it.
 */
final class ActionLabels {

    private static final Map<String, String> LABELS = load();

    private static final Map<String, String> MODULES = Map.ofEntries(
            Map.entry("iam", "账户与权限"), Map.entry("org", "组织机构"), Map.entry("audit", "审计"),
            Map.entry("calendar", "期限与日历"), Map.entry("settings", "规则参数"), Map.entry("workflow", "审批"),
            Map.entry("personnel", "人员队伍"), Map.entry("ti", "技术检查员"), Map.entry("complaints", "监督员意见线索"),
            Map.entry("publicity", "公示"), Map.entry("enterprise", "生产经营单位"), Map.entry("files", "文件"),
            Map.entry("document", "文书"), Map.entry("enforcement", "执法办案"), Map.entry("recording", "全过程记录"),
            Map.entry("legalreview", "法制审核"), Map.entry("notifications", "通知"));

    private ActionLabels() {
    }

    static String label(String code) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        String label = LABELS.get(code);
        if (label != null) {
            return label;
        }
        int dot = code.indexOf('.');
        String module = MODULES.get(dot < 0 ? code : code.substring(0, dot));
        return (module == null ? "其他" : module) + "：其他操作";
    }

    /** Every known action, code → label, in label order: the filter's choices. */
    static Map<String, String> choices() {
        Map<String, String> byLabel = new TreeMap<>();
        LABELS.forEach((code, label) -> byLabel.merge(label + "\u0000" + code, code, (a, b) -> a));
        Map<String, String> out = new LinkedHashMap<>();
        byLabel.forEach((key, code) -> out.put(code, LABELS.get(code)));
        return out;
    }

    static boolean known(String code) {
        return LABELS.containsKey(code);
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (var in = ActionLabels.class.getResourceAsStream("/audit/action-labels.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        p.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return Map.copyOf(map);
    }
}
