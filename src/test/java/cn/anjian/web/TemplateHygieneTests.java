package cn.anjian.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 defect 1: the content security policy allows scripts and styles from our own static files only, so a
 * template must not carry an inline event handler, a style attribute, an inline script or style block, or a
 * {@code javascript:} URL (each is blocked in the browser and logs a console error). Plain JUnit over the templates.
 */
class TemplateHygieneTests {

    static final Path TEMPLATES = Paths.get("src/main/resources/templates");

    /** What the CSP blocks, each with the reason shown when a template carries it. */
    static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("<[a-zA-Z][^>]*?\\s(?:th:|data-th-)?on[a-z]+\\s*=", Pattern.DOTALL),   // onclick=, th:onclick=
            Pattern.compile("<[a-zA-Z][^>]*?\\s(?:th:|data-th-)?style\\s*=", Pattern.DOTALL),     // style=, th:style=
            Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE),                           // <style> block
            Pattern.compile("<script(?![^>]*\\s(?:th:)?src\\s*=)[^>]*>", Pattern.CASE_INSENSITIVE), // inline <script>
            Pattern.compile("(?:href|src|action)\\s*=\\s*\"\\s*javascript:", Pattern.CASE_INSENSITIVE));

    /** Thymeleaf parser-level comments are not rendered; HTML comments are, but scripts in them do not run. */
    static String withoutComments(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "");
    }

    static List<String> violations(String name, String html) {
        List<String> found = new ArrayList<>();
        String text = withoutComments(html);
        for (Pattern p : FORBIDDEN) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                String hit = m.group();
                found.add(name + ":" + line + " " + (hit.length() > 80 ? hit.substring(hit.length() - 80) : hit));
            }
        }
        return found;
    }

    @Test
    @DisplayName("Issue 12 defect 1: no template carries an inline handler, style attribute, inline script/style or javascript: URL")
    void templatesAreCspClean() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                found.addAll(violations(TEMPLATES.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        assertThat(found).as("inline code blocked by the CSP; move it to static/js or static/css/app.css").isEmpty();
    }

    @Test
    @DisplayName("Issue 12 defect 1: the scan finds each kind of inline code (the test can fail)")
    void scanFindsEachKind() {
        assertThat(violations("t", "<button type=\"button\" onclick=\"go()\">x</button>")).hasSize(1);
        assertThat(violations("t", "<form th:onsubmit=\"return confirm('x')\">")).hasSize(1);
        assertThat(violations("t", "<div class=\"a\"\n     style=\"width:3px\">")).hasSize(1);
        assertThat(violations("t", "<td th:style=\"${s}\">")).hasSize(1);
        assertThat(violations("t", "<style>.a{}</style>")).hasSize(1);
        assertThat(violations("t", "<script>alert(1)</script>")).hasSize(1);
        assertThat(violations("t", "<a href=\"javascript:history.back()\">")).hasSize(1);
        assertThat(violations("t", "<script th:src=\"@{/js/app.js}\"></script><a class=\"x\" data-confirm=\"确定？\">"))
                .isEmpty();
        assertThat(violations("t", "<!-- <script>old()</script> --><p>ok</p>")).isEmpty();
    }
}
