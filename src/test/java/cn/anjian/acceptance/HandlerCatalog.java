package cn.anjian.acceptance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every handler of the application (method × path pattern) with the permission expression it declares, and the
 * expected-access table {@code security/authorization-matrix.tsv} it is checked against (issue 13's permanent suite).
 */
final class HandlerCatalog {

    /** One handler route: HTTP method, path pattern, its {@code @PreAuthorize} expression, the handler. */
    record Route(String method, String path, String access, HandlerMethod handler) {
        String key() {
            return method + " " + path;
        }

        List<String> variables() {
            List<String> vars = new ArrayList<>();
            Matcher m = VAR.matcher(path);
            while (m.find()) {
                vars.add(m.group(1));
            }
            return vars;
        }

        boolean api() {
            return path.startsWith("/api/");
        }

        boolean write() {
            return !method.equals("GET");
        }
    }

    /**
     * A row of the table: the route, the access it must declare, and the subject of its first path variable — the
     * scoped table whose ids are tried from another county ({@code -}: a global or own-account resource, no scope).
     * {@code ownStatus}: what a GET with an own-county id answers ({@code 2xx}, or {@code 4xx} where the demo record is
     * in no state for that view; {@code -} for writes).
     */
    record Row(String method, String path, String access, String subject, String ownStatus) {
        String key() {
            return method + " " + path;
        }
    }

    static final Pattern VAR = Pattern.compile("\\{([A-Za-z]+)[^}]*}");
    static final String TABLE = "/security/authorization-matrix.tsv";

    private HandlerCatalog() {
    }

    static List<Route> routes(RequestMappingHandlerMapping mappings) {
        Map<String, Route> routes = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod h = e.getValue();
            if (!h.getBeanType().getName().startsWith("cn.anjian.")) {
                continue;
            }
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty() ? List.of("GET") : methods.stream().map(Enum::name).sorted().toList();
            for (String pattern : e.getKey().getPatternValues()) {
                for (String method : names) {
                    Route r = new Route(method, pattern, access(h), h);
                    routes.put(r.key(), r);
                }
            }
        }
        return List.copyOf(routes.values());
    }

    static String access(HandlerMethod h) {
        PreAuthorize p = AnnotatedElementUtils.findMergedAnnotation(h.getMethod(), PreAuthorize.class);
        if (p == null) {
            p = AnnotatedElementUtils.findMergedAnnotation(h.getBeanType(), PreAuthorize.class);
        }
        return p == null ? "(none)" : p.value();
    }

    static Map<String, Row> table() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = HandlerCatalog.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                return rows;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 5) {
                    throw new IllegalStateException("authorization-matrix.tsv: five tab-separated columns expected: " + line);
                }
                Row row = new Row(f[0], f[1], f[2], f[3], f[4]);
                if (rows.put(row.key(), row) != null) {
                    throw new IllegalStateException("authorization-matrix.tsv: duplicate row " + row.key());
                }
            }
        }
        return rows;
    }

    /** What the table lacks (proposed rows), rows without a route, and rows whose access or subject is wrong. */
    record Check(List<String> missing, List<String> stale, List<String> changed) {
    }

    static Check check(List<Route> routes, Map<String, Row> table) {
        List<String> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        java.util.Set<String> stale = new java.util.TreeSet<>(table.keySet());
        for (Route r : routes) {
            stale.remove(r.key());
            Row row = table.get(r.key());
            if (row == null) {
                missing.add(proposedRow(r));
            } else if (!row.access().equals(r.access())) {
                changed.add(r.key() + ": declares " + r.access() + ", the table says " + row.access());
            } else if (!r.variables().isEmpty() && row.subject().equals("?")) {
                changed.add(r.key() + ": name the scoped table of its path variable (or - for a global resource)");
            }
        }
        return new Check(missing, List.copyOf(stale), changed);
    }

    /** The row a new route needs (subject guessed from its path; review it before committing). */
    static String proposedRow(Route r) {
        String subject = r.variables().isEmpty() ? "-" : "?";
        String own = r.write() || r.variables().isEmpty() ? "-" : "2xx";
        return String.join("\t", r.method(), r.path(), r.access(), subject, own);
    }
}
