package cn.anjian.audit.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Chinese names of the fields audit entries record (before/after), from {@code audit/field-labels.properties} (issue 12:
 * never a field's key); a field missing there reads 其他信息.
 */
final class FieldLabels {

    static final String UNKNOWN = "其他信息";

    private static final Map<String, String> LABELS = load();

    private FieldLabels() {
    }

    static String label(String key) {
        return LABELS.getOrDefault(key, UNKNOWN);
    }

    static boolean known(String key) {
        return LABELS.containsKey(key);
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (var in = FieldLabels.class.getResourceAsStream("/audit/field-labels.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        p.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return Map.copyOf(map);
    }
}
