package cn.anjian.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 20: the side menu is cached per authority set, so it may depend on nothing else. */
class MenuCacheTests {

    static String menu() throws IOException {
        String layout = Files.readString(Path.of("src/main/resources/templates/layout.html"), StandardCharsets.UTF_8);
        int from = layout.indexOf("<aside class=");
        return layout.substring(from, layout.indexOf("</aside>", from));
    }

    @Test
    @DisplayName("issue 20: the cached menu's entries use only hasAuthority/hasAnyAuthority, plain links and no model data")
    void menuDependsOnAuthoritiesAlone() throws IOException {
        String menu = menu();
        assertThat(menu).contains("anj:cached=\"layout :: menu\"").contains("th:fragment=\"menu\"");
        Matcher sec = Pattern.compile("sec:authorize=\"([^\"]*)\"").matcher(menu);
        int n = 0;
        while (sec.find()) {
            n++;
            assertThat(FastSecurityDialect.Authorize.parse(sec.group(1))).as(sec.group(1)).isPresent();
        }
        assertThat(n).isGreaterThan(20);
        Matcher th = Pattern.compile("\\b(th|sec|data-th)[:-]([\\w-]+)=\"([^\"]*)\"").matcher(menu);
        while (th.find()) {
            String attr = th.group(1) + ":" + th.group(2);
            assertThat(attr).as(th.group()).isIn("th:href", "th:fragment", "sec:authorize");
            if (attr.equals("th:href")) {
                assertThat(th.group(3)).as(th.group()).matches("@\\{/[\\w./-]*\\}");
            }
        }
        assertThat(menu).doesNotContain("${").doesNotContain("*{").doesNotContain("#{");
    }

    @Test
    @DisplayName("issue 20: the cache key is the authority set, in any order, and whether the user is authenticated")
    void keyIsTheAuthoritySet() {
        var a = new TestingAuthenticationToken("a", "x", "case:read", "home:view");
        var b = new TestingAuthenticationToken("b", "y", "home:view", "case:read");
        var c = new TestingAuthenticationToken("c", "z", "home:view");
        assertThat(MenuCacheDialect.Cached.authorities(a)).isEqualTo(MenuCacheDialect.Cached.authorities(b));
        assertThat(MenuCacheDialect.Cached.authorities(a)).isNotEqualTo(MenuCacheDialect.Cached.authorities(c));
        assertThat(MenuCacheDialect.Cached.authorities(null)).isEqualTo("-");
    }
}
