package cn.anjian.kernel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReader;

/**
 * The Chinese label of a stored code (issue 12: users never read an enum name), for pages that show values another
 * module stored as text — the audit trail's before/after, above all. One mechanism: an enum's own label (the
 * {@code label()} every labelled enum of {@code cn.anjian} declares next to its constants, found once on the class
 * path, so no module depends on another's enums), and for the few codes that are not enums (role codes, document
 * types) {@code kernel/code-labels.properties} (a line {@code <field>.<CODE>} applies to that field only and wins). The same constant name in several enums is told apart by the module
 * that stored it and the field it was stored under ({@code stage} → {@code CaseStage}, {@code planStatus} → a
 * {@code …Status}).
 */
public final class CodeLabels {

    private record Labelled(String enumName, String packageName, String label) {
    }

    private static final class Holder {
        static final Map<String, List<Labelled>> ENUMS = scan();
        static final Map<String, String> EXTRA = extra();
    }

    private CodeLabels() {
    }

    /**
     * The label of {@code code} stored by {@code module} (a package under {@code cn.anjian}, or null) in {@code field} (or
     * null); empty when nothing labels it.
     */
    public static Optional<String> label(String module, String field, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String qualified = field == null ? null : Holder.EXTRA.get(field + "." + code);
        if (qualified != null) {
            return Optional.of(qualified);
        }
        List<Labelled> all = Holder.ENUMS.getOrDefault(code, List.of());
        if (all.isEmpty()) {
            return Optional.ofNullable(Holder.EXTRA.get(code));
        }
        if (all.stream().map(Labelled::label).distinct().count() == 1) {
            return Optional.of(all.get(0).label());
        }
        String pkg = module == null ? null : "cn.anjian." + module;
        List<Labelled> ofModule = pkg == null ? all
                : all.stream().filter(l -> l.packageName().equals(pkg) || l.packageName().startsWith(pkg + ".")).toList();
        List<Labelled> pool = ofModule.isEmpty() ? all : ofModule;
        String word = lastWord(field);
        return Optional.of(pool.stream().min(Comparator.comparingInt((Labelled l) -> matches(l.enumName(), field, word))
                .thenComparing(Labelled::enumName)).orElseThrow().label());
    }

    private static int matches(String enumName, String field, String word) {
        if (field != null && enumName.equalsIgnoreCase(field)) {
            return 0;
        }
        if (word != null && enumName.endsWith(word)) {
            return 1;
        }
        return 2;
    }

    /** "planStatus" → "Status", "stage" → "Stage". */
    private static String lastWord(String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        int i = field.length() - 1;
        while (i > 0 && !Character.isUpperCase(field.charAt(i))) {
            i--;
        }
        String w = field.substring(i);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static Map<String, List<Labelled>> scan() {
        Map<String, List<Labelled>> out = new HashMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(CodeLabels.class.getClassLoader());
        CachingMetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
        try {
            for (Resource r : resolver.getResources("classpath*:cn/anjian/**/*.class")) {
                MetadataReader m = readers.getMetadataReader(r);
                if ("java.lang.Enum".equals(m.getClassMetadata().getSuperClassName())) {
                    add(out, m.getClassMetadata().getClassName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void add(Map<String, List<Labelled>> out, String className) {
        try {
            Class<?> type = Class.forName(className, false, CodeLabels.class.getClassLoader());
            Method label = type.getMethod("label");
            if (label.getReturnType() != String.class || Modifier.isStatic(label.getModifiers())) {
                return;
            }
            label.setAccessible(true); // a package-private enum's public accessor
            for (Object constant : type.getEnumConstants()) {
                String text = (String) label.invoke(constant);
                if (text != null && !text.isBlank()) {
                    out.computeIfAbsent(((Enum<?>) constant).name(), k -> new ArrayList<>())
                            .add(new Labelled(type.getSimpleName(), type.getPackageName(), text));
                }
            }
        } catch (NoSuchMethodException | ClassNotFoundException | LinkageError e) {
            // not a labelled enum (or not loadable here): nothing to add
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a label() that cannot be called on its own: skipped
        }
    }

    private static Map<String, String> extra() {
        Properties p = new Properties();
        try (var in = CodeLabels.class.getResourceAsStream("/kernel/code-labels.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        p.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return Map.copyOf(map);
    }
}
