package cn.anjian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 item 7: a module's SQL names only its own tables. Each table's owner is derived from the
 * Flyway migration that creates it (each module owns a version range, docs/conventions.md); every
 * string literal and text block in a module's main sources (and any .sql resource outside the
 * migrations) is scanned for names of tables owned by another module. Cross-module reads go through
 * the owner's API or a view the owner publishes: a {@code *_view} created in the owner's range.
 *
 * <p>Migrations themselves are not scanned: they are immutable history (Flyway checksums), and the
 * permission seeds other modules' migrations insert into identity's tables are identity's documented
 * extension point. Platform tables (V1: sessions, event publications, shedlock) belong to no module.
 */
class TableBoundaryTests {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path SOURCES = Path.of("src/main/java/cn/anjian");
    static final Path RESOURCES = Path.of("src/main/resources");

    /** Pairs ({@code module/File.java -> table}) tolerated for now; the coordinator empties this list. */
    static final Set<String> ALLOWED = Set.of(
    );

    private static final Pattern CREATE = Pattern.compile(
            "create\\s+(table|view|materialized\\s+view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSION = Pattern.compile("V(\\d+)_(\\d+)__.*\\.sql");
    /** A table position: after FROM/JOIN/INTO/UPDATE/USING/TABLE, then comma-joined tables of a FROM list. */
    private static final Pattern TABLE_REF = Pattern.compile(
            "\\b(?:from|join|into|update|using|table)\\s+((?:[a-z_][a-z0-9_]*(?:\\s+(?:as\\s+)?(?!where\\b|join\\b|on\\b|set\\b|order\\b|group\\b|left\\b|inner\\b|limit\\b)[a-z_][a-z0-9_]*)?\\s*,\\s*)*[a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Test
    @DisplayName("no module's SQL names another module's tables (only the owner's published *_view)")
    void sqlStaysInsideItsModule() throws IOException {
        Map<String, String> owners = tableOwners();
        assertThat(owners).containsEntry("org_agency", "org").containsEntry("per_person", "personnel")
                .containsEntry("cmp_submission", "complaints").containsEntry("enf_case", "enforcement");

        Set<String> crossings = crossings(owners);
        crossings.removeAll(ALLOWED);
        assertThat(crossings).as("class -> table of another module; read through the owner's API or *_view").isEmpty();
    }

    @Test
    @DisplayName("the scanner sees joins in text blocks and concatenations, not comments")
    void scannerFindsSqlInLiterals() {
        String src = """
                /** FROM org_agency in a comment */
                class X { String a = \"""
                    SELECT 1 FROM cmp_submission s
                    JOIN org_agency a ON a.id = s.agency_id\""";
                  String b = " JOIN per_person p" + "x"; char c = '"'; String d = "doc_type"; }
                """;
        assertThat(tableReferences(String.join(" ", literals(src))))
                .containsExactly("cmp_submission", "org_agency", "per_person");
        assertThat(tableReferences("SELECT x FROM per_person pp, org_agency a WHERE a.id = 1"))
                .containsExactly("per_person", "org_agency");
        assertThat(tableReferences("INSERT INTO enf_case_document (case_id, doc_type) VALUES (1, 2)"))
                .containsExactly("enf_case_document");
    }

    /** table or view name -> owning module, from the migration that creates it. */
    static Map<String, String> tableOwners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.toList()) {
                Matcher v = VERSION.matcher(f.getFileName().toString());
                if (!v.matches()) {
                    continue;
                }
                String owner = moduleOf(Integer.parseInt(v.group(1)), Integer.parseInt(v.group(2)));
                Matcher m = CREATE.matcher(Files.readString(f));
                while (m.find()) {
                    owners.put(m.group(2).toLowerCase(Locale.ROOT), owner);
                }
            }
        }
        // issue 17: the shared kernel's Idempotency took recording's table (renamed at V21_31, nothing created there)
        owners.put("kernel_idempotency", "kernel");
        return owners;
    }

    /** The version ranges of docs/conventions.md ("Flyway versions"). */
    static String moduleOf(int major, int minor) {
        return switch (major) {
            case 1 -> "platform";
            case 2 -> "audit";
            case 3 -> "org";
            case 4 -> "identity";
            case 5 -> "calendar";
            case 6 -> minor == 0 ? "personnel" : "workflow";
            case 7 -> "personnel";
            case 8 -> "complaints";
            case 9 -> "publicity";
            case 10 -> minor == 0 ? "enforcement" : "enterprises";
            case 11 -> "files";
            case 12 -> "documents";
            case 13 -> "enforcement";
            case 14 -> "recording";
            case 15 -> "settings";
            case 16 -> "legalreview";
            case 17 -> v17(minor);
            case 18 -> "notifications";
            case 19 -> "search"; // issue 12: indexes for the providers (V19_0); owns no table
            case 20 -> v20(minor);
            case 22 -> issue19(major, minor, "supervision"); // error correction, tables sup_*
            case 23 -> issue19(major, minor, "reporting");   // capacity indicators, tables rep_*
            case 21 -> "mines"; // issue 16: mines and commissioners, V21_0..V21_29; issue 17: V21_30..V21_39 checks
            case 24 -> v24(minor);
            default -> throw new IllegalStateException("V" + major + "_x has no owner in docs/conventions.md; add it there and here");
        };
    }

    /** Issue 11's parts share V17 by range (docs/conventions.md). */
    static String v17(int minor) {
        if (minor <= 49) {
            return "enforcement"; // CASE-11..15 procedure, measures, execution; CASE-17 enforcement items
        }
        if (minor <= 59) {
            return "recording"; // CASE-16 case dossier
        }
        if (minor <= 69) {
            return "enforcement"; // issue 19 statistics: vehicles, reconsideration body, published views
        }
        if (minor <= 71) {
            return "enforcement"; // issue 19 statistics at province scale: covering and subtree indexes
        }
        if (minor <= 79) {
            return "enforcement"; // issue 19 statistics at province scale: the coercion figure's index (V17_72)
        }
        if (minor >= 80 && minor <= 89) {
            return "enforcement"; // issue 20 item 7: the list APIs at province scale
        }
        throw new IllegalStateException("V17_" + minor + " has no owner in docs/conventions.md; add it there and here");
    }

    /** Issue 20 item 7, the list APIs' indexes: V24_15 calendar (deadlines), V24_16..17 enterprises. */
    static String v24(int minor) {
        return switch (minor) {
            case 10, 11, 12, 15, 18 -> "calendar"; // V24_18: cal_deadline_due_view (the legal reviews' inbox reads it); V24_11 the live deadlines' counts; V24_12 their index in list order
            case 16, 17 -> "enterprises";
            default -> throw new IllegalStateException("V24_" + minor + " has no owner in docs/conventions.md; add it there and here");
        };
    }

    /** Issue 19: supervision takes V22_0..V22_19, reporting V23_0..V23_19 (docs/conventions.md). */
    static String issue19(int major, int minor, String module) {
        if (minor <= 19 || major == 23 && minor <= 39) {
            return module; // V23_20..V23_39: enforcement statistics (STAT)
        }
        if (major == 23 && minor >= 40 && minor <= 59) {
            return module; // helper 7: STAT-02/03 registers, SS-06 briefings (rep_*)
        }
        throw new IllegalStateException("V" + major + "_" + minor + " has no owner in docs/conventions.md; add it there and here");
    }

    /** Issue 15: the expert pool takes V20_0..V20_79 (structure, applications, dispatches, meetings; docs/conventions.md). */
    static String v20(int minor) {
        if (minor <= 79 || (minor >= 85 && minor <= 89)) { // V20_85..V20_89: the meetings' joint opinion (EXP-17)
            return "experts";
        }
        if (minor >= 90 && minor <= 94) { // V20_90..V20_94: the draw's revision and snapshot (issue 15, performance)
            return "experts";
        }
        throw new IllegalStateException("V20_" + minor + " has no owner in docs/conventions.md; add it there and here");
    }

    static Set<String> crossings(Map<String, String> owners) throws IOException {
        Set<String> found = new TreeSet<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(SOURCES)) {
            s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
        }
        for (Path f : files) {
            Path rel = SOURCES.relativize(f);
            if (rel.getNameCount() < 2) {
                continue; // the application class and its configuration belong to no module
            }
            String module = rel.getName(0).toString();
            for (String id : tableReferences(String.join(" ", literals(Files.readString(f))))) {
                check(found, module, rel.toString().replace('\\', '/'), id.toLowerCase(Locale.ROOT), owners);
            }
        }
        try (Stream<Path> s = Files.walk(RESOURCES)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".sql") && !p.startsWith(MIGRATIONS)).toList()) {
                Path rel = RESOURCES.relativize(f);
                String module = rel.getName(0).toString();
                for (String id : tableReferences(Files.readString(f))) {
                    check(found, module, rel.toString().replace('\\', '/'), id.toLowerCase(Locale.ROOT), owners);
                }
            }
        }
        return found;
    }

    private static void check(Set<String> found, String module, String file, String id, Map<String, String> owners) {
        String owner = owners.get(id);
        if (owner == null || owner.equals("platform") || owner.equals(module) || id.endsWith("_view")) {
            return;
        }
        found.add(file + " -> " + id + " (" + owner + ")");
    }

    /** Names in table positions of SQL text (the first word of each comma-joined item). */
    static List<String> tableReferences(String sql) {
        List<String> names = new ArrayList<>();
        Matcher m = TABLE_REF.matcher(sql);
        while (m.find()) {
            for (String item : m.group(1).split(",")) {
                Matcher id = IDENT.matcher(item);
                if (id.find()) {
                    names.add(id.group());
                }
            }
        }
        return names;
    }

    /** The contents of string literals and text blocks, skipping comments and char literals. */
    static List<String> literals(String src) {
        List<String> ids = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                i = indexOrEnd(src, "\n", i);
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                i = indexOrEnd(src, "*/", i + 2) + 2;
            } else if (c == '\'') {
                i = skipQuoted(src, i, '\'');
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                while (end > 0 && src.charAt(end - 1) == '\\') {
                    end = src.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end;
                ids.add(src.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"') {
                int end = skipQuoted(src, i, '"');
                ids.add(src.substring(i + 1, Math.max(i + 1, end - 1)));
                i = end;
            } else {
                i++;
            }
        }
        return ids;
    }

    private static int indexOrEnd(String src, String what, int from) {
        int at = src.indexOf(what, from);
        return at < 0 ? src.length() : at;
    }

    /** Index just after the closing quote, honouring backslash escapes. */
    private static int skipQuoted(String src, int open, char quote) {
        int i = open + 1;
        while (i < src.length() && src.charAt(i) != quote && src.charAt(i) != '\n') {
            i += src.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(src.length(), i + 1);
    }
}
